"""Reading the files a shop brings into rows of cells, one module per family of formats:
workbooks (calamine: xlsx, xls, xlsb, ods, WPS et), text tables (CSV/TXT in the encodings
Chinese shops meet), HTML tables saved as .xls, and vCards. ``import_files.read_table`` picks
the reader from the file's content, after the guards in ``guards``."""
