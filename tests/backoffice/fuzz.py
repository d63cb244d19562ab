"""A bounded property-based fuzz run of the back office's API (schemathesis) against a live server.

Every operation of ``/openapi.json`` gets generated requests, valid ones and invalid ones, each sent
as a role drawn per request (anonymous, agent, supervisor, logistics, admin). Each answer is checked:
no 5xx, a status the operation documents, the documented content type, and a body that matches the
documented schema of that status. A fixed seed makes a run repeatable.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.fixtures.backoffice import BackofficeProcess

ROLES = (None, "agent", "supervisor", "logistics", "admin")
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SKIPPED = {
    "POST /api/v1/auth/logout": "would end the session the other requests of that role use",
    "GET /api/v1/events/stream": "an endless event stream (tests/backoffice/test_live_events.py)",
}
FIXED_QUERY = {
    # long polls: answer at once instead of holding the run for up to a minute
    "GET /api/v1/changes/watch": {"timeout": 0},
    "GET /api/v1/presence/watch": {"timeout": 0},
}


@dataclass
class FuzzReport:
    requests: int = 0
    operations: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def fuzz(server: BackofficeProcess, *, examples: int, negative_examples: int, run_seed: int = 1812) -> FuzzReport:
    """Fuzz every operation of ``server``: ``examples`` valid and ``negative_examples`` invalid requests each."""
    started = time.monotonic()
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    sessions = {role: _session(server, role) for role in ROLES}
    report = FuzzReport()
    for result in schema.get_all_operations():
        operation = result.ok()
        label = f"{operation.method.upper()} {operation.path}"
        if label in SKIPPED:
            continue
        report.operations += 1
        for mode, count in ((GenerationMode.POSITIVE, examples), (GenerationMode.NEGATIVE, negative_examples)):
            if count <= 0:
                continue
            cases = operation.as_strategy(generation_mode=mode, query=FIXED_QUERY.get(label))
            try:
                _run(report, sessions, st.tuples(st.sampled_from(ROLES), cases), count, run_seed)
            except Unsatisfiable:  # nothing of it can be invalid (no parameters, no body)
                pass
            except (Exception, FailureGroup) as exc:  # a check failed (shrunk): note it, go on
                report.failures.append(f"{label} ({mode.value}): {exc}")
    report.seconds = time.monotonic() - started
    return report


def _session(server: BackofficeProcess, role: str | None) -> requests.Session:
    session = requests.Session()
    if role is not None:
        session.headers["Authorization"] = f"Bearer {server.login(role)}"
    return session


def _run(
    report: FuzzReport,
    sessions: dict[str | None, requests.Session],
    strategy: st.SearchStrategy,
    count: int,
    run_seed: int,
) -> None:
    @seed(run_seed)
    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(strategy)
    def one(drawn: tuple[str | None, schemathesis.Case]) -> None:
        role, case = drawn
        report.requests += 1
        case.call_and_validate(session=sessions[role], checks=CHECKS, timeout=10)

    one()
