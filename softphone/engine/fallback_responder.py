"""Answers the SIP requests no other pjsip module handled, as RFC 3261 says, instead of leaving the
sender to retransmit for 32 s.

pjsua answers what it knows (INVITE, OPTIONS, MESSAGE, in-dialog requests) and pjsip drops the rest
without a word. pjsua2 offers no way to add a pjsip module, so this one is registered through the C
API the wheel exports (``pjsip_endpt_register_module``), with ctypes, at the lowest priority: it only
sees requests every other module passed on. It answers out of dialog:

* BYE, CANCEL, INFO, UPDATE, PRACK, NOTIFY (requests that only make sense inside a dialog or a
  transaction that does not exist): 481 Call/Transaction Does Not Exist;
* a Request-URI whose scheme is not sip, sips or tel: 416 Unsupported URI Scheme;
* any other method: 501 Not Implemented;
* ACK: nothing (an ACK is never answered).

Requests pjsip's parser drops before any module sees them (``SIP/7.0``, an unknown URI scheme, a
missing CSeq) reach the transport manager's dropped-data callback, which this module also sets:
:mod:`softphone.engine.malformed_requests` answers them (505, 416, 400) over UDP.

SIP thread only: :func:`install` after ``libStart``, :meth:`FallbackResponder.uninstall` before
``libDestroy``; the callback runs inside ``libHandleEvents`` on that thread.
"""

from __future__ import annotations

import ctypes
import logging
from pathlib import Path
from typing import Any

from softphone.engine.malformed_requests import URI_SCHEMES, send_to_via

logger = logging.getLogger(__name__)

PRIORITY = 100
"""After every pjsip and pjsua module (the application's own priority is 32)."""
IN_DIALOG_ONLY = frozenset({"BYE", "CANCEL", "INFO", "UPDATE", "PRACK", "NOTIFY"})
SCAN_BYTES = 16384
"""How far into ``pjsip_rx_data`` the cached info pointer is looked for (the packet buffer before it
is PJSIP_MAX_PKT_LEN bytes)."""


class PjStr(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_char_p), ("slen", ctypes.c_ssize_t)]


RX_REQUEST = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


class DroppedData(ctypes.Structure):
    """``pjsip_tp_dropped_data`` (pjsip/sip_transport.h)."""

    _fields_ = [("tp", ctypes.c_void_p), ("data", ctypes.c_void_p), ("len", ctypes.c_size_t), ("status", ctypes.c_int)]


ON_DROPPED = ctypes.CFUNCTYPE(None, ctypes.POINTER(DroppedData))


