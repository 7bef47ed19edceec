"""Pinyin search keys of a name: the rule lives in ``custdesk.name_keys`` (migrations need it too,
and storage cannot import services); services keep importing it from here."""

from __future__ import annotations

from custdesk.name_keys import NameKeys, fold_latin, name_search_keys

__all__ = ["NameKeys", "fold_latin", "name_search_keys"]
