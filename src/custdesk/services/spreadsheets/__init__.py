"""Spreadsheets in and out: reading a file (import_files) and importing its customers
(customer_import); writing a workbook (excel_export); the report sheets (export_reports, with
export_summary and export_words) and the dashboard's figures, which its sheet repeats. The top
domain: it may import every other one.
"""