class PjsipModule(ctypes.Structure):
    """``struct pjsip_module`` (pjsip/sip_module.h)."""

    _fields_ = [
        ("prev", ctypes.c_void_p),
        ("next", ctypes.c_void_p),
        ("name", PjStr),
        ("id", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("load", ctypes.c_void_p),
        ("start", ctypes.c_void_p),
        ("stop", ctypes.c_void_p),
        ("unload", ctypes.c_void_p),
        ("on_rx_request", RX_REQUEST),
        ("on_rx_response", ctypes.c_void_p),
        ("on_tx_request", ctypes.c_void_p),
        ("on_tx_response", ctypes.c_void_p),
        ("on_tsx_state", ctypes.c_void_p),
    ]


def answer_for(request_line: str) -> int | None:
    """The status code for an unhandled request with this request line, or None (no answer)."""
    parts = request_line.split(" ")
    if len(parts) != 3:
        return None
    method, uri, _version = parts
    if method == "ACK":
        return None
    scheme = uri.split(":", 1)[0].lower() if ":" in uri else ""
    if scheme not in URI_SCHEMES:
        return 416
    if method in IN_DIALOG_ONLY:
        return 481
    return 501


def _library() -> ctypes.CDLL:
    import pjsua2

    folder = Path(pjsua2.__file__).resolve().parent
    found = sorted(folder.glob("_pjsua2*.so")) + sorted(folder.glob("_pjsua2*.pyd"))
    if not found:
        raise OSError("the pjsua2 extension module was not found")
    return ctypes.CDLL(str(found[0]))


class FallbackResponder:
    """The registered module; keep this object until :meth:`uninstall` (it owns the C callback)."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        self._lib = lib
        lib.pjsua_get_pjsip_endpt.restype = ctypes.c_void_p
        lib.pjsip_endpt_register_module.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.pjsip_endpt_unregister_module.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.pjsip_rx_data_get_info.restype = ctypes.c_void_p
        lib.pjsip_rx_data_get_info.argtypes = [ctypes.c_void_p]
        lib.pjsip_endpt_respond_stateless.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        lib.pjsip_endpt_get_tpmgr.restype = ctypes.c_void_p
        lib.pjsip_endpt_get_tpmgr.argtypes = [ctypes.c_void_p]
        lib.pjsip_tpmgr_set_drop_data_cb.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._endpt = lib.pjsua_get_pjsip_endpt()
        self._tpmgr = lib.pjsip_endpt_get_tpmgr(self._endpt)
        self._on_dropped_cb = ON_DROPPED(self._on_dropped)
        self._name = ctypes.create_string_buffer(b"mod-agent-desktop-fallback")
        self._callback = RX_REQUEST(self._on_rx_request)
        self.module = PjsipModule()
        self.module.name = PjStr(ctypes.cast(self._name, ctypes.c_char_p), len(self._name.value))
        self.module.id = -1
        self.module.priority = PRIORITY
        self.module.on_rx_request = self._callback
        self._info_offset: int | None = None
        self.answered: dict[int, int] = {}
        """How many requests got each status code (for the log and the tests)."""
        self.registered = False

    def register(self) -> None:
        status = self._lib.pjsip_endpt_register_module(self._endpt, ctypes.byref(self.module))
        if status != 0:
            raise OSError(f"pjsip_endpt_register_module failed ({status})")
        self.registered = True
        callback = ctypes.cast(self._on_dropped_cb, ctypes.c_void_p)
        self._lib.pjsip_tpmgr_set_drop_data_cb(self._tpmgr, callback)

    def uninstall(self) -> None:
        """Unregister (SIP thread, before ``libDestroy``)."""
        if self.registered:
            self._lib.pjsip_tpmgr_set_drop_data_cb(self._tpmgr, None)
            self._lib.pjsip_endpt_unregister_module(self._endpt, ctypes.byref(self.module))
            self.registered = False

    def _request_line(self, rdata: int) -> str:
        """The request line of ``rdata``'s packet.

        ``pjsip_rx_data_get_info`` caches its text in ``rdata->msg_info.info``, which the struct keeps
        right after ``msg_info.msg`` and ``msg_info.len``/``msg_buf``: finding that pointer in the
        struct finds ``msg_buf`` (the NUL-terminated packet) without compiling in the struct's layout.
        """
        info = self._lib.pjsip_rx_data_get_info(rdata)
        if self._info_offset is None:
            words = (ctypes.c_void_p * (SCAN_BYTES // 8)).from_address(rdata)
            self._info_offset = next((i * 8 for i, word in enumerate(words) if word == info), -1)
        if self._info_offset < 24:
            return ""
        msg_buf = ctypes.c_void_p.from_address(rdata + self._info_offset - 24).value
        if not msg_buf:
            return ""
        packet = ctypes.string_at(msg_buf, 512)
        return packet.split(b"\r\n", 1)[0].split(b"\n", 1)[0].decode("latin-1")

    def _on_rx_request(self, rdata: Any) -> int:
        try:
            line = self._request_line(int(rdata))
            code = answer_for(line)
            if code is None:
                return 0
            self._lib.pjsip_endpt_respond_stateless(self._endpt, rdata, code, None, None, None)
            self.answered[code] = self.answered.get(code, 0) + 1
            logger.info("answered an unhandled request (%s) with %d", line.split(" ", 1)[0][:20], code)
            return 1
        except Exception:  # never let an exception cross into pjsip's C stack
            logger.exception("fallback responder failed")
            return 0

    def _on_dropped(self, dropped: Any) -> None:
        try:
            data = dropped.contents
            if not data.data or not data.len:
                return
            code = send_to_via(ctypes.string_at(data.data, min(int(data.len), 65536)))
            if code is not None:
                self.answered[code] = self.answered.get(code, 0) + 1
                logger.info("answered a request pjsip could not parse with %d", code)
        except Exception:  # never let an exception cross into pjsip's C stack
            logger.exception("answering a malformed request failed")


def install() -> FallbackResponder | None:
    """Register the responder with the running endpoint (SIP thread, after ``libStart``); None when
    this build of pjsua2 does not export what it needs (it then logs why)."""
    try:
        responder = FallbackResponder(_library())
        responder.register()
    except (OSError, AttributeError) as exc:
        logger.warning("unhandled SIP requests stay unanswered: %s", exc)
        return None
    return responder
