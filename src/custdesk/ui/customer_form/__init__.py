"""The customer form (customer_dialog) and its panels: purchases, referral, contact history and
audit; with undo for what the form and the customers page change.
"""
