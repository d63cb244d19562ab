"""One frame of the agent's main window: taken on the GUI thread, compressed off it.

:func:`grab_window` is the GUI thread's whole part. The window has already painted itself into its
backing store (the image its platform window is shown from: only this window's own pixels, never the
desktop, never another application's window, whatever overlaps it), so the frame is a copy of that
image (:func:`from_backing_store`, about 0.1 ms at 1280 × 720) instead of having every widget paint
itself again (about 6–8 ms, a customer card alone 3.5 ms). The copy is taken only where the backing
store is a plain image in memory (:data:`RASTER_PLATFORMS`), the window is exposed (so it has painted
itself) and the image is the window's size at most 1280 × 720. A widget drawing outside it (OpenGL,
video in a native child window) would be missing from the copy: the main window has none. Otherwise
(minimised, hidden, other platforms, a bigger or high-DPI window) the widgets paint themselves
straight at the frame's size (:func:`render_window`): one image pixel per pixel of the frame, so
nothing needs scaling afterwards, since scaling a ``QImage`` on a pool thread holds Python's
interpreter lock and would stall the GUI thread. :func:`encode_frame` (any thread: a ``QImage`` is
reentrant, and the JPEG writer lets the lock go) writes a JPEG, with less quality when a busy screen
would pass :data:`MAX_BYTES`.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter, QRegion
from PySide6.QtWidgets import QWidget

FRAME_SIZE = QSize(1280, 720)
MAX_BYTES = 150 * 1024
QUALITIES = (70, 55, 40, 25)
MEDIA_TYPE = "image/jpeg"
_FLAGS = QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren
RASTER_PLATFORMS = frozenset({"xcb", "windows", "offscreen"})
"""Platforms whose widget windows keep their pixels in a ``QImage`` that is valid between paints (on
Wayland and macOS the buffers rotate and may be empty before a paint: those draw the frame instead)."""


def frame_size(window: QSize, limit: QSize = FRAME_SIZE) -> tuple[QSize, float]:
    """The frame's size for a window of ``window`` (logical pixels) and the factor it is drawn at."""
    factor = min(1.0, limit.width() / max(1, window.width()), limit.height() / max(1, window.height()))
    return QSize(max(1, round(window.width() * factor)), max(1, round(window.height() * factor))), factor


def grab_window(window: QWidget) -> QImage:
    """GUI thread: the window as it is now, at most the frame's size (a copy of what it last painted,
    else drawn afresh)."""
    image = from_backing_store(window)
    return image if image is not None else render_window(window)


def from_backing_store(window: QWidget, limit: QSize = FRAME_SIZE) -> QImage | None:
    """A copy of the pixels ``window`` last painted, or None where they cannot be read safely or would
    need scaling (see the module's notes)."""
    if QGuiApplication.platformName() not in RASTER_PLATFORMS or not window.isVisible() or window.isMinimized():
        return None
    handle = window.windowHandle()
    store = window.backingStore()
    if handle is None or store is None or not handle.isExposed():
        return None
    device = store.paintDevice()
    if not isinstance(device, QImage) or device.isNull():
        return None
    expected = window.size() * device.devicePixelRatio()
    if device.size() != expected or device.width() > limit.width() or device.height() > limit.height():
        return None  # a resize not painted yet, a high-DPI or bigger window: drawn at the frame's size
    image = device.copy()  # a deep copy: the backing store goes on painting into its own pixels
    image.setDevicePixelRatio(1.0)
    return image


def render_window(window: QWidget) -> QImage:
    """GUI thread: the window's widgets painted afresh at the frame's size."""
    size, factor = frame_size(window.size())
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(factor, factor)
    window.render(painter, QPoint(), QRegion(), _FLAGS)
    painter.end()
    return image


def scaled(image: QImage, size: QSize = FRAME_SIZE) -> QImage:
    if image.width() <= size.width() and image.height() <= size.height():
        return image
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def jpeg(image: QImage, quality: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(quality)
    if not writer.write(image):
        raise RuntimeError(f"the frame could not be encoded: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def encode_frame(image: QImage) -> tuple[bytes, str]:
    """Any thread: ``image`` scaled to at most 1280 × 720 as a JPEG of at most :data:`MAX_BYTES`
    (lower quality until it fits); returns the bytes and their media type."""
    small = scaled(image)
    data = b""
    for quality in QUALITIES:
        data = jpeg(small, quality)
        if len(data) <= MAX_BYTES:
            break
    return data, MEDIA_TYPE
