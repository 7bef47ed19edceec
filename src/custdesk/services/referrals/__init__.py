"""Who brought whom (转介绍): the links and the referrer's profile (referrals), the chains,
leaderboard and monthly shares (reports), and the rewards owed and given (rewards).
Imports only the customers domain, which keeps the chains whole when files merge or go.
"""
