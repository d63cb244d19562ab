"""Where the system policy lives, and whether ``$AGENT_DESKTOP_POLICY`` may stand in for it.

The system policy is always read from the platform's place, which only administrators can write:
Linux ``/etc/agent-desktop/policy.toml``, Windows ``%ProgramData%\\AgentDesktop\\policy.toml`` (the
folder is asked of Windows itself, not of the environment, which every user can change) plus the
registry (:mod:`agent_desktop.settings.policy_registry`), macOS
``/Library/Application Support/AgentDesktop/policy.toml``.

``$AGENT_DESKTOP_POLICY`` names another file, for tests and labs. It is honoured only when it cannot
take anything from IT (:func:`override_allowed`); otherwise it is ignored with a warning and IT's
policy applies.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

POLICY_ENV = "AGENT_DESKTOP_POLICY"
POLICY_FILE = "policy.toml"
WINDOWS_PROGRAM_DATA = r"C:\ProgramData"
"""Used only when Windows cannot be asked (never the environment's ``%ProgramData%``)."""


def _windows_program_data() -> Path:
    """``FOLDERID_ProgramData`` from the shell (``SHGetKnownFolderPath``)."""
    if sys.platform == "win32":  # mypy checks this branch only on Windows
        import ctypes
        from ctypes import wintypes

        class Guid(ctypes.Structure):
            _fields_ = [
                ("Data1", wintypes.DWORD),
                ("Data2", wintypes.WORD),
                ("Data3", wintypes.WORD),
                ("Data4", ctypes.c_ubyte * 8),
            ]

        folder_id = Guid(
            0x62AB5D82, 0xFDC1, 0x4DC3, (ctypes.c_ubyte * 8)(0xA9, 0xDD, 0x07, 0x0D, 0x1D, 0x49, 0x5D, 0x97)
        )
        found = ctypes.c_wchar_p()
        try:
            if ctypes.windll.shell32.SHGetKnownFolderPath(ctypes.byref(folder_id), 0, None, ctypes.byref(found)) == 0:
                try:
                    if found.value:
                        return Path(found.value)
                finally:
                    ctypes.windll.ole32.CoTaskMemFree(found)
        except (OSError, AttributeError):  # no shell32 (or not Windows after all)
            logger.warning("SHGetKnownFolderPath failed; using %s", WINDOWS_PROGRAM_DATA)
    return Path(WINDOWS_PROGRAM_DATA)


def system_policy_dir() -> Path:
    """The folder of the system policy on this platform (only administrators can write it)."""
    if sys.platform == "win32":
        return _windows_program_data() / "AgentDesktop"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/AgentDesktop")
    return Path("/etc/agent-desktop")


def system_policy_path() -> Path:
    """The system policy file on this platform (whether or not it exists)."""
    return system_policy_dir() / POLICY_FILE


def named_override() -> Path | None:
    """The file ``$AGENT_DESKTOP_POLICY`` names, if any."""
    value = os.environ.get(POLICY_ENV, "").strip()
    return Path(value) if value else None


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` really lies in ``folder`` (links and ``..`` resolved first)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


def override_allowed(path: Path, system_present: bool, allow: bool | None, folder: Path) -> tuple[bool, str]:
    """Whether the file ``$AGENT_DESKTOP_POLICY`` names replaces the system policy file, and why.

    - the system policy sets ``allow_policy_override``: that decides (IT's explicit switch);
    - no system policy at all: yes, there is nothing of IT's to bypass;
    - else only a file inside the system policy's folder, which only administrators can write.
    """
    if allow is not None:
        return allow, f"the system policy sets allow_policy_override = {str(allow).lower()}"
    if not system_present:
        return True, "there is no system policy"
    if inside(path, folder):
        return True, f"it is inside {folder}"
    return False, "a system policy is installed and does not set allow_policy_override = true"
