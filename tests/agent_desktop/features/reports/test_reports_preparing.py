"""The report window while the back office counts every call again (after an upgrade, or here after a
threshold changed; PostgreSQL, the count held back by taking its advisory lock): the report says, in
Chinese, that the reports are being prepared, at once and with the filters kept; once counted, the
same report shows."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select

from agent_desktop.features.crm_link.api import CRM, CrmService
from agent_desktop.features.reports import feature as reports_feature
from agent_desktop.features.screenpop.api import SCREENPOP
from backoffice.reports.call_rollup import COUNT_LOCK
from crm.client import ClientConfig, CrmClient
from tests.agent_desktop.features.reports.test_reports_e2e import DAY, Card
from tests.backoffice.test_reports_preparation import report_when_prepared
from tests.fixtures.backoffice import BackofficeProcess

pytestmark = pytest.mark.e2e


def test_a_report_asked_while_the_calls_are_counted_says_they_are_being_prepared(
    qtbot, make_shell, reports_server_pg: BackofficeProcess, chinese
) -> None:
    bo = reports_server_pg
    client = CrmClient(ClientConfig(bo.url, timeout_s=20, retries=0))
    client.login("admin", bo.credentials["admin"])
    shell = make_shell()
    shell.ctx.services.provide(CRM, CrmService(client, None, None, bo.url, "admin"))  # type: ignore[arg-type]
    shell.ctx.services.provide(SCREENPOP, Card())  # type: ignore[arg-type]
    feature = reports_feature.install(shell.ctx, shell.window)
    admin = bo.session("admin")
    before = admin.get("/reports/settings").json()["sl_target_s"]
    engine = create_engine(bo.db_url)
    try:
        view = feature.open_reports()
        assert view is not None
        view.filter_bar.set_period(DAY, DAY)
        with engine.connect() as conn:
            conn.execute(select(func.pg_advisory_lock(COUNT_LOCK)))  # the count waits for it
            conn.commit()
            assert admin.put("/reports/settings", json={"sl_target_s": before + 3}).status_code == 200
            with qtbot.waitSignal(view.loader.sig_failed, timeout=15_000):
                view.run()
            assert view.error_label.isVisible() and "后台仍在准备报表" in view.error_label.text(), (
                view.error_label.text()
            )
            assert view.filter_bar.filters().first_day == DAY and view.show_button.isEnabled()
            conn.execute(select(func.pg_advisory_unlock(COUNT_LOCK)))
            conn.commit()
        assert admin.put("/reports/settings", json={"sl_target_s": before}).status_code == 200
        report_when_prepared(admin, {"interval": "hour"})
        with qtbot.waitSignal(view.sig_loaded, timeout=20_000):
            view.run()
        assert not view.error_label.isVisible()
    finally:
        admin.put("/reports/settings", json={"sl_target_s": before})
        engine.dispose()
        feature.shutdown()
        client.close()
