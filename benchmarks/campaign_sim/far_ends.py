"""Five sipp UAS, one per result, their rings compressed like the shift's time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from campaign_sim.model import KINDS, RING_S


def _scenario(workdir: Path, kind: str, speed: float) -> Path:
    from tests.fixtures.sip import DATA

    ring_ms = round(RING_S.get(kind, 0.0) * 1000 / speed)
    pause = f'  <pause milliseconds="{ring_ms}"/>\n' if ring_ms else ""
    if kind == "no_answer":
        text = (DATA / "uas_ring_forever.xml").read_text()
    elif kind == "answer":
        text = (DATA / "uas_200.xml").read_text()
    else:
        status = {"busy": "486 Busy Here", "invalid": "404 Not Found", "reject": "603 Decline"}[kind]
        text = (DATA / "uas_final.xml").read_text().replace("[code] [reason]", status)
    if pause and kind != "no_answer":  # after the 180 Ringing: the second </send>
        first = text.index("</send>") + len("</send>")
        second = text.index("</send>", first) + len("</send>")
        text = text[:second] + "\n" + pause + text[second:]
    path = workdir / f"uas_shift_{kind}.xml"
    path.write_text(text)
    return path


def start_far_ends(workdir: Path, speed: float, run_s: float) -> dict[str, Any]:
    from tests.fixtures.sip import Sipp

    peers = {}
    for kind in KINDS:
        peer = Sipp(str(_scenario(workdir, kind, speed)), workdir, calls=10**7, timeout_s=int(run_s) + 600)
        skip = {"-trace_msg", "-message_file", str(peer.msg_file)}  # thousands of calls: no message trace
        peer.args = [a for a in peer.args if a not in skip]
        peers[kind] = peer.start()
    for peer in peers.values():
        peer.wait_listening(10)
    return peers
