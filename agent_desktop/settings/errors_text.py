"""Why a settings file, bundle or download was refused, in words a user can read in their own language.

The parsers (tomllib, json) and the OS (OSError, urllib) explain a failure in English. The functions
here turn the common failures into a :class:`Reason`: ``str(reason)`` is still that English detail
(logs, command line, support), :meth:`Reason.translated` says the same from a ``QT_TRANSLATE_NOOP``
template with the useful details (line and column, HTTP status, host name) as values. A failure not
recognised here stays the raw English text, as before. Qt-free like the rest of the package.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from crm.i18n import QT_TRANSLATE_NOOP


class Reason:
    """The reason of a :class:`~agent_desktop.settings.layers.SettingsError` (one of its values).

    ``str()`` is ``english``, the original text; :meth:`translated` renders ``message`` (an English
    template marked for translation) with ``values`` in the installed language.
    """

    __slots__ = ("english", "message", "values")

    def __init__(self, english: str, message: str, *values: Any) -> None:
        self.english = english
        self.message = message
        self.values = values

    def __str__(self) -> str:
        return self.english

    def __repr__(self) -> str:
        return f"Reason({self.english!r}, {str(self.message)!r}, {', '.join(map(repr, self.values))})"

    def translated(self, field_message: Callable[[dict[str, Any]], str] | None = None) -> str:
        """The reason in the installed language (needs a QCoreApplication's translators)."""
        from agent_desktop.shell.i18n import translate_msg

        values = [
            v.translated(field_message) if hasattr(v, "translated") else translate_msg(v) if isinstance(v, str) else v
            for v in self.values
        ]
        return translate_msg(self.message).format(*values)


# ---- the parsers ---------------------------------------------------------------------------------
_TOML_AT = QT_TRANSLATE_NOOP("Settings", "line {0}, column {1}: the file is not valid TOML")
_TOML_AT_END = QT_TRANSLATE_NOOP("Settings", "at the end of the file: the file is not valid TOML")
_TOML = QT_TRANSLATE_NOOP("Settings", "the file is not valid TOML")
_JSON_AT = QT_TRANSLATE_NOOP("Settings", "line {0}, column {1}: the file is not valid JSON")
_JSON = QT_TRANSLATE_NOOP("Settings", "the file is not valid JSON")
_TEXT_AT = QT_TRANSLATE_NOOP("Settings", "error at character {0}")
_NOT_UTF8_AT = QT_TRANSLATE_NOOP("Settings", "line {0}: the file is not UTF-8 text")

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\(at end of document\)\s*$")


def parse_reason(exc: ValueError, english: str | None = None) -> Reason | str:
    """Where a TOML or JSON document is broken (line and column); ``english`` defaults to ``str(exc)``.

    Python 3.11's TOMLDecodeError has no position attributes: its message ends with
    ``(at line N, column M)`` or ``(at end of document)``; without either the reason has no position.
    """
    english = str(exc) if english is None else english
    if isinstance(exc, json.JSONDecodeError):
        lineno, colno = getattr(exc, "lineno", None), getattr(exc, "colno", None)
        return Reason(english, _JSON_AT, lineno, colno) if lineno and colno else Reason(english, _JSON)
    text = str(exc)
    if match := _TOML_POSITION.search(text):
        return Reason(english, _TOML_AT, int(match[1]), int(match[2]))
    if _TOML_END.search(text):
        return Reason(english, _TOML_AT_END)
    return Reason(english, _TOML)


def text_parse_reason(exc: json.JSONDecodeError) -> Reason | str:
    """Where the JSON text of one value (``--set key=[...]``) is broken: its English reason is ``exc.msg``."""
    pos = getattr(exc, "pos", None)
    return Reason(exc.msg, _TEXT_AT, pos + 1) if isinstance(pos, int) else exc.msg


def decode_reason(exc: UnicodeDecodeError, english: str | None = None) -> Reason | str:
    """The line of a file holding bytes that are not UTF-8 (say, a policy saved as GBK)."""
    english = str(exc) if english is None else english
    data = exc.object if isinstance(exc.object, (bytes, bytearray)) else b""
    return Reason(english, _NOT_UTF8_AT, bytes(data[: exc.start]).count(b"\n") + 1)


# ---- the file system ---------------------------------------------------------------------------------
_NO_FILE = QT_TRANSLATE_NOOP("Settings", "the file does not exist")
_NO_FOLDER = QT_TRANSLATE_NOOP("Settings", "a part of the path is not a folder")
_DENIED = QT_TRANSLATE_NOOP("Settings", "permission denied")
_FOLDER = QT_TRANSLATE_NOOP("Settings", "it is a folder, not a file")


def os_reason(exc: OSError) -> Reason | str:
    """Why a file could not be read; English: ``exc.strerror`` (as before), the raw text when unknown.

    The file's name is not repeated: every settings error already starts with it.
    """
    english = exc.strerror or str(exc) or type(exc).__name__
    if isinstance(exc, FileNotFoundError):
        return Reason(english, _NO_FILE)
    if isinstance(exc, IsADirectoryError):
        return Reason(english, _FOLDER)
    if isinstance(exc, PermissionError):
        try:  # Windows says "permission denied" for a folder
            is_folder = isinstance(exc.filename, (str, bytes, os.PathLike)) and os.path.isdir(exc.filename)
        except (OSError, ValueError):
            is_folder = False
        return Reason(english, _FOLDER if is_folder else _DENIED)
    if isinstance(exc, NotADirectoryError):
        return Reason(english, _NO_FOLDER)
    return english


# ---- downloads -------------------------------------------------------------------------------------
_HTTP_STATUS = QT_TRANSLATE_NOOP("Settings", "the server answered {0} ({1})")
_PROXY_STATUS = QT_TRANSLATE_NOOP("Settings", "the proxy server answered {0} ({1})")
_HTTP_STATUS_TEXT = {
    400: QT_TRANSLATE_NOOP("Settings", "bad request"),
    401: QT_TRANSLATE_NOOP("Settings", "sign-in required"),
    403: QT_TRANSLATE_NOOP("Settings", "access denied"),
    404: QT_TRANSLATE_NOOP("Settings", "not found"),
    407: QT_TRANSLATE_NOOP("Settings", "proxy sign-in required"),
    408: QT_TRANSLATE_NOOP("Settings", "request timed out"),
    410: QT_TRANSLATE_NOOP("Settings", "no longer available"),
    429: QT_TRANSLATE_NOOP("Settings", "too many requests"),
    500: QT_TRANSLATE_NOOP("Settings", "internal server error"),
    502: QT_TRANSLATE_NOOP("Settings", "bad gateway"),
    503: QT_TRANSLATE_NOOP("Settings", "service unavailable"),
    504: QT_TRANSLATE_NOOP("Settings", "gateway timed out"),
}
_HTTP_CLASS_TEXT = {
    3: QT_TRANSLATE_NOOP("Settings", "redirection not followed"),
    4: QT_TRANSLATE_NOOP("Settings", "request refused"),
    5: QT_TRANSLATE_NOOP("Settings", "server error"),
}
_HTTP_OTHER_TEXT = QT_TRANSLATE_NOOP("Settings", "unexpected answer")
_UNREACHABLE = QT_TRANSLATE_NOOP("Settings", "the server cannot be reached")
_UNKNOWN_HOST = QT_TRANSLATE_NOOP("Settings", "the server name {0} cannot be found")
_TIMEOUT = QT_TRANSLATE_NOOP("Settings", "the download took too long")
_HUNG_UP = QT_TRANSLATE_NOOP("Settings", "the server closed the connection without answering")
_CUT_OFF = QT_TRANSLATE_NOOP("Settings", "the download was cut off")
_NOT_HTTP = QT_TRANSLATE_NOOP("Settings", "the server's answer could not be understood")
_UNTRUSTED = QT_TRANSLATE_NOOP("Settings", "the server's certificate is not trusted")
_TLS = QT_TRANSLATE_NOOP("Settings", "the secure connection to the server failed")
_BAD_ADDRESS = QT_TRANSLATE_NOOP("Settings", "the address is not valid")

_UNREACHABLE_ERRNOS = {
    getattr(errno, name)
    for name in (
        "ENETUNREACH",
        "EHOSTUNREACH",
        "ENETDOWN",
        "EHOSTDOWN",
        "EADDRNOTAVAIL",
        "ECONNREFUSED",
        "ECONNRESET",
        "ECONNABORTED",
    )
    if hasattr(errno, name)
}
_PROXY_TUNNEL = re.compile(r"Tunnel connection failed: (\d{3})")


def _status_text(code: int) -> str:
    return _HTTP_STATUS_TEXT.get(code) or _HTTP_CLASS_TEXT.get(code // 100) or _HTTP_OTHER_TEXT


def http_reason(code: int, english: str) -> Reason:
    """The server answered with an error status (``english``: the text logged today)."""
    return Reason(english, _HTTP_STATUS, code, _status_text(code))


def fetch_reason(error: BaseException | str, url: str, english: str) -> Reason | str:
    """Why ``url`` could not be downloaded: ``error`` is what urllib raised (a URLError's ``reason``:
    an exception or a text); ``english`` is the text logged today, returned as it is when unknown."""
    import http.client
    import socket

    try:
        import ssl
    except ImportError:  # a Python without TLS: no TLS errors either
        ssl = None  # type: ignore[assignment]

    if isinstance(error, str):
        return Reason(english, _BAD_ADDRESS) if error == "no host given" else english
    if ssl and isinstance(error, ssl.SSLCertVerificationError):
        return Reason(english, _UNTRUSTED)
    if ssl and isinstance(error, ssl.SSLError):
        return Reason(english, _TLS)
    if isinstance(error, socket.gaierror):
        try:
            host = urlsplit(url).hostname or url
        except ValueError:
            host = url
        return Reason(english, _UNKNOWN_HOST, host)
    if isinstance(error, TimeoutError):
        return Reason(english, _TIMEOUT)
    if isinstance(error, http.client.RemoteDisconnected):
        return Reason(english, _HUNG_UP)
    if isinstance(error, http.client.IncompleteRead):
        return Reason(english, _CUT_OFF)
    if isinstance(error, ConnectionError) or (isinstance(error, OSError) and error.errno in _UNREACHABLE_ERRNOS):
        return Reason(english, _UNREACHABLE)
    if isinstance(error, OSError) and (match := _PROXY_TUNNEL.search(str(error))):
        code = int(match[1])
        return Reason(english, _PROXY_STATUS, code, _status_text(code))
    if isinstance(error, (http.client.InvalidURL, ValueError)):  # a bad port or IPv6 address, a host IDNA rejects
        return Reason(english, _BAD_ADDRESS)
    if isinstance(error, http.client.HTTPException):
        return Reason(english, _NOT_HTTP)
    return english
