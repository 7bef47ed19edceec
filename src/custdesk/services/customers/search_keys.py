"""Pinyin search keys and the phone-book key of a name: the rules live in ``custdesk.name_keys``
(migrations need them too, and storage cannot import services); services import them from here."""

from __future__ import annotations

from custdesk.name_keys import NameKeys, fold_latin, name_search_keys, phone_book_key

__all__ = ["NameKeys", "fold_latin", "name_search_keys", "phone_book_key"]
