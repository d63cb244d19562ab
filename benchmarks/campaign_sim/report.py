"""The shift's figures: per arm, dials per agent-hour and where the agents' time went."""

from __future__ import annotations

from collections import Counter
from typing import Any


def summarise(results: list[dict[str, Any]]) -> dict[str, float]:
    agent_s = sum(r["total"] for r in results)
    spent: Counter[str] = Counter()
    for r in results:
        spent.update(r["spent"])
    dials = sum(len(r["dials"]) for r in results)
    out = {
        "dials": dials,
        "agent_hours": agent_s / 3600,
        "per_agent_hour": dials / (agent_s / 3600) if agent_s else 0.0,
        "waiting_share": (spent["ring_unanswered"] + spent["idle"]) / agent_s if agent_s else 0.0,
    }
    for what, seconds in spent.items():
        out[f"share_{what}"] = seconds / agent_s if agent_s else 0.0
    return out


def line(name: str, summary: dict[str, float]) -> str:
    shares = " ".join(f"{k[6:]}={v:.3f}" for k, v in sorted(summary.items()) if k.startswith("share_"))
    return (
        f"{name}: dials={summary['dials']} agent_hours={summary['agent_hours']:.1f}"
        f" per_agent_hour={summary['per_agent_hour']:.1f} waiting_share={summary['waiting_share']:.3f} {shares}"
    )


def renewals(results: list[dict[str, Any]]) -> str:
    """The claim renewals' answers over every agent."""
    counts: Counter[str] = Counter()
    for r in results:
        counts.update(r.get("renewals", {}))
    return "claim renewals: " + (", ".join(f"{k} {n}" for k, n in sorted(counts.items())) or "none")
