"""Start-up (issue 23): what main.py has imported when its window is first shown.

Everything before the first map delays the window on the agent's screen; the CRM contract, HTTP, the
SIP engine, the store and the keyring belong to the features, which install after the first paint.
"""

from __future__ import annotations

import os
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
)


def modules_at_first_show(tmp_path: Path, policy: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_DESKTOP_POLICY=str(policy), PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "--profile", str(tmp_path / "profile")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.split())


def test_the_window_shows_before_the_contract_http_sip_and_the_store_are_imported(
    tmp_path: Path, no_system_policy: Path
) -> None:
    modules = modules_at_first_show(tmp_path, no_system_policy)
    assert "agent_desktop.shell.main_window" in modules  # the probe did see the start path
    assert "agent_desktop.features.presence" in modules  # every feature's spec was read
    early = sorted(m for m in modules for name in NOT_BEFORE_THE_WINDOW if m == name or m.startswith(name + "."))
    assert early == []


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
