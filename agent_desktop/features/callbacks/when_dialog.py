"""The call-back question: when to call the customer back (now, in N minutes, at a date and time) and
what about. It proposes the next slot in the customer's preferred call window and warns (without
stopping the agent) when the chosen time is outside it. Opened with ``open()``: the window never waits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.features.callbacks.core.schedule import in_window, next_slot
from agent_desktop.shell.local_time import local_time
from crm.i18n import QT_TRANSLATE_NOOP
from crm.phones import format_phone
from crm.store.todos import utc_now
from resources.live_text import Retranslated

WINDOW_LABELS = {  # as the customer card shows them
    "anytime": QT_TRANSLATE_NOOP("CustomerCardView", "Any time"),
    "morning": QT_TRANSLATE_NOOP("CustomerCardView", "Morning (09-12)"),
    "afternoon": QT_TRANSLATE_NOOP("CustomerCardView", "Afternoon (12-18)"),
    "evening": QT_TRANSLATE_NOOP("CustomerCardView", "Evening (18-21)"),
    "weekend": QT_TRANSLATE_NOOP("CustomerCardView", "Weekend"),
}
MAX_NOTE = 200  # a call back's reason (ShortText)
NOW, IN_MINUTES, AT = 0, 1, 2


def window_label(window: str) -> str:
    return QCoreApplication.translate("CustomerCardView", WINDOW_LABELS.get(window, window))


class CallbackWhenDialog(Retranslated, QDialog):
    """``due_at()`` (None: as soon as possible) and ``note()`` once ``accepted``."""

    def __init__(
        self,
        name: str,
        number: str,
        window: str = "",
        note: str = "",
        *,
        region: str = "CN",
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callback_when_dialog")
        self.name, self.number, self.call_window = name, format_phone(number, region), window
        self.clock = clock
        now = clock()
        slot = next_slot(window, now)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.preferred = QLabel(self)
        self.preferred.setTextFormat(Qt.TextFormat.PlainText)
        self.choice = QButtonGroup(self)
        self.now_radio, self.in_radio, self.at_radio = (QRadioButton(self) for _ in range(3))
        for code, radio in ((NOW, self.now_radio), (IN_MINUTES, self.in_radio), (AT, self.at_radio)):
            self.choice.addButton(radio, code)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(30)
        self.minutes.setSingleStep(5)
        self.at_edit = QDateTimeEdit(self)
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int((slot if slot > now else now + timedelta(hours=1)).timestamp()))
        )
        self.warning = QLabel(self)
        self.warning.setObjectName("callback_window_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b35c00;")
        self.warning.setMinimumHeight(2 * self.warning.fontMetrics().lineSpacing())  # no jump when it comes
        self.note_caption = QLabel(self)
        self.note_edit = QLineEdit(note[:MAX_NOTE], self)
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_caption.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.now_radio, 0, 0, 1, 2)
        grid.addWidget(self.in_radio, 1, 0)
        grid.addWidget(self.minutes, 1, 1)
        grid.addWidget(self.at_radio, 2, 0)
        grid.addWidget(self.at_edit, 2, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.preferred)
        layout.addLayout(grid)
        layout.addWidget(self.warning)
        layout.addWidget(self.note_caption)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        (self.at_radio if slot > now else self.now_radio).setChecked(True)
        self.choice.idToggled.connect(lambda _id, _on: self._update())
        self.minutes.valueChanged.connect(lambda _v: self._choose(self.in_radio))
        self.at_edit.dateTimeChanged.connect(lambda _d: self._choose(self.at_radio))
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Call back"))
        self.heading.setText(
            self.tr("Call back {0} ({1})").format(self.name, self.number)
            if self.name
            else self.tr("Call back {0}").format(self.number)
        )
        known = self.call_window in WINDOW_LABELS and self.call_window != "anytime"
        self.preferred.setVisible(known)
        self.preferred.setText(self.tr("Preferred call window: {0}").format(window_label(self.call_window)))
        self.now_radio.setText(self.tr("&As soon as possible"))
        self.in_radio.setText(self.tr("&In (minutes):"))
        self.minutes.setSuffix(self.tr(" min"))
        self.at_radio.setText(self.tr("A&t:"))
        self.note_caption.setText(self.tr("&Note (what to call about):"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Schedule call back"))
        self._update()

    def _choose(self, radio: QRadioButton) -> None:
        if not radio.isChecked():
            radio.setChecked(True)  # _update follows (idToggled)
        else:
            self._update()

    def when(self) -> datetime:
        """The time chosen (now for "as soon as possible")."""
        now = self.clock()
        choice = self.choice.checkedId()
        if choice == IN_MINUTES:
            return now + timedelta(minutes=self.minutes.value())
        if choice == AT:
            return datetime.fromtimestamp(self.at_edit.dateTime().toSecsSinceEpoch(), timezone.utc)
        return now

    def due_at(self) -> datetime | None:
        """When the call back is due; None for as soon as possible (a time already past counts as now)."""
        if self.choice.checkedId() == NOW:
            return None
        when = self.when()
        return when if when > self.clock() else None

    def note(self) -> str:
        return self.note_edit.text().strip()

    def _update(self) -> None:
        when, now = self.when(), self.clock()
        if self.choice.checkedId() == AT and when <= now:
            text = self.tr("This time has passed: the call back is due at once.")
        elif not in_window(self.call_window, when):
            text = self.tr("{0} is outside the customer's preferred call window: {1}.").format(
                local_time(when, now), window_label(self.call_window)
            )
        else:
            text = ""
        self.warning.setText(text)
