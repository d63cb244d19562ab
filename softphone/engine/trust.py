"""The certificates a SIP-over-TLS connection trusts when ``sip.tls_ca_file`` is empty: the system's.

The pjsua2 wheel carries its own OpenSSL (1.0.2k), built to look for CAs under ``/etc/pki/tls`` (Red
Hat's layout): on Debian, Ubuntu, SUSE or Alpine it would find none and refuse every publicly trusted
registrar (``PJSIP_TLS_ECERTVERIF``). So the engine hands pjsip a CA bundle file itself, found at run
time: ``SSL_CERT_FILE`` when set (as OpenSSL honours it), then the bundle the system's own OpenSSL
uses, then the distributions' usual paths. On Windows, whose trust store is not a file, the root and
intermediate stores are exported to a PEM file once per start. certifi's bundle (installed with
requests) is the last resort. Only pjsip's TLS uses this; the CRM client verifies with the system's
own OpenSSL (crm/transport.py).
"""

from __future__ import annotations

import logging
import os
import ssl
import sys
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

DISTRO_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Gentoo, Arch
    "/etc/pki/tls/certs/ca-bundle.crt",  # Red Hat, Fedora, CentOS
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # Alpine, macOS, BSDs
)


def system_ca_file(windows_export_dir: Path | None = None) -> str:
    """A PEM file of the certificates this computer trusts, or "" when none can be found."""
    for path in (os.environ.get("SSL_CERT_FILE"), ssl.get_default_verify_paths().cafile, *DISTRO_BUNDLES):
        if path and os.path.isfile(path):
            return path
    if sys.platform == "win32":
        exported = _export_windows_stores(windows_export_dir or Path(tempfile.gettempdir()))
        if exported:
            return exported
    try:
        import certifi
    except ImportError:
        logger.warning("no CA bundle found for SIP over TLS; set sip.tls_ca_file")
        return ""
    return str(certifi.where())


def _export_windows_stores(folder: Path) -> str:
    """The Windows ROOT and CA stores as one PEM file (rewritten at each start: the stores change)."""
    enum = getattr(ssl, "enum_certificates", None)
    if enum is None:
        return ""
    pems = [
        ssl.DER_cert_to_PEM_cert(der)
        for store in ("ROOT", "CA")
        for der, encoding, _trust in enum(store)
        if encoding == "x509_asn"
    ]
    if not pems:
        return ""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "agent-desktop-system-roots.pem"
    scratch = target.with_suffix(".tmp")
    scratch.write_text("".join(pems), encoding="ascii")
    os.replace(scratch, target)
    return str(target)
