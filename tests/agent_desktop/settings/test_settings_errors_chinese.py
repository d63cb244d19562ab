"""Why a settings file, bundle or download was refused, in the Chinese UI: the parser's and the OS's
reason is Chinese too (with its line and column, HTTP status, host), while ``str(exc)`` keeps the
English detail for the log and the command line. Real files, a real loopback HTTP server."""

from __future__ import annotations

import errno
import json
import os
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from agent_desktop.settings import PolicyError, SettingsError, SettingsManager, load_policy
from agent_desktop.settings.dialog import SettingsDialog
from agent_desktop.settings.errors_text import Reason, fetch_reason, os_reason, parse_reason
from agent_desktop.settings.provision import MAX_BUNDLE_BYTES, load_bundle

# Words of the parsers', the OS's and urllib's English texts that must not reach a Chinese message.
ENGLISH = (
    "Expected",
    "Expecting",
    "Errno",
    "Not Found",
    "No such file",
    "directory",
    "Connection",
    "refused",
    "timed out",
    "Internal Server",
    "codec",
    "Client Error",
    "Server Error",
    "not valid",
    "cannot",
    "line",
    "column",
    "Permission",
    "denied",
    "server",
    "file",
)


@pytest.fixture
def zh(chinese):
    """The zh_CN translations installed (the shared ``chinese`` fixture)."""
    yield chinese


