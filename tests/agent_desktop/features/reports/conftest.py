"""The report screens against the real back office over HTTP (SQLite), on the generated call centre
of the back office's report tests (``tests/backoffice/report_reference.py``)."""

from __future__ import annotations

import pytest

from tests.backoffice.test_reports import centre  # noqa: F401  (a fixture over ``bo``)
from tests.fixtures.backoffice import BackofficeProcess


@pytest.fixture
def bo(reports_server: BackofficeProcess) -> BackofficeProcess:
    return reports_server
