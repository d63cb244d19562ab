"""--provision FILE|URL: IT's settings bundles are validated as a whole; nothing is half-applied."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from agent_desktop.settings import LockedKeyError, SettingsError, SettingsManager, load_policy
from agent_desktop.settings.provision import ProvisionError, load_bundle

GOOD_TOML = """
[sip]
registrar = "pbx.corp.example"
transport = "tcp"
stun_servers = ["stun.corp.example:3478"]

[crm]
url = "https://crm.corp.example"
username = "agent007"
"""


@pytest.fixture
def http_bundles():
    """A loopback web server serving ``bundles[path] = (status, content_type, body)``."""
    bundles: dict[str, tuple[int, str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            status, ctype, body = bundles.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield base, bundles
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_valid_toml_file_is_imported_and_kept(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.toml"
    bundle.write_text(GOOD_TOML)
    manager = SettingsManager(tmp_path / "settings.toml", load_policy())
    keys = manager.import_bundle(load_bundle(str(bundle)), str(bundle))
    assert "sip.registrar" in keys
    s = SettingsManager(tmp_path / "settings.toml", load_policy()).settings
    assert (s.sip.registrar, s.sip.transport, s.crm.username) == ("pbx.corp.example", "tcp", "agent007")
    assert s.sip.stun_servers == ["stun.corp.example:3478"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("[sip\nregistrar = 1", "not valid TOML or JSON"),
        ('[sip]\nregistrar = "ok.example"\nlocal_port = 99999\n', "local_port"),
        ('[sip]\nregistrar = "ok.example"\n[telepathy]\nenabled = true\n', "unknown setting"),
        ('[sip]\nregistrar = "ok.example"\npassword = "hunter2"\n', "unknown setting 'sip.password'"),
    ],
)
def test_malformed_file_changes_nothing(tmp_path: Path, text: str, message: str) -> None:
    file = tmp_path / "settings.toml"
    manager = SettingsManager(file, load_policy())
    manager.update({"sip.display_name": "Before"})
    before = file.read_bytes()
    bundle = tmp_path / "bundle.toml"
    bundle.write_text(text)
    with pytest.raises(SettingsError, match=message):
        manager.import_bundle(load_bundle(str(bundle)), str(bundle))
    assert file.read_bytes() == before
    assert manager.settings.sip.registrar == ""


def test_bundle_cannot_override_locked_keys(tmp_path: Path, no_system_policy: Path) -> None:
    no_system_policy.write_text('[sip]\nregistrar = "pbx.corp.example"\nlocked = ["registrar"]\n')
    manager = SettingsManager(tmp_path / "settings.toml", load_policy())
    with pytest.raises(LockedKeyError, match="sip.registrar"):
        manager.import_bundle({"sip": {"registrar": "rogue.example", "username": "x"}}, "bundle")
    assert manager.settings.sip.username == "agent"


def test_json_bundle_from_a_url(tmp_path: Path, http_bundles) -> None:
    base, bundles = http_bundles
    bundles["/agent.json"] = (
        200,
        "application/json",
        json.dumps({"sip": {"registrar": "10.0.0.5", "max_lines": 4}}).encode(),
    )
    manager = SettingsManager(tmp_path / "settings.toml", load_policy())
    manager.import_bundle(load_bundle(f"{base}/agent.json"), "url")
    assert manager.settings.sip.registrar == "10.0.0.5" and manager.settings.sip.max_lines == 4


def test_bad_url_bundles_are_refused(tmp_path: Path, http_bundles) -> None:
    base, bundles = http_bundles
    bundles["/broken.json"] = (200, "application/json", b'{"sip": {"registrar": ')
    with pytest.raises(ProvisionError, match="not valid TOML or JSON"):
        load_bundle(f"{base}/broken.json")
    with pytest.raises(ProvisionError, match="404"):
        load_bundle(f"{base}/missing.toml")
    with pytest.raises(ProvisionError, match="cannot read"):
        load_bundle(str(tmp_path / "nope.toml"))


def test_fetch_failures_keep_the_english_detail_for_the_log(http_bundles) -> None:
    import socket

    base, _bundles = http_bundles
    with pytest.raises(ProvisionError) as missing:
        load_bundle(f"{base}/missing.toml")
    assert (
        str(missing.value)
        == f"{base}/missing.toml: cannot fetch the settings bundle: 404 Client Error: Not Found for url: {base}/missing.toml"
    )
    with socket.socket() as sock:  # bound, not listening: the connection is refused
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/agent.toml"
        with pytest.raises(
            ProvisionError, match=r": cannot fetch the settings bundle: \[Errno \d+\] Connection refused$"
        ):
            load_bundle(url)
        sock.listen()  # listening, never accepting: no answer comes
        with pytest.raises(ProvisionError, match=r": cannot fetch the settings bundle: timed out$"):
            load_bundle(url, timeout_s=0.3)


def test_file_menu_import_applies_a_bundle_or_explains_the_refusal(make_shell, qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    shell = make_shell()
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text(GOOD_TOML)
    bad.write_text("[sip]\nmax_lines = 99\n")
    assert shell.import_bundle_file(str(good))
    assert shell.ctx.settings.sip.registrar == "pbx.corp.example"
    assert "Imported" in shell.window.statusBar().currentMessage()
    assert not shell.import_bundle_file(str(bad))
    box = shell.window.findChild(QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "max_lines" in box.informativeText() and shell.ctx.settings.sip.max_lines == 2
    box.close()


def test_a_bundle_that_cannot_be_saved_is_refused_and_changes_nothing(tmp_path: Path, capsys, restore_logging) -> None:
    # the user's settings folder is read-only or full: --provision says so and applies nothing
    import main

    bundle = tmp_path / "bundle.toml"
    bundle.write_text(GOOD_TOML)
    manager = SettingsManager(tmp_path / "blocked" / "settings.toml", load_policy())
    (tmp_path / "blocked").write_text("a file where the settings folder should be")
    with pytest.raises(SettingsError) as refused:
        manager.import_bundle(load_bundle(str(bundle)), str(bundle))
    assert "cannot be written" in str(refused.value) and str(bundle) in str(refused.value)
    assert manager.settings.sip.registrar == ""

    from agent_desktop.shell.paths import AppPaths

    profile = tmp_path / "profile"

    settings_file = AppPaths.for_profile(profile).ensure().settings_file
    settings_file.mkdir(parents=True, exist_ok=True)  # a folder where the file should be written
    assert main.main(["--profile", str(profile), "--provision", str(bundle)]) == 2
    assert "cannot be written" in capsys.readouterr().err
