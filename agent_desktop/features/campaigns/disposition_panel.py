"""After an answered campaign call: the campaign's disposition (sale, call back at a time, not
interested, wrong person, answering machine), with the agent's notes. A call back the campaign can no
longer make (at or after the record's last calling minute before the deadline) goes to the general Call
Back queue: the panel says so before the agent confirms."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtWidgets import QDateTimeEdit, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from resources.colours import tint

DISPOSITIONS = ("sale", "not_interested", "wrong_person", "machine")


class DispositionPanel(QGroupBox):
    sig_chosen = Signal(str, object)
    """(disposition key, the call back's time as an aware UTC datetime or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue_from: datetime | None = None
        """A call back at or after this goes to the general Call Back queue (None: not known)."""
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
        self.when.dateTimeChanged.connect(lambda _when: self._show_queue_note())
        self.call_back = QPushButton()
        self.call_back.clicked.connect(self._call_back)
        grid.addWidget(self.when, 3, 0)
        grid.addWidget(self.call_back, 3, 1)
        self.queue_note = QLabel()
        self.queue_note.setWordWrap(True)
        tint(self.queue_note, "warning")
        self.queue_note.hide()
        grid.addWidget(self.queue_note, 4, 0, 1, 2)
        self.notes = QLineEdit()
        self.notes.setMaxLength(4000)
        grid.addWidget(self.notes, 5, 0, 1, 2)
        self.retranslateUi()

    def ask(self, queue_from: datetime | None = None) -> None:
        """Show the choices, the call back proposed for tomorrow at this time; ``queue_from``: from when
        a call back goes to the general Call Back queue."""
        self.queue_from = queue_from
        self.notes.clear()
        self.when.setDateTime(QDateTime.currentDateTime().addDays(1))
        self._show_queue_note()
        self.show()

    def chosen_time(self) -> datetime:
        local = self.when.dateTime().toPython()
        assert isinstance(local, datetime)
        return local.astimezone(timezone.utc)

    def to_call_back_queue(self, at: datetime) -> bool:
        """A call back at ``at`` goes to the general Call Back queue, not to the campaign."""
        return self.queue_from is not None and at >= self.queue_from

    def _show_queue_note(self) -> None:
        later = self.to_call_back_queue(self.chosen_time())
        self.queue_note.setVisible(later)
        self.retranslateUi()

    def _call_back(self) -> None:
        at = self.chosen_time()
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
        later = self.queue_note.isVisibleTo(self)
        self.call_back.setText(self.tr("Hand to the Call Back queue") if later else self.tr("Call back then"))
        if self.queue_from is not None:
            last = QDateTime.fromSecsSinceEpoch(int(self.queue_from.timestamp())).toString("yyyy-MM-dd HH:mm")
            self.queue_note.setText(
                self.tr(
                    "The campaign calls this customer until {0} at the latest: a later call back goes to the "
                    "general Call Back queue, for any agent to make, and the campaign counts this record as done."
                ).format(last)
            )
        self.notes.setPlaceholderText(self.tr("Notes (kept with the result and the call back)"))
