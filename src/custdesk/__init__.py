"""CustDesk (客户档案台): an offline customer-file desk for shop clerks."""

# The one place the version is written: pyproject.toml reads it from here (hatch), and reading it
# back through importlib.metadata cost ~60 ms at every start.
__version__ = "0.1.0"
