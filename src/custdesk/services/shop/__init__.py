"""The shop as a whole: its settings (settings, the source of the stage rules and holidays the
app hands the domains below), backups and restore, the daily upkeep, the file's health check,
the demo shop, and the collector pause for bulk work. Imports customers and contacts.
"""
