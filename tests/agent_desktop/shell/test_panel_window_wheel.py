"""Scrolling a form in its window with the mouse wheel scrolls it and changes none of its choices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from agent_desktop.shell.panel_window import PanelWindow
from forms.order_form import OrderForm
from tests.forms.order_support import ZHANG, demo_store, services_for


@pytest.fixture
def window(qtbot, tmp_path):
    store = demo_store(tmp_path / "store.db")
    form = OrderForm(services_for(store), autosave_ms=60_000)
    form.start_new(ZHANG)
    window = PanelWindow(form, "New order")
    qtbot.addWidget(window)
    window.resize(760, 360)  # shorter than the form: it scrolls, as at 1280 x 720
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()


def turn_wheel(widget: QWidget, notches: int) -> None:
    """The wheel turned over the middle of ``widget`` (negative: towards the user, the page goes down)."""
    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_choice_scrolls_the_form_and_keeps_the_choice(window, qtbot) -> None:
    form: OrderForm = window.widget
    scroll = window.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    payment = form.payment_combo
    chosen = payment.currentText()
    assert bar.value() == 0
    turn_wheel(payment, -1)  # scrolling down the page, the payment combo arrived under the pointer
    assert payment.currentText() == chosen
    assert bar.value() > 0  # the turn scrolled the window instead
    form.delivery_combo.setFocus()
    qtbot.waitUntil(form.delivery_combo.hasFocus)
    delivery = form.delivery_combo.currentText()
    turn_wheel(form.delivery_combo, -1)  # clicked or tabbed into: the wheel chooses, as before
    assert form.delivery_combo.currentText() != delivery
