"""Complaints (投诉): received, worked on, resolved or closed, each with a check-back call
planned through the contacts domain. Imports customers and contacts; the states a customer's
file is asked about (open or not) live in customers.records.
"""
