"""A dialog that does not throw away what the agent typed: Esc, Cancel or the window's close button
with something typed asks "Discard what you typed?" first (Qt).

The question is opened, not executed, so the event loop (and a ringing phone) goes on meanwhile; the
default answer keeps the form open with everything in it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeepsTyped", text)


class KeepsTyped:
    """Mixin for a QDialog subclass, listed before ``QDialog``: ``class Form(Retranslated, KeepsTyped,
    QDialog)``. The subclass says what was typed (:meth:`typed`) and calls :meth:`remember_typed` once
    its fields are filled; closing it with anything else typed asks first."""

    discard_box: QMessageBox | None = None
    """The question while it is open (tests answer it)."""

    _typed_at_start: object = None

    def typed(self) -> object:
        """What the agent typed, comparable (e.g. a tuple of the texts)."""
        raise NotImplementedError

    def remember_typed(self) -> None:
        self._typed_at_start = self.typed()

    def reject(self) -> None:
        base: Any = super()
        if self.typed() == self._typed_at_start:
            base.reject()
            return
        if self.discard_box is not None:  # asked already: bring the question forward
            self.discard_box.raise_()
            self.discard_box.activateWindow()
            return
        dialog: Any = self
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Discard what you typed?"), "", parent=dialog)
        box.setText(_tr("Close this form and lose what you typed in it?"))
        discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(_tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.discard_box = None
            box.deleteLater()
            if box.clickedButton() is discard:
                QDialog.reject(dialog)

        box.finished.connect(answered)
        self.discard_box = box
        box.open()
