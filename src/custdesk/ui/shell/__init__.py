"""The application shell: start-up (launch, recovery, error_hook), the main window with its
navigation, a read-only window on a backup, the automatic backups, the window's saved state
and the screenshots. The top of the ui: nothing below imports it.
"""
