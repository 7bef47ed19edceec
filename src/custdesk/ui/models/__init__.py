"""Qt table models: the customer list (it keeps only ids) and plain record tables."""
