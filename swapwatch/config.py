"""The configuration lives on the ground floor (``core.config``); re-exported here for the CLI and old imports."""

from core.config import *  # noqa: F403
from core.config import __all__  # noqa: F401
