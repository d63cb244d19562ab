"""The question asked before couriers or tracking numbers that are typed but not confirmed would be
lost (a reload, another queue, closing the window): confirm them, discard them, or go back."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnconfirmedBox", text)


def ask_unconfirmed(
    parent: QWidget,
    count: int,
    confirm_text: str,
    on_confirm: Callable[[], None],
    on_discard: Callable[[], None],
    on_cancel: Callable[[], None],
) -> QMessageBox:
    """Ask window-modally (the box does not block: exactly one of the three callbacks runs once the
    agent answers; Escape or closing the box is Cancel). ``confirm_text`` names the confirmation
    (sorting or shipment)."""
    box = QMessageBox(parent)
    box.setObjectName("unconfirmed_box")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unconfirmed changes"))
    box.setText(_tr("%1 orders have a courier or tracking number that is not confirmed yet.").replace("%1", str(count)))
    box.setInformativeText(_tr("Confirm them now, discard them, or cancel and go on editing?"))
    confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    confirm.setObjectName("confirm_button")
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discard_button")
    cancel = box.addButton(_tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancel_button")
    box.setDefaultButton(confirm)
    box.setEscapeButton(cancel)

    def answered(button: QAbstractButton) -> None:
        name = button.objectName()
        if name == "confirm_button":
            on_confirm()
        elif name == "discard_button":
            on_discard()
        else:
            on_cancel()

    box.buttonClicked.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
