"""Dialogs other than the customer form, one per module: visits, complaints and their
resolution, rewards, merge, import, export, settings, stage rules and about.
"""
