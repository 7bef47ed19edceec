"""Customer files (客户档案), the domain every other one builds on: the file and its history
(customers, records), the list and its search (customer_list, search_keys, phones, birthdays),
purchases, stages and stored figures (stages, aggregates), merge and its undo, referral chains
kept whole, counts (overview), and the shop's date rules (calendar). It imports no other domain.
"""
