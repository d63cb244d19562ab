"""Finds text that does not fit where it is shown: labels, buttons, check boxes, combo boxes,
group-box titles, table headers and window titles, measured with QFontMetrics against the rect the
style gives the text (a label's contentsRect, a button's contents rect less its icon and menu arrow,
a combo box's text field left of its arrow).

Deliberate elision is allowed: a label or button with the dynamic property ``elide`` set to True,
a text that already ends in "…", and item views' cells (their delegates elide). Hidden widgets, and
widgets scrolled out of sight inside a scroll area, are not checked. :func:`unreachable_cells` checks
the cells of item views: a cut cell must show its whole text as a tooltip."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionToolButton,
    QTabBar,
    QToolButton,
    QWidget,
)

TITLE_CHROME_PX = 110
"""What a window manager's title bar takes besides the title: icon and buttons (minimise, maximise,
close) at ~24 px each, plus margins."""
SLACK_PX = 1
"""Rounding between QFontMetrics and the text engine."""


@dataclass(frozen=True)
class Clipped:
    """One text that does not fit: where (the widget's class and object name), the text, and the
    width (or height) it needs against what it has."""

    where: str
    text: str
    need: int
    have: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.need} px, has {self.have}"


def _visible_text(text: str) -> str:
    """The text as painted: mnemonic ampersands gone ("&&" is one "&")."""
    return re.sub(r"&(.)", r"\1", text)


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def _deliberate(widget: QWidget, text: str) -> bool:
    return bool(widget.property("elide")) or text.rstrip().endswith("…")


def _shown(widget: QWidget, top: QWidget) -> bool:
    """Visible on screen: shown, not zero-sized, and at least partly inside every ancestor up to ``top``
    (a widget scrolled out of a scroll area's viewport is not shown)."""
    if not widget.isVisibleTo(top) or widget.width() <= 0 or widget.height() <= 0:
        return False
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if not QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size()).intersects(rect):
            return False
        parent = parent.parentWidget()
    return True


def _label(label: QLabel) -> Clipped | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    indent = label.indent() if label.indent() > 0 else 0
    margin = label.margin()
    have_w = rect.width() - 2 * margin - indent
    have_h = rect.height() - 2 * margin
    fm = QFontMetrics(label.font())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(have_w)
            need_h = int(doc.size().height())
            return Clipped(_name(label), doc.toPlainText(), need_h, have_h) if need_h > have_h + SLACK_PX else None
        need_w = int(doc.idealWidth())
        plain = doc.toPlainText()
        return Clipped(_name(label), plain, need_w, have_w) if need_w > have_w + SLACK_PX else None
    shown = _visible_text(text) if label.buddy() is not None else text
    if _deliberate(label, shown):
        return None
    if label.wordWrap():
        bounds = fm.boundingRect(QRect(0, 0, max(1, have_w), 100_000), int(Qt.TextFlag.TextWordWrap), shown)
        if bounds.width() > have_w + SLACK_PX:  # one word longer than the line
            return Clipped(_name(label), shown, bounds.width(), have_w)
        if bounds.height() > have_h + SLACK_PX:
            return Clipped(_name(label), shown + " (lines)", bounds.height(), have_h)
        return None
    lines = shown.split("\n")
    need_w = max(fm.horizontalAdvance(line) for line in lines)
    need_h = fm.height() * len(lines)
    if need_w > have_w + SLACK_PX:
        return Clipped(_name(label), shown, need_w, have_w)
    if need_h > have_h + fm.leading() + 2 * SLACK_PX:
        return Clipped(_name(label), shown + " (height)", need_h, have_h)
    return None


def _button(button: QAbstractButton) -> Clipped | None:
    text = _visible_text(button.text())
    if not text or _deliberate(button, text):
        return None
    style = button.style()
    fm = QFontMetrics(button.font())
    need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    icon_w = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        rect = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        have = rect.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button) // 2
        if button.menu() is not None:
            have -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        have -= icon_w
    elif isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        have = style.subElementRect(element, option, button).width() - icon_w
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
            return None  # an icon-only button shows no text (without an icon, it shows the text)
        option = QStyleOptionToolButton()
        button.initStyleOption(option)
        have = button.contentsRect().width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
        if button.menu() is not None or button.popupMode() != QToolButton.ToolButtonPopupMode.DelayedPopup:
            have -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            have -= icon_w
    else:
        return None
    return Clipped(_name(button), text, need, have) if need > have + SLACK_PX else None


def _combo_box(combo: QComboBox) -> Clipped | None:
    """A combo box's shown text (the current item, else the placeholder) against the text field
    left of its arrow. An editable combo box shows its text in a line edit, which scrolls: not checked."""
    if combo.isEditable():
        return None
    text = combo.currentText() if combo.currentIndex() >= 0 else combo.placeholderText()
    if not text or _deliberate(combo, text):
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    have = field.width() - 2  # the label is drawn one pixel inside the field on each side
    if combo.currentIndex() >= 0 and not combo.itemIcon(combo.currentIndex()).isNull():
        have -= combo.iconSize().width() + 4
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    return Clipped(_name(combo), text, need, have) if need > have + SLACK_PX else None


