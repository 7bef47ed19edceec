"""Use cases over the database; each call is one transaction and returns plain dataclasses."""
