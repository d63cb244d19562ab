"""One frame of the agent's main window: drawn on the GUI thread, compressed off it.

:func:`grab_window` has the window's own widgets paint themselves into an image (``QWidget.render``):
never the desktop, never another application's window, whatever overlaps it. They paint straight at
the frame's size (at most 1280 × 720, one image pixel per pixel of the frame whatever the screen's
pixel ratio), so a big or high-DPI window costs no more to draw and needs no scaling afterwards:
scaling a ``QImage`` holds Python's interpreter lock, which would stall the GUI thread from the pool.
:func:`encode_frame` (any thread: a ``QImage`` is reentrant, and the JPEG writer lets the lock go)
writes a JPEG, with less quality when a busy screen would pass :data:`MAX_BYTES`.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter, QRegion
from PySide6.QtWidgets import QWidget

FRAME_SIZE = QSize(1280, 720)
MAX_BYTES = 150 * 1024
QUALITIES = (70, 55, 40, 25)
MEDIA_TYPE = "image/jpeg"
_FLAGS = QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren


def frame_size(window: QSize, limit: QSize = FRAME_SIZE) -> tuple[QSize, float]:
    """The frame's size for a window of ``window`` (logical pixels) and the factor it is drawn at."""
    factor = min(1.0, limit.width() / max(1, window.width()), limit.height() / max(1, window.height()))
    return QSize(max(1, round(window.width() * factor)), max(1, round(window.height() * factor))), factor


def grab_window(window: QWidget) -> QImage:
    """GUI thread: the window as it is now, drawn at the frame's size."""
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
