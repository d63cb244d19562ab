"""After an answered campaign call: the campaign's disposition (sale, call back at a time, not
interested, wrong person, answering machine)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtWidgets import QDateTimeEdit, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

DISPOSITIONS = ("sale", "not_interested", "wrong_person", "machine")


class DispositionPanel(QGroupBox):
    sig_chosen = Signal(str, object)
    """(disposition key, the call back's time as an aware UTC datetime or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.addWidget(self.hint, 0, 0, 1, 2)
        for i, key in enumerate(DISPOSITIONS):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, k=key: self.sig_chosen.emit(k, None))
            self.buttons[key] = button
            grid.addWidget(button, 1 + i // 2, i % 2)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.call_back = QPushButton()
        self.call_back.clicked.connect(self._call_back)
        grid.addWidget(self.when, 3, 0)
        grid.addWidget(self.call_back, 3, 1)
        self.retranslateUi()

    def ask(self) -> None:
        """Show the choices, the call back proposed for tomorrow at this time."""
        self.when.setDateTime(QDateTime.currentDateTime().addDays(1))
        self.show()

    def _call_back(self) -> None:
        local = self.when.dateTime().toPython()
        assert isinstance(local, datetime)
        at = local.astimezone(timezone.utc)
        if at <= datetime.now(timezone.utc) + timedelta(minutes=1):
            self.hint.setText(self.tr("Choose a call back time in the future."))
            return
        self.sig_chosen.emit("call_back", at)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("How did the call end?"))
        self.hint.setText(self.tr("Choose the campaign's result for this customer."))
        texts = {
            "sale": self.tr("Sale (opens an order)"),
            "not_interested": self.tr("Not interested"),
            "wrong_person": self.tr("Wrong person"),
            "machine": self.tr("Answering machine or fax"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.call_back.setText(self.tr("Call back then"))
