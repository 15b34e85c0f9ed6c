"""swapwatch: watches the news for prisoner exchanges, extracts the figures, archives and alerts."""

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # looked up on first use: reading the installed metadata costs ~30 ms that `swapwatch --help` need not pay
    if name != "__version__":
        raise AttributeError(f"module 'swapwatch' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("swapwatch")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"
