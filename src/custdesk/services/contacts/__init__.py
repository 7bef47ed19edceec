"""Keeping in touch: visits logged, follow-ups planned and done (follow_ups), the cadence that
plans the next one, and the Today agenda (overdue and due calls, birthdays, holidays, customers
gone quiet). Imports only the customers domain; the shop's settings are handed in.
"""
