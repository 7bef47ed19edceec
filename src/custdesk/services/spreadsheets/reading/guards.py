"""What a file is, told from its content (its name can lie: web and till systems save HTML or
CSV as .xls), and the checks made before anything is unpacked or parsed: declared zip sizes and
compression ratios, macros, encryption.

Rules kept from the first reader: an .xlsm/.xltm name or a vbaProject.bin member is refused as
macros (and an .xls's _VBA_PROJECT_CUR, the same project in the old format); an OLE box holding
EncryptionInfo (Office's password-protected .xlsx/.xlsb) as encrypted, and an .ods whose manifest
has encryption-data.
"""

from __future__ import annotations

import struct
import zipfile
from enum import StrEnum
from pathlib import Path

from custdesk.errors import FileRefusedError
from custdesk.services.spreadsheets.reading.limits import (
    MAX_RATIO,
    MAX_UNPACKED_BYTES,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls/.et, or an encrypted .xlsx
ZIP_MAGIC = b"PK\x03\x04"
OOXML_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".ods"}
MACRO_SUFFIXES = {".xlsm", ".xltm"}
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


class Kind(StrEnum):
    XLSX = "xlsx"
    XLSB = "xlsb"
    ODS = "ods"
    XLS = "xls"  # also WPS .et: the same BIFF8 inside an OLE box
    HTML = "html"
    VCARD = "vcard"
    TEXT = "text"  # CSV, TSV, Excel's "Unicode Text"


def sniff(path: Path, head: bytes) -> Kind:
    """The file's kind from its first bytes (``head``, 64 KB is plenty) and, for a zip or OLE
    box, its members; every guard for that kind is passed when this returns.

    Raises FileRefusedError: "macros", "encrypted", "zip_bomb", "not_xlsx" (a zip or OLE box
    that holds no workbook, or text under a workbook's name)."""
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        raise FileRefusedError(f"{path.name} contains macros.", "macros")
    if head.startswith(OLE_MAGIC):
        return _check_ole(path, suffix)
    if head.startswith(ZIP_MAGIC):
        return _check_zip(path)
    text = _ascii_text(head)
    if suffix in OOXML_SUFFIXES or "urn:schemas-microsoft-com:office:spreadsheet" in text:
        # text under a workbook's name, or Excel 2003's "XML Spreadsheet": not read
        raise FileRefusedError(f"{path.name} is not an Excel (.xlsx) file.", "not_xlsx")
    if text.startswith("begin:vcard"):
        return Kind.VCARD
    if text.startswith("<") and any(tag in text for tag in ("<table", "<html", "<!doctype html")):
        return Kind.HTML
    return Kind.TEXT


def _ascii_text(head: bytes) -> str:
    """The text's ASCII letters, lower case, whatever its encoding (UTF-16's zero bytes
    dropped): enough to tell a vCard or HTML from a CSV."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    return head.replace(b"\x00", b"").decode("latin-1").lstrip().lower()


def _check_zip(path: Path) -> Kind:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise FileRefusedError(f"{path.name} is not an Excel (.xlsx) file.", "not_xlsx") from exc
    with archive:
        members = archive.infolist()
        names = {member.filename for member in members}
        unpacked = sum(member.file_size for member in members)
        packed_enough = all(
            member.file_size <= MAX_RATIO * max(member.compress_size, 1) for member in members
        )
        if unpacked > MAX_UNPACKED_BYTES or not packed_enough:
            raise FileRefusedError(
                f"{path.name} would unpack to far more than a spreadsheet holds; it was not read.",
                "zip_bomb",
            )
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise FileRefusedError(f"{path.name} contains macros.", "macros")
        if "xl/workbook.xml" in names:
            return Kind.XLSX
        if "xl/workbook.bin" in names:
            return Kind.XLSB
        # the mimetype and manifest are small: their declared sizes were checked above
        if "mimetype" in names and archive.read("mimetype").strip() == ODS_MIMETYPE:
            manifest = "META-INF/manifest.xml"
            if manifest in names and b"encryption-data" in archive.read(manifest):
                raise FileRefusedError(
                    f"{path.name} is password-protected; remove the password first.", "encrypted"
                )
            return Kind.ODS
    raise FileRefusedError(f"{path.name} is not an Excel (.xlsx) file.", "not_xlsx")


def _check_ole(path: Path, suffix: str) -> Kind:
    try:
        names: set[str] | None = ole_stream_names(path)
    except (ValueError, struct.error):  # struct.error: a sector beyond the end of the file
        names = None
    if names is None or {"EncryptionInfo", "EncryptedPackage"} & names:
        if names is None and suffix not in OOXML_SUFFIXES:
            raise FileRefusedError(
                f"{path.name} could not be read; it may be damaged.", "unreadable"
            )
        # Office keeps a password-protected .xlsx in an OLE box; one we cannot even list is
        # refused the same way, as the first reader did.
        raise FileRefusedError(
            f"{path.name} is password-protected; remove the password in Excel or WPS first.",
            "encrypted",
        )
    if "_VBA_PROJECT_CUR" in names:
        raise FileRefusedError(f"{path.name} contains macros.", "macros")
    if {"Workbook", "Book"} & names:
        return Kind.XLS
    raise FileRefusedError(f"{path.name} is not an Excel (.xlsx) file.", "not_xlsx")


def ole_stream_names(path: Path) -> set[str]:
    """The names in an OLE (Compound File Binary, MS-CFB) box's directory, read from its header
    and FAT alone: no stream is opened. Raises ValueError when the box is damaged."""
    with path.open("rb") as handle:
        data = handle.read()
    if len(data) < 512:
        raise ValueError("shorter than an OLE header")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError("bad sector size")
    size = 1 << shift
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < 0xFFFFFFFA]
    difat, seen = struct.unpack_from("<I", data, 0x44)[0], set()
    while difat < 0xFFFFFFFA and difat not in seen:  # more FAT sectors, for very large files
        seen.add(difat)
        entries = struct.unpack_from(f"<{size // 4}I", data, (difat + 1) * size)
        fat_sectors += [s for s in entries[:-1] if s < 0xFFFFFFFA]
        difat = entries[-1]
    fat: list[int] = []
    for sector in fat_sectors:
        fat += struct.unpack_from(f"<{size // 4}I", data, (sector + 1) * size)
    names: set[str] = set()
    sector, visited = struct.unpack_from("<I", data, 0x30)[0], set()
    while sector < len(fat) and sector not in visited:  # the directory's chain of sectors
        visited.add(sector)
        start = (sector + 1) * size
        for entry in range(start, min(start + size, len(data)), 128):
            length = struct.unpack_from("<H", data, entry + 64)[0]
            if 2 <= length <= 64:
                names.add(data[entry : entry + length - 2].decode("utf-16-le", "replace"))
        sector = fat[sector]
    if not names:
        raise ValueError("empty directory")
    return names
