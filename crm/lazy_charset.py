"""``charset_normalizer`` loaded when ``requests`` first guesses an encoding, not when it is imported.

``import requests`` imports ``charset_normalizer`` (≈ 3 MiB resident: its compiled detector and
its tables) to read its version and to keep it for ``Response.apparent_encoding``, which it calls
only for the text of an answer that names no charset. The back office's answers name theirs (JSON),
so the desktop would carry the detector for the whole run without using it.

:func:`defer_charset_normalizer`, called before ``requests`` is imported, puts a stand-in module in
``sys.modules`` that knows the package's version (from its installed metadata) and loads the real
package the first time anything else is asked of it, then serves every attribute from it. Nothing
changes for ``requests``: its version check passes, and a guess works as before, only later.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import sys
import threading
import types
from typing import Any

NAME = "charset_normalizer"
_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """Stands for the package until an attribute other than its version is asked for."""

    def __getattr__(self, name: str) -> Any:  # only for what the stand-in does not hold yet
        if name.startswith("__") and name.endswith("__") and name != "__all__":
            raise AttributeError(name)  # probes such as inspect's __wrapped__ do not load it
        return getattr(_load(self), name)


def _load(stub: types.ModuleType) -> types.ModuleType:
    with _lock:
        if sys.modules.get(NAME) is stub:
            del sys.modules[NAME]
        real = importlib.import_module(NAME)
        stub.__dict__.update(real.__dict__)  # the stand-in, still held by requests, serves it all
        return real


def defer_charset_normalizer() -> bool:
    """Put the stand-in in place unless the package is imported already or not installed; True when
    it did."""
    spec = None if NAME in sys.modules else importlib.util.find_spec(NAME)
    if spec is None or spec.submodule_search_locations is None:
        return False
    try:
        version = importlib.metadata.version("charset-normalizer")
    except importlib.metadata.PackageNotFoundError:
        return False
    stub = _Deferred(NAME, "stand-in until first use (crm.lazy_charset)")
    stub.__dict__["__version__"] = version
    # what the import system and inspect look up on any module (``from … import`` asks for __path__)
    stub.__path__ = list(spec.submodule_search_locations)
    stub.__file__ = spec.origin
    sys.modules[NAME] = stub
    return True
