"""Command line of main.py (kept free of Qt so ``--version`` and ``--help`` answer instantly)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from agent_desktop import __version__

FORMATS = ("toml", "json")
DEMO_ACCOUNTS = ("agent", "supervisor", "admin", "logistics")
"""The demo accounts ``--as`` may sign in to the embedded back office (seeded with its demo data)."""

logger = logging.getLogger(__name__)


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected key=value (e.g. sip.registrar=pbx.example.com), got {text!r}")
    return key.strip(), value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="agent-desktop",
        description="Agent Desktop: softphone, customer card, orders and to-dos for call-centre agents.",
        epilog="The system policy file (IT) can fix settings: see README.md, 'Policy file'.",
    )
    p.add_argument("--version", action="version", version=f"Agent Desktop {__version__}")
    p.add_argument(
        "--profile",
        metavar="DIR",
        type=Path,
        help="keep every setting, data file and log of this run under DIR",
    )
    p.add_argument(
        "--set",
        metavar="KEY=VALUE",
        type=_key_value,
        action="append",
        default=[],
        dest="overrides",
        help="override one setting for this run only, e.g. --set sip.registrar=pbx.example.com (repeatable)",
    )
    p.add_argument(
        "--provision",
        metavar="FILE|URL",
        help="import a settings bundle (TOML or JSON) from IT into the user settings, then start",
    )
    p.add_argument(
        "--no-start",
        action="store_true",
        help="do not start the app: exit after the policy, --provision and --set are applied and checked "
        "(exit code 0, or 2 with the reason), e.g. in a login script",
    )
    p.add_argument(
        "--print-settings",
        nargs="?",
        const="toml",
        choices=FORMATS,
        metavar="toml|json",
        help="print every setting's effective value, the layer it comes from (default, policy, user, override) "
        "and whether the policy locks it, as TOML (default) or JSON, then exit",
    )
    p.add_argument(
        "--export-diagnostics",
        metavar="FILE",
        type=Path,
        help="write a zip for IT support (every log with its rotated files, secrets masked, and the "
        "effective settings), then exit",
    )
    p.add_argument(
        "--as",
        dest="as_user",
        choices=DEMO_ACCOUNTS,
        help="with the embedded back office (crm.url empty): sign in as this demo account for this run "
        "(supervisor: team A组's wallboard, reports and campaigns; admin: every team and User accounts)",
    )
    p.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language for this run")
    p.add_argument("--debug", action="store_true", help="log debug messages too")
    # Hidden switches for tests, benchmarks and screenshots.
    p.add_argument("--no-features", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--features", metavar="NAMES", help=argparse.SUPPRESS)  # e.g. "crm_link,phone"
    p.add_argument("--quit-after-ms", type=int, metavar="MS", help=argparse.SUPPRESS)
    p.add_argument("--screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)
    return p
