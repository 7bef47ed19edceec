"""The pages the navigation switches between, one module per page (today_page ... backups_page),
and the mixin that reloads a page when it is shown. Built from the customer form, the dialogs,
the shared widgets and the models.
"""
