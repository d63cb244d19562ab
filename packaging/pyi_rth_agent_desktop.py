"""Run-time hook of the frozen app, in place of PyInstaller's PySide6 hook (agent_desktop.spec).

The same executable runs the Qt app, the embedded back office (``--backoffice``) and the demo caller
(``--demo-caller``); only the Qt app gets Qt's plugin path and QtCore loaded here, so the Qt-free
children never map Qt.
"""

import os
import sys


def _qt_app() -> None:
    if sys.argv[1:2] in (["--backoffice"], ["--demo-caller"]):
        return
    package = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
    qt = package if sys.platform.startswith("win") else os.path.join(package, "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    from _pyi_rth_utils import qt as qt_rth_utils  # PyInstaller's own helper

    qt_rth_utils.create_embedded_qt_conf("PySide6", qt)


_qt_app()
del _qt_app