def _group_box(box: QGroupBox) -> Clipped | None:
    text = _visible_text(box.title())
    if not text:
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    fm = QFontMetrics(box.font())
    need = fm.horizontalAdvance(text)
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, box) + 6
    have = box.width() - 16  # the title sits inset from the frame's corners
    return Clipped(_name(box), text, need, have) if need > have + SLACK_PX else None


def _header(header: QHeaderView) -> list[Clipped]:
    """Header sections whose title is cut (not elided: a header does not elide unless told)."""
    model = header.model()
    if model is None or header.property("elide"):
        return []
    found = []
    fm = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text or header.orientation() == Qt.Orientation.Vertical:
            continue
        text = str(text)
        need = fm.horizontalAdvance(text) + 2 * margin
        have = header.sectionSize(section)
        if need > have + SLACK_PX:
            found.append(Clipped(f"{_name(header)}[{section}]", text, need, have))
    return found


def _tabs(bar: QTabBar) -> list[Clipped]:
    """Tabs whose title was elided or cut."""
    found = []
    fm = QFontMetrics(bar.font())
    for i in range(bar.count()):
        text = _visible_text(bar.tabText(i))
        icon_w = bar.iconSize().width() + 4 if not bar.tabIcon(i).isNull() else 0
        need = fm.horizontalAdvance(text) + icon_w
        have = bar.tabRect(i).width() - 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace) // 2
        if need > have + SLACK_PX:
            found.append(Clipped(f"{_name(bar)}[{i}]", text, need, have))
    return found


def clipped_texts(top: QWidget) -> list[Clipped]:
    """Every text in ``top`` (a window) and its visible children that does not fit its rect, the
    window's own title included."""
    found: list[Clipped] = []
    if top.isWindow() and top.windowTitle():
        title = top.windowTitle().replace("[*]", "")
        fm = QFontMetrics(top.font())
        need = fm.horizontalAdvance(title) + TITLE_CHROME_PX
        if need > top.width():
            found.append(Clipped(_name(top) + " title", title, need, top.width()))
    for widget in top.findChildren(QWidget):
        if widget.window() is not top.window() or not _shown(widget, top):  # a child window is checked on its own
            continue
        hit: Clipped | None = None
        if isinstance(widget, QLabel):
            hit = _label(widget)
        elif isinstance(widget, QAbstractButton):
            hit = _button(widget)
        elif isinstance(widget, QComboBox):
            hit = _combo_box(widget)
        elif isinstance(widget, QGroupBox):
            hit = _group_box(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        if hit is not None:
            found.append(hit)
    return found


def _cells(view: QAbstractItemView, tooltips: bool) -> list[Clipped]:
    """Cells in sight whose text neither fits (on one line, or wrapped when the view wraps) nor is
    the cell's tooltip (when ``tooltips`` count)."""
    model = view.model()
    if model is None:
        return []
    found = []
    fm = QFontMetrics(view.font())
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    wrap = bool(getattr(view, "wordWrap", lambda: False)())
    sight = view.viewport().rect()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())  # a list's is private
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            rect = view.visualRect(index)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text or not rect.isValid() or not rect.intersects(sight):
                continue
            text = str(text)
            if tooltips and str(index.data(Qt.ItemDataRole.ToolTipRole) or "") == text:
                continue
            have_w = rect.width() - 2 * margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                have_w -= view.iconSize().width() + 4
            if wrap:
                bounds = fm.boundingRect(QRect(0, 0, max(1, have_w), 100_000), int(Qt.TextFlag.TextWordWrap), text)
                cut = bounds.width() > have_w + SLACK_PX or bounds.height() > rect.height() + SLACK_PX
                need = bounds.height() if bounds.width() <= have_w + SLACK_PX else bounds.width()
                have = rect.height() if bounds.width() <= have_w + SLACK_PX else have_w
            else:
                need, have = max(fm.horizontalAdvance(line) for line in text.split("\n")), have_w
                cut = need > have + SLACK_PX
            if cut:
                found.append(Clipped(f"{_name(view)}[{row},{column}]", text, need, have))
    return found


def unreachable_cells(top: QWidget, tooltips: bool = True) -> list[Clipped]:
    """Every cell of the item views shown in ``top`` whose whole text the user cannot read: cut (elided)
    and without the whole text as its tooltip (``tooltips=False``: cut at all)."""
    found: list[Clipped] = []
    for view in top.findChildren(QAbstractItemView):
        if view.window() is top.window() and _shown(view, top):
            found += _cells(view, tooltips)
    return found
