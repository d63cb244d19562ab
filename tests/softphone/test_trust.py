"""Which CA bundle SIP over TLS trusts when none is configured."""

from __future__ import annotations

import ssl

from softphone.engine import trust


def test_ssl_cert_file_comes_first_then_the_systems_bundle(tmp_path, monkeypatch):
    mine = tmp_path / "mine.pem"
    mine.write_text("x")
    monkeypatch.setenv("SSL_CERT_FILE", str(mine))
    assert trust.system_ca_file() == str(mine)
    monkeypatch.delenv("SSL_CERT_FILE")
    found = trust.system_ca_file()
    assert found == ssl.get_default_verify_paths().cafile  # Debian: /usr/lib/ssl/cert.pem → ca-certificates.crt
    assert open(found).read().count("BEGIN CERTIFICATE") > 50  # the distribution's public roots


def test_without_a_system_bundle_certifi_is_the_last_resort(monkeypatch, tmp_path):
    import certifi

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setattr(trust, "DISTRO_BUNDLES", (str(tmp_path / "absent.pem"),))
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: ssl.DefaultVerifyPaths(None, None, "", "", "", ""))
    assert trust.system_ca_file() == certifi.where()
