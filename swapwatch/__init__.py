"""swapwatch: watches the news for prisoner exchanges, extracts the figures, archives and alerts."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("swapwatch")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
