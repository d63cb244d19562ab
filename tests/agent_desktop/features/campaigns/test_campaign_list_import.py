"""Importing a campaign's list from the campaigns window against the real back office over HTTP: the
file's first rows and the columns guessed from its header, a dry run, then the import whose report
names the refused rows (a bad number, a repeated one) while the good rows are the campaign's targets."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtWidgets import QDialogButtonBox

from agent_desktop.features.campaigns.core.list_file import guess_mapping, read_list
from agent_desktop.features.campaigns.labels import problem_label
from tests.agent_desktop.features.campaigns.conftest import new_campaign, records
from tests.screens.clipping import clipped_texts

LIST = (
    "客户姓名,手机号码,客户编号,时区\n"
    "李娜,13900000041,,\n"
    "王强,12345,,\n"  # not a number: refused
    "张伟,139-0000-0042,,Asia/Urumqi\n"
    "李娜,+86 139 0000 0041,,\n"  # row 2's number again: refused
)


def test_the_header_names_guess_the_columns(tmp_path):
    assert guess_mapping(["客户姓名", "手机号码", "客户编号", "时区", "备注"]) == {
        "phone": "手机号码",
        "customer_id": "客户编号",
        "time_zone": "时区",
        "name": "客户姓名",
        "notes": "备注",
    }
    assert guess_mapping(["Name", "Mobile", "Customer ID", "Time zone"]) == {
        "phone": "Mobile",
        "customer_id": "Customer ID",
        "time_zone": "Time zone",
        "name": "Name",
    }
    assert guess_mapping(["A", "B"]) == {"phone": "A"}
    book = Workbook()
    sheet = book.active
    sheet.append(["13900000051", "王芳"])
    sheet.append([13900000052, "赵磊"])  # Excel keeps it as a number
    book.save(tmp_path / "list.xlsx")
    read = read_list(tmp_path / "list.xlsx", header=False)
    assert (read.format, read.columns, read.rows, read.lines) == (
        "xlsx",
        ["A", "B"],
        [["13900000051", "王芳"], ["13900000052", "赵磊"]],
        [1, 2],
    )


def test_a_supervisor_imports_a_list_and_sees_the_bad_and_repeated_rows(desk, team, qtbot, chinese, tmp_path):
    chinese.set_language("en")
    campaign = new_campaign(team, [])
    path = tmp_path / "回访名单.csv"
    path.write_bytes(LIST.encode("gb18030"))  # as Excel in China saves it
    sup = desk("sup1")
    qtbot.waitUntil(lambda: sup.feature.action.isVisible(), timeout=5000)
    view = sup.feature.open_supervisor_view()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and view.import_button.isEnabled(), timeout=5000)
    dialog = view.open_import()
    assert dialog is not None and not dialog.send_button.isEnabled()  # no file yet
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=5000)
    assert [dialog.preview.horizontalHeaderItem(c).text() for c in range(4)] == [
        "客户姓名",
        "手机号码",
        "客户编号",
        "时区",
    ]
    assert dialog.preview.rowCount() == 4 and dialog.preview.item(2, 3).text() == "Asia/Urumqi"
    assert dialog.mapping() == {"phone": "手机号码", "customer_id": "客户编号", "time_zone": "时区", "name": "客户姓名"}
    assert [dialog.preview.verticalHeaderItem(r).text() for r in range(4)] == ["2", "3", "4", "5"]  # lines
    assert dialog.column_labels["phone"].isVisible() and dialog.column_labels["phone"].text() == "Phone number:"
    dialog.columns["customer_id"].setCurrentIndex(dialog.columns["customer_id"].findData(""))  # the column is empty
    dialog.check.click()  # a dry run: the report, nothing kept
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.report.dry_run and records(team, campaign["id"]) == {}
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.report.dry_run, timeout=5000)
    assert dialog.message.text() == "2 rows kept; 2 refused"
    refused = [[dialog.refused.item(r, c).text() for c in range(3)] for r in range(dialog.refused.rowCount())]
    assert refused == [
        ["3", problem_label("invalid_number"), "12345"],
        ["5", problem_label("duplicate_in_list"), "+86 139 0000 0041"],
    ]
    assert clipped_texts(dialog) == []
    kept = records(team, campaign["id"])
    assert set(kept) == {"+8613900000041", "+8613900000042"}
    assert kept["+8613900000042"]["time_zone"] == "Asia/Urumqi" and kept["+8613900000042"]["row_number"] == 4
    chinese.set_language("zh_CN")  # the report in Chinese
    qtbot.waitUntil(lambda: dialog.send_button.text() == "导入", timeout=5000)
    assert dialog.message.text() == "保留 2 行；拒绝 2 行"
    assert dialog.refused.item(0, 1).text() == "无效号码" and dialog.refused.horizontalHeaderItem(0).text() == "行号"
    assert clipped_texts(dialog) == []
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
