"""A failure as the ``custdesk`` command tells it, in the language it speaks (``--lang``).

English keeps each error's own detailed sentence (the file, the fix). In another language the
sentence comes from the catalogue: the one the window shows (custdesk.error_words), or, where
the command line has more to say (which path, which command to run), its own words marked here
under "cli", in English identical to the error's message.
"""

from __future__ import annotations

from custdesk.error_words import error_words
from custdesk.errors import CustDeskError, NoShopFileError, ShopFileExistsError
from custdesk.words import N_, SOURCE_LANGUAGE, language_for, translate

_NO_SHOP_FILE = {
    "folder": N_(
        "cli",
        "{path} is a folder, not a shop file. Nothing was changed. Name the shop file inside it "
        "with --db.",
    ),
    "empty": N_(
        "cli",
        "{path} is an empty file (0 bytes), not a shop file. Nothing was changed. To start a new "
        "shop file there, run: custdesk new --db {path}",
    ),
    "missing": N_(
        "cli",
        "There is no shop file at {path}. Nothing was changed. To start a new shop file there, "
        "run: custdesk new --db {path}",
    ),
}
_FILE_EXISTS = {
    True: N_("cli", "There is already a shop file at {path}. Nothing was changed."),
    False: N_(
        "cli", "There is already a file that is not a shop file at {path}. Nothing was changed."
    ),
}


def error_sentence(exc: CustDeskError, language: str) -> str:
    """What ``custdesk`` prints after "custdesk: " for ``exc``, in ``language``."""
    language = language_for(language)
    if isinstance(exc, NoShopFileError):
        source = _NO_SHOP_FILE.get(exc.reason, _NO_SHOP_FILE["missing"])
        return translate("cli", source, language).format(path=exc.path)
    if isinstance(exc, ShopFileExistsError):
        return translate("cli", _FILE_EXISTS[exc.is_shop], language).format(path=exc.path)
    if language == SOURCE_LANGUAGE:
        return str(exc)
    return error_words(exc, lambda source: translate("messages", source, language)).text
