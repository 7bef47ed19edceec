"""CustDesk (客户档案台): an offline customer-file desk for shop clerks."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("custdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
