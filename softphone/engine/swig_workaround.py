"""Work around a reference-count bug in the pjsua2-python wheel's SWIG wrappers.

Reading ``Call.getInfo()`` and struct/vector members of its result releases references to
``None`` (and to ``True``/``False``) it never took (measured: tens per call). On CPython before
3.12 these singletons are ordinary objects, so after a few hundred calls a count reaches zero and
the interpreter aborts ("none_dealloc: deallocating None", "bool_dealloc"). Python 3.12 made them
immortal. Here we give them reference counts so large that the stray decrements can never exhaust
them; the extra counts are never given back.
"""

from __future__ import annotations

import ctypes
import logging
import sys

logger = logging.getLogger(__name__)

_HEADROOM = 1 << 40


def protect_none_refcount() -> bool:
    """Make None, True, False effectively immortal on CPython < 3.12; True when it changed anything."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    changed = False
    for singleton in (None, True, False, Ellipsis, NotImplemented):
        if sys.getrefcount(singleton) > _HEADROOM // 2:
            continue
        # ob_refcnt is the first field of every PyObject; we hold the GIL, so nobody else changes it now
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
        changed = True
    if changed:
        logger.info("singleton reference counts raised (pjsua2 SWIG refcount workaround)")
    return changed
