"""The complaint form in Chinese: codes, validation problems and save failures are shown translated."""

from __future__ import annotations

import pytest

from crm.store import Store
from forms.complaint_form import ComplaintForm
from tests.forms.search_support import tasks  # noqa: F401 - fixture

CUSTOMER = "11111111-1111-4111-8111-111111111111"
ORDER = "44444444-4444-4444-8444-444444444444"


@pytest.fixture
def store(tmp_path):
    st = Store(tmp_path / "store.db")
    st.bulk_load(
        "customers",
        [{"id": CUSTOMER, "version": 1, "name": "张伟", "phones": [{"number": "13800138000", "type": "mobile"}]}],
        fresh=True,
    )
    st.bulk_load(
        "orders",
        [
            {
                "id": ORDER,
                "customer_id": CUSTOMER,
                "number": "SO20261118-000002",
                "created_at": "2026-11-18T10:00:00Z",
                "status": "shipped",
                "total_cents": 9900,
            }
        ],
        fresh=True,
    )
    yield st
    st.close()


def test_the_complaint_form_speaks_chinese(chinese, qtbot, tasks, store):
    form = ComplaintForm(tasks, store, CUSTOMER, order_id=ORDER)
    qtbot.addWidget(form)
    assert form.windowTitle() == "新投诉 — 张伟"
    assert form.category.itemText(form.category.findData("quality")) == "质量"
    assert form.severity.currentText() == "中" and form.severity.itemText(form.severity.findData("critical")) == "紧急"
    assert form.order.currentText() == "SO20261118-000002 · 已发货"

    form.summary.setText("收到的按摩椅有异响")
    form.description.setPlainText("很长的描述" * 1000)  # 5000 characters: the contract allows 4000
    form.save()
    assert form.message.text() == "描述：最多 4000 个字符。"

    form.description.setPlainText("客户要求换货")
    store.close()  # the local copy cannot be written (closed, disk full, ...)
    form.save()
    qtbot.waitUntil(lambda: form.message.text() == "未保存：投诉无法写入本地副本。", timeout=5000)
    assert form.buttons.isEnabled() and not form.result()


def test_the_english_complaint_form_names_categories_and_severities_in_words(qtbot, tasks, store):
    form = ComplaintForm(tasks, store, CUSTOMER, order_id=ORDER)
    qtbot.addWidget(form)
    categories = [form.category.itemText(i) for i in range(form.category.count())]
    assert categories == ["Quality", "Delivery", "Service", "Billing", "Refund", "Other"]
    severities = [form.severity.itemText(i) for i in range(form.severity.count())]
    assert severities == ["Low", "Medium", "High", "Critical"] and form.severity.currentText() == "Medium"
    assert form.order.currentText() == "SO20261118-000002 · shipped"
