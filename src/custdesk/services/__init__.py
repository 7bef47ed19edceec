"""Use cases over the database; each call is one transaction and returns plain dataclasses.

One package per domain, each importing only the domains below it (the layers contract in
pyproject.toml): spreadsheets > shop > complaints > referrals > contacts > customers. What a
lower domain needs from a higher one is handed in (the stage rules, the agenda's settings).
"""
