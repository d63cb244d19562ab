"""Start-up (issue 23): what main.py has imported when its window is first shown.

Everything before the first map delays the window on the agent's screen; the CRM contract, HTTP, the
SIP engine, the store and the keyring belong to the features, which install after the first paint.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import os, sys
import agent_desktop.shell.app as app

def shown(self):
    sys.stdout.write("\\n".join(sorted(sys.modules)) + "\\n")
    sys.stdout.flush()
    os._exit(0)

app.Shell._after_first_show = shown  # the window's first show: report, and leave before any feature installs
import main

sys.exit(main.main(sys.argv[1:]))
"""

NOT_BEFORE_THE_WINDOW = (
    "crm.schemas",  # the CRM contract: 80-odd pydantic models
    "crm.store",
    "crm.transport",
    "requests",
    "httpx",
    "pjsua2",
    "softphone.engine.engine",
    "softphone.engine.audio_io",  # the alert sound's PortAudio side, loaded when it first plays
    "sqlite3",
    "keyring",
    "numpy",
    "backoffice",
    "agent_desktop.settings.schema",  # the settings' 12 pydantic models: validated right after the first paint
    "pydantic",  # the settings and the Not-ready reasons are validated right after the first paint
    "subprocess",  # the embedded back office's child starts with the features (main.py reads only its flag)
    "hashlib",  # and with it OpenSSL's libcrypto (the single-instance token comes from os.urandom)
    "uuid",  # trail events' ids, and the platform probe uuid runs when imported
    "platform",
)


def probe_env(policy: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_DESKTOP_POLICY=str(policy), PYTHONPATH=str(ROOT)) | extra


def start_probe(probe: str, tmp_path: Path, env: dict[str, str], *args: str, timeout: float = 60) -> str:
    """Start the app with ``probe`` (which patches the shell) in a fresh profile, with the app's ``args``;
    its output."""
    proc = subprocess.run(
        [sys.executable, "-c", probe, "--profile", str(tmp_path / "profile"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def modules_at_first_show(tmp_path: Path, policy: Path) -> set[str]:
    return set(start_probe(PROBE, tmp_path, probe_env(policy)).split())


def test_the_window_shows_before_the_contract_http_sip_and_the_store_are_imported(
    tmp_path: Path, no_system_policy: Path
) -> None:
    modules = modules_at_first_show(tmp_path, no_system_policy)
    assert "agent_desktop.shell.main_window" in modules  # the probe did see the start path
    assert "agent_desktop.features.presence" in modules  # every feature's spec was read
    early = sorted(m for m in modules for name in NOT_BEFORE_THE_WINDOW if m == name or m.startswith(name + "."))
    assert early == []


SHOW_PROBE = """
import os, sys
import agent_desktop.shell.app as app
from PySide6 import QtWidgets


def show(self):
    named = sorted(n for n in ("QStyle", "QStyleOption", "QStylePainter") if n in vars(QtWidgets))
    sys.stdout.write("NAMED " + " ".join(named) + "\\n")
    sys.stdout.write("STYLE " + QtWidgets.QApplication.style().name() + "\\n")
    sys.stdout.flush()
    os._exit(0)


app.Shell.start = show  # just before the window is shown (mapped)
import main

sys.exit(main.main(sys.argv[1:]))
"""


def test_the_window_is_built_without_naming_qstyle_in_python(tmp_path: Path, no_system_policy: Path) -> None:
    """A Qt class named in Python builds its enums as Python enums: QStyle's are ~570 members, several
    ms before the window maps. Nothing before the show names it (the style is Fusion from the
    QApplication's start, status pills repolish only once polished, dock titles name it at paint)."""
    out = start_probe(SHOW_PROBE, tmp_path, probe_env(no_system_policy))
    lines = {head: tail for head, _, tail in (line.partition(" ") for line in out.splitlines())}
    assert lines["NAMED"] == ""
    assert lines["STYLE"] == "fusion"  # (asked here, after the check)


def test_presence_api_loads_the_states_when_first_asked() -> None:
    code = (
        "import sys\n"
        "import agent_desktop.features.presence.api as api\n"
        "assert 'crm.schemas' not in sys.modules, 'contract imported with the key'\n"
        "from agent_desktop.features.presence.api import STATE_LABELS, State, reasons_of\n"
        "from agent_desktop.features.presence.core import states\n"
        "assert (State, STATE_LABELS, reasons_of) == (states.State, states.STATE_LABELS, states.reasons_of)\n"
        "assert api.DEFAULT_REASONS is states.DEFAULT_REASONS and api.PRESENCE.name == 'presence'\n"
        "try:\n"
        "    api.NoSuchName\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('unknown name resolved')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


COMPILED_PROBE = """
import importlib.machinery, os, sys

compiled = []
to_code = importlib.machinery.SourceFileLoader.source_to_code


def source_to_code(self, data, path, *args, **kwargs):
    compiled.append(str(path))  # called only when no current bytecode is found
    return to_code(self, data, path, *args, **kwargs)


importlib.machinery.SourceFileLoader.source_to_code = source_to_code
import agent_desktop.shell.app as app


def shown(self):
    support = sys.modules["shibokensupport.signature.loader"]
    sys.stdout.write("SUPPORT " + str(getattr(support, "__cached__", None)) + "\\n")
    sys.stdout.write("".join(f"COMPILED {path}\\n" for path in compiled))
    sys.stdout.flush()
    os._exit(0)


app.Shell._after_first_show = shown
import main

sys.exit(main.main(sys.argv[1:]))
"""


def test_a_start_after_set_up_compiles_no_source(tmp_path: Path, no_system_policy: Path) -> None:
    """scripts/setup.sh compiles the app's bytecode and unpacks shiboken6's signature support
    (scripts/bytecode.py): a start then compiles nothing from source, also where Python is told not
    to write bytecode (PYTHONDONTWRITEBYTECODE: a read-only or packaged install), which otherwise
    compiles every module of the start path, and shiboken's support, at every start."""
    import shiboken6

    shutil.copytree(
        Path(shiboken6.__file__).parent, tmp_path / "site" / "shiboken6", ignore=shutil.ignore_patterns("files.dir*")
    )
    site = os.pathsep.join([str(tmp_path / "site"), str(ROOT)])  # this shiboken6, unpacked here
    env = probe_env(no_system_policy, PYTHONPATH=site, PYTHONDONTWRITEBYTECODE="1")
    setup = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bytecode.py")], env=env, capture_output=True, text=True, timeout=600
    )
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert (tmp_path / "site" / "shiboken6" / "files.dir" / "shibokensupport" / "signature" / "loader.py").is_file()

    lines = start_probe(COMPILED_PROBE, tmp_path, env, timeout=120).splitlines()
    support = next(line.split(" ", 1)[1] for line in lines if line.startswith("SUPPORT "))
    assert support.startswith(str(tmp_path / "site" / "shiboken6" / "files.dir")) and support.endswith(".pyc")
    compiled = [line.split(" ", 1)[1] for line in lines if line.startswith("COMPILED ")]
    ours = [p for p in compiled if p.startswith((str(ROOT), str(tmp_path))) and not p.startswith(sys.prefix)]
    assert ours == []  # the app's modules and shiboken's support: from bytecode