@pytest.fixture
def server():
    """A loopback web server answering ``pages[path] = (status, body)``; anything else is a 404."""
    pages: dict[str, tuple[int, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            status, body = pages.get(self.path, (404, b"nothing here"))
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", pages
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def shown(exc: SettingsError) -> str:
    """What the UI shows (the File menu's refusal box, the start-up error box)."""
    return exc.translated(SettingsDialog.error_message)


def assert_chinese(text: str, *expected: str) -> None:
    """``expected`` parts are in ``text``; apart from the file or URL it names, no English word is."""
    for part in expected:
        assert part in text, text
    rest = re.sub(r"(https?://|/)\S*?(?=：|$)", "", text)  # the file or URL the message starts with
    for word in ENGLISH:
        assert word not in rest, f"{word!r} in {text!r}"


def refused(source: str, timeout_s: float = 10.0) -> SettingsError:
    with pytest.raises(SettingsError) as caught:
        load_bundle(source, timeout_s)
    return caught.value


def test_a_malformed_toml_bundle_names_line_and_column(zh, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.toml"
    bundle.write_text('[sip]\nregistrar = "pbx.example"\ndisplay_name\n', encoding="utf-8")
    exc = refused(str(bundle))
    assert_chinese(shown(exc), f"{bundle}：不是有效的 TOML 或 JSON（第 3 行第 13 列：文件不是有效的 TOML）")
    assert str(exc) == (
        f"{bundle}: not valid TOML or JSON (TOML: Expected '=' after a key in a key/value pair (at line 3, column 13))"
    )


def test_a_toml_bundle_cut_short_says_so(zh, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.toml"
    bundle.write_text("[sip", encoding="utf-8")
    exc = refused(str(bundle))
    assert_chinese(shown(exc), "文件末尾处：文件不是有效的 TOML")
    assert "(at end of document)" in str(exc)


def test_a_malformed_json_bundle_names_line_and_column(zh, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.json"
    bundle.write_text('{"sip": {\n  "registrar": "pbx.example",\n  "max_lines": \n}}', encoding="utf-8")
    exc = refused(str(bundle))
    assert_chinese(shown(exc), "（第 4 行第 1 列：文件不是有效的 JSON）")
    assert str(exc) == f"{bundle}: not valid TOML or JSON (JSON: Expecting value: line 4 column 1 (char 56))"


def test_a_missing_bundle_file(zh, tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    exc = refused(str(missing))
    assert_chinese(shown(exc), f"{missing}：无法读取设置包：文件不存在")
    assert str(exc) == f"{missing}: cannot read the settings bundle: No such file or directory"


def test_a_folder_instead_of_a_bundle_file(zh, tmp_path: Path) -> None:
    folder = tmp_path / "bundles.toml"
    folder.mkdir()
    exc = refused(str(folder))
    assert_chinese(shown(exc), f"{folder}：无法读取设置包：这是文件夹，不是文件")
    assert str(exc) == f"{folder}: cannot read the settings bundle: Is a directory"


def test_a_bundle_under_a_file_instead_of_a_folder(zh, tmp_path: Path) -> None:
    (tmp_path / "bundles").write_text("")
    exc = refused(str(tmp_path / "bundles" / "agent.toml"))
    assert_chinese(shown(exc), "无法读取设置包：路径中有一部分不是文件夹")
    assert str(exc).endswith("cannot read the settings bundle: Not a directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that apply (not root)")
def test_an_unreadable_bundle_file(zh, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.toml"
    bundle.write_text("[sip]\n")
    bundle.chmod(0)
    try:
        exc = refused(str(bundle))
    finally:
        bundle.chmod(0o600)
    assert_chinese(shown(exc), "无法读取设置包：没有访问权限")
    assert str(exc).endswith("cannot read the settings bundle: Permission denied")


def test_permission_denied_is_translated_and_a_folder_is_recognised() -> None:
    """Also as root (who may read anything) and on Windows (which says "permission denied" for a folder)."""
    denied = os_reason(PermissionError(errno.EACCES, "Permission denied", "/etc/agent-desktop/policy.toml"))
    assert isinstance(denied, Reason) and denied.message == "permission denied" and str(denied) == "Permission denied"
    folder = os_reason(PermissionError(errno.EACCES, "Access is denied", str(Path(__file__).parent)))
    assert folder.message == "it is a folder, not a file" and str(folder) == "Access is denied"


def test_a_404_says_what_the_server_answered(zh, server) -> None:
    base, _pages = server
    exc = refused(f"{base}/agent.toml")
    assert_chinese(shown(exc), f"{base}/agent.toml：无法获取设置包：服务器返回 404（未找到）")
    assert (
        str(exc)
        == f"{base}/agent.toml: cannot fetch the settings bundle: 404 Client Error: Not Found for url: {base}/agent.toml"
    )


def test_a_server_error_and_an_unusual_status(zh, server) -> None:
    base, pages = server
    pages["/500.toml"] = (500, b"oops")
    pages["/418.toml"] = (418, b"teapot")
    assert_chinese(shown(exc := refused(f"{base}/500.toml")), "服务器返回 500（服务器内部错误）")
    assert "500 Server Error: Internal Server Error" in str(exc)
    assert_chinese(shown(refused(f"{base}/418.toml")), "服务器返回 418（请求被拒绝）")


def test_a_refused_connection(zh) -> None:
    with socket.socket() as sock:  # bound, not listening: connecting is refused
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/agent.toml"
        exc = refused(url)
    assert_chinese(shown(exc), f"{url}：无法获取设置包：无法连接到服务器")
    assert str(exc) == f"{url}: cannot fetch the settings bundle: [Errno {errno.ECONNREFUSED}] Connection refused"


def test_a_server_that_does_not_answer(zh) -> None:
    with socket.socket() as sock:  # listening, never accepting: the request waits for an answer
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/agent.toml"
        exc = refused(url, timeout_s=0.3)
    assert_chinese(shown(exc), f"{url}：无法获取设置包：下载超时")
    assert str(exc) == f"{url}: cannot fetch the settings bundle: timed out"


def test_a_server_that_hangs_up(zh) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/agent.toml"

        def hang_up() -> None:
            conn, _ = sock.accept()
            conn.recv(4096)
            conn.close()

        thread = threading.Thread(target=hang_up, daemon=True)
        thread.start()
        exc = refused(url)
        thread.join(5)
    assert_chinese(shown(exc), "无法获取设置包：服务器未作应答就关闭了连接")
    assert "Remote end closed connection without response" in str(exc)


def test_a_bad_address(zh) -> None:
    exc = refused("http://127.0.0.1:http/agent.toml")
    assert_chinese(shown(exc), "无法获取设置包：地址无效")
    assert "nonnumeric port" in str(exc)


def test_a_bundle_that_is_too_large(zh, server) -> None:
    base, pages = server
    pages["/big.toml"] = (200, b"#" * (MAX_BUNDLE_BYTES + 10))
    exc = refused(f"{base}/big.toml")
    assert_chinese(shown(exc), f"设置包大于 {MAX_BUNDLE_BYTES} 字节")


def test_a_local_bundle_file_that_is_too_large_is_refused_without_reading_it_all(zh, tmp_path: Path) -> None:
    big = tmp_path / "agent.toml"
    big.write_bytes(b"#" * (MAX_BUNDLE_BYTES + 10))  # e.g. a disk image picked by mistake
    assert_chinese(shown(refused(str(big))), f"设置包大于 {MAX_BUNDLE_BYTES} 字节")
    assert_chinese(shown(refused("/dev/zero")), f"设置包大于 {MAX_BUNDLE_BYTES} 字节")  # endless: still bounded


def test_name_resolution_tls_and_proxy_failures_have_chinese_reasons(zh) -> None:
    import ssl

    url = "https://crm.corp.example/bundle.toml"
    unknown = fetch_reason(
        socket.gaierror(socket.EAI_NONAME, "Name or service not known"), url, "[Errno -2] Name or service not known"
    )
    assert (
        unknown.translated() == "找不到服务器 crm.corp.example"
        and str(unknown) == "[Errno -2] Name or service not known"
    )
    cert = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    assert fetch_reason(cert, url, str(cert)).translated() == "服务器的证书不受信任"
    proxy = OSError("Tunnel connection failed: 407 Proxy Authentication Required")
    assert fetch_reason(proxy, url, str(proxy)).translated() == "代理服务器返回 407（代理服务器需要登录）"
    assert fetch_reason("no host given", "http://", "no host given").translated() == "地址无效"


def test_unknown_failures_keep_their_english_text_and_do_not_crash(zh, tmp_path: Path) -> None:
    odd = OSError(errno.EIO, "Input/output error")
    assert os_reason(odd) == "Input/output error"
    assert fetch_reason(odd, "http://x", "Input/output error") == "Input/output error"
    assert fetch_reason(OSError("something new"), "http://x", "something new") == "something new"
    assert fetch_reason(RuntimeError(), "http://x", "RuntimeError") == "RuntimeError"
    from crm.i18n import QT_TRANSLATE_NOOP

    exc = SettingsError(
        QT_TRANSLATE_NOOP("Settings", "{0}: cannot read the settings bundle: {1}"), "bundle.toml", os_reason(odd)
    )
    assert shown(exc) == "bundle.toml：无法读取设置包：Input/output error"
    assert str(os_reason(OSError())) == "OSError"  # no strerror, no text


def test_a_toml_error_without_a_position_has_none() -> None:
    import tomllib

    reason = parse_reason(tomllib.TOMLDecodeError("Invalid value"), "not valid TOML: Invalid value")
    assert (
        reason.message == "the file is not valid TOML"
        and not reason.values
        and str(reason) == "not valid TOML: Invalid value"
    )
    try:
        json.loads("[1,")
    except json.JSONDecodeError as exc:
        assert parse_reason(exc).values == (1, 4)


# ---- the system policy file (the start-up error box) ----------------------------------------------------
def policy_refusal(no_system_policy: Path) -> PolicyError:
    with pytest.raises(PolicyError) as caught:
        load_policy()
    return caught.value


def test_a_malformed_policy_file_names_line_and_column(zh, no_system_policy: Path) -> None:
    import main

    no_system_policy.write_text('[sip]\nlocked = ["registrar"]\nregistrar "pbx.corp.example"\n', encoding="utf-8")
    exc = policy_refusal(no_system_policy)
    assert_chinese(shown(exc), f"{no_system_policy}：第 3 行第 11 列：文件不是有效的 TOML")
    assert str(exc).startswith(f"{no_system_policy}: not valid TOML: ") and "(at line 3, column 11)" in str(exc)
    _title, text = main.error_box_texts(main.POLICY_INVALID, exc)
    assert text == f"系统策略文件无效，请联系 IT 支持\n\n{no_system_policy}：第 3 行第 11 列：文件不是有效的 TOML"


def test_a_missing_policy_file_the_variable_names(zh, no_system_policy: Path) -> None:
    import main

    no_system_policy.unlink()
    exc = policy_refusal(no_system_policy)
    assert str(exc) == f"{no_system_policy}: no such policy file (named by AGENT_DESKTOP_POLICY)"
    _title, text = main.error_box_texts(main.POLICY_INVALID, exc)
    assert (
        text
        == f"系统策略文件无效，请联系 IT 支持\n\n{no_system_policy}：没有这个策略文件（由 AGENT_DESKTOP_POLICY 指定）"
    )


def test_a_policy_folder_instead_of_a_file(zh, no_system_policy: Path) -> None:
    no_system_policy.unlink()
    no_system_policy.mkdir()
    exc = policy_refusal(no_system_policy)
    assert_chinese(shown(exc), f"{no_system_policy}：无法读取：这是文件夹，不是文件")
    assert str(exc) == f"{no_system_policy}: cannot read: Is a directory"


def test_a_policy_saved_in_another_encoding_says_which_line(zh, no_system_policy: Path) -> None:
    no_system_policy.write_bytes('[sip]\ndisplay_name = "坐席"\n'.encode("gbk"))
    exc = policy_refusal(no_system_policy)
    assert_chinese(shown(exc), f"{no_system_policy}：第 2 行：文件不是 UTF-8 文本")
    assert str(exc).startswith(f"{no_system_policy}: not UTF-8 text: 'utf-8' codec can't decode byte")


def test_a_policy_with_a_byte_order_mark_is_read(no_system_policy: Path) -> None:
    no_system_policy.write_bytes(
        '\ufeff[sip]\nregistrar = "pbx.corp.example"\nlocked = ["registrar"]\n'.encode("utf-8")
    )
    assert load_policy().locked == {"sip.registrar"}


def test_a_malformed_json_list_in_set(zh, tmp_path: Path) -> None:
    manager = SettingsManager(tmp_path / "settings.toml", load_policy())
    with pytest.raises(SettingsError) as caught:
        manager.set_override("sip.stun_servers", '["stun.a", ')
    text = shown(caught.value)
    assert text == "sip.stun_servers：不是 JSON 列表：第 11 个字符处有错误"
    assert_chinese(text.removeprefix("sip.stun_servers"))
    assert str(caught.value) == "sip.stun_servers: not a JSON list: Expecting value"


def test_every_reason_template_has_a_chinese_translation(zh) -> None:
    """No reason template of errors_text is left in English (the .qm is current)."""
    from PySide6.QtCore import QCoreApplication

    from agent_desktop.settings import errors_text

    templates = [v for v in vars(errors_text).values() if isinstance(v, str) and hasattr(v, "context")]
    templates += list(errors_text._HTTP_STATUS_TEXT.values()) + list(errors_text._HTTP_CLASS_TEXT.values())
    assert len(templates) > 30
    for template in templates:
        text = QCoreApplication.translate(template.context, str(template))
        assert text != str(template) and not re.search(r"[A-Za-z]{3,}", re.sub(r"TOML|JSON|UTF", "", text)), text
