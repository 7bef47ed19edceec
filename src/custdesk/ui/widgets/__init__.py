"""Widgets shared by pages and dialogs: the customer picker and filter bar, the optional date
edit, the agenda section, the chart card and the dashboard's charts.
"""
