"""The campaigns' test-only clock (``BACKOFFICE_CAMPAIGN_CLOCK``): a compressed day for benchmarks."""

from __future__ import annotations

import importlib
import time
from datetime import datetime, timezone

import pytest

from backoffice.campaigns import clock


@pytest.fixture
def reload_clock(monkeypatch):
    def load(value: str | None):
        if value is None:
            monkeypatch.delenv(clock.ENV, raising=False)
        else:
            monkeypatch.setenv(clock.ENV, value)
        return importlib.reload(clock)

    yield load
    monkeypatch.delenv(clock.ENV, raising=False)
    importlib.reload(clock)


def test_without_the_variable_the_campaigns_see_the_wall_clock(reload_clock):
    module = reload_clock(None)
    assert abs((module.campaign_now() - datetime.now(timezone.utc)).total_seconds()) < 1


def test_the_simulated_clock_starts_at_its_epoch_and_runs_at_its_speed(reload_clock):
    sim = datetime(2026, 12, 7, 1, 0, tzinfo=timezone.utc).timestamp()
    real = time.time() - 2.0  # started two real seconds ago, at 100×: 200 simulated seconds
    module = reload_clock(f"{real},{sim},100")
    elapsed = (module.campaign_now().timestamp() - sim) / 100
    assert 2.0 <= elapsed < 3.0


@pytest.mark.parametrize("value", ["tomorrow", "1,2", "1,2,0"])
def test_a_malformed_clock_stops_the_server_with_a_message(reload_clock, value):
    with pytest.raises(SystemExit, match="BACKOFFICE_CAMPAIGN_CLOCK"):
        reload_clock(value)
