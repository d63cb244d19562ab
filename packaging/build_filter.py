"""Which collected files go into the frozen folder (used by agent_desktop.spec, Linux and Windows).

The app's own wheels and Python itself are bundled; what the app never loads is not:
- system libraries PyInstaller finds on the build machine (GTK, OpenSSL, SQLite, zlib, X11/xcb, ...):
  the .deb depends on the distribution's packages instead, so security updates reach them and two
  build machines give the same folder (packaging/manifest-linux.txt);
- Qt's Quick/QML, PDF, virtual keyboard, Wayland and embedded-display parts: the app is a widgets
  app on X11 (XWayland on a Wayland desktop);
- Qt Multimedia with its FFmpeg backend (about 25 MB): the chime and the call-recording player play
  through PortAudio (softphone/engine/clip_player.py), recordings decoded by libsndfile;
- numpy with OpenBLAS (about 40 MB; excluded in agent_desktop.spec): the answering-machine detector
  uses the standard library, soundfile is used through its buffer API, openpyxl does without it;
- the PostgreSQL driver: the frozen app's back office is the embedded one on SQLite (a shared
  back office on PostgreSQL runs from source, see the README);
- Qt's own translations other than Chinese (the app's only other language is English, Qt's source).
"""

from __future__ import annotations

import posixpath
import re
import subprocess
from pathlib import Path, PurePosixPath

SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")
"""Where a Linux distribution keeps shared libraries (the pjsua2 and numpy wheels carry theirs in .libs)."""

QT_LIBS_UNUSED = re.compile(
    r"libQt6(Pdf|Qml|Quick|VirtualKeyboard|Wayland|WlShell|EglFS|EglFs|Multimedia|FFmpegStub)"
    r"|lib(avcodec|avformat|avutil|swresample|swscale)\."
)
"""Qt libraries (and Qt's FFmpeg) only the excluded modules and plugins link (QtCharts needs Qt6OpenGL
and Qt6OpenGLWidgets)."""

QT_PLUGINS_USED = frozenset(
    {
        "platforms/libqxcb.so",  # X11, and XWayland on a Wayland desktop
        "platforms/libqoffscreen.so",  # headless runs (tests, --screenshot)
        "xcbglintegrations/libqxcb-glx-integration.so",
        "xcbglintegrations/libqxcb-egl-integration.so",
        "platformthemes/libqxdgdesktopportal.so",  # file dialogs through the desktop portal
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",  # Chinese input methods
        "imageformats/libqsvg.so",  # the icons
        "imageformats/libqico.so",
        "imageformats/libqjpeg.so",
        "imageformats/libqgif.so",
        "iconengines/libqsvgicon.so",
        "networkinformation/libqnetworkmanager.so",  # the phone re-registers when the network changes
        "networkinformation/libqglib.so",
        "networkinformation/libqconnman.so",
    }
)


def keep_file(dest: str, source: str, typecode: str = "") -> bool:
    """True when the file collected from ``source`` for ``dest`` (relative to the folder) is bundled;
    a symbolic link (``typecode`` SYMLINK, ``source`` its relative target) when its target is."""
    dest = dest.replace("\\", "/")
    if typecode == "SYMLINK":
        target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), source.replace("\\", "/")))
        return keep_file(target, "")
    name = PurePosixPath(dest).name
    if "__pycache__/" in dest:  # left in a data folder of the source tree by a run from source
        return False
    if source.startswith(SYSTEM_DIRS) and not name.startswith("libpython"):
        return False
    if dest.startswith("PySide6/Qt/lib/"):
        return not QT_LIBS_UNUSED.match(name)
    if dest.startswith("PySide6/Qt/plugins/"):
        return dest.removeprefix("PySide6/Qt/plugins/") in QT_PLUGINS_USED
    if dest.startswith("PySide6/Qt/translations/"):
        return name.endswith("_zh_CN.qm") and not name.startswith("qtmultimedia")
    return not dest.startswith("PySide6/Qt/qml/")


def strippable(source: str, python_prefix: str) -> bool:
    """Symbols only a debugger uses can go from Python's own files (libpython: 23 MB -> 5 MB) and from
    libraries auditwheel did not rewrite: its patchelf moves ELF segments to point a library at the
    wheel's ``.libs`` folder, and strip then breaks them ("ELF load command address/offset not
    page-aligned": pjsua2, numpy)."""
    if source.startswith(python_prefix.rstrip("/") + "/"):
        return True
    dynamic = subprocess.run(["readelf", "-d", source], capture_output=True, text=True).stdout
    paths = re.findall(r"\((?:RPATH|RUNPATH)\)\s+Library r(?:un)?path: \[(.*?)\]", dynamic)
    return not any(".libs" in path for path in paths) and ".libs/" not in source  # or a grafted library


def stripped(entries: list[tuple[str, str, str]], workdir: Path, python_prefix: str) -> list[tuple[str, str, str]]:
    """``entries`` (dest, source, typecode) with the strippable binaries replaced by stripped copies."""
    out = []
    for dest, source, typecode in entries:
        if typecode in ("BINARY", "EXTENSION") and strippable(source, python_prefix):
            copy = workdir / "stripped" / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-unneeded", "-o", str(copy), source], check=True)
            source = str(copy)
        out.append((dest, source, typecode))
    return out
