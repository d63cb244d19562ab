"""The supervisors' campaigns window against the real back office: an empty "not dialled now" list says
why it is empty (nothing chosen, or nothing held back), in English and in Chinese (trial finding: it was
a blank box)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.agent_desktop.features.campaigns.conftest import new_campaign


def test_the_empty_not_dialled_list_says_why(desk, team, qtbot, chinese) -> None:
    chinese.set_language("en")
    new_campaign(team, [("+8613900000031", ""), ("+8613900000032", "")])
    sup = desk("sup1")
    qtbot.waitUntil(lambda: sup.feature.action.isVisible(), timeout=5000)
    view = sup.feature.open_supervisor_view()
    assert view is not None
    qtbot.waitUntil(lambda: view.table.rowCount() >= 1 and view.explained is not None, timeout=5000)
    qtbot.waitUntil(lambda: view.explain.rowCount() == 0, timeout=5000)  # both may be dialled now
    assert view.explain_hint.showing() == "Nothing held back: every open record of this campaign can be dialled now."
    chinese.set_language("zh_CN")
    QApplication.processEvents()
    assert view.explain_hint.showing() == "没有被暂缓的记录：此外呼活动所有未完成的记录现在都可以拨打。"
    view.table.clearSelection()
    assert view.explain_hint.showing() == "选择一个外呼活动，查看其中哪些记录现在不拨打以及原因。"
    chinese.set_language("en")
    assert view.explain_hint.showing().startswith("Select a campaign")
