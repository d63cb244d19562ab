"""Demo caller: a separate process that phones the running desktop as a seeded demo customer.

    python -m softphone.demo_caller --to sip:agent@127.0.0.1:5070

It calls with the customer's number in From and P-Asserted-Identity, the number the customer dialled
(the advert's, ``--dnis``: 400-810-8888 by default) in Diversion, plus X- headers, plays a short
spoken prompt (resources/sounds/demo_prompt.wav) in a loop once answered, and ends when the agent
hangs up (or after ``--max-s``). Exit status 0 when the call was answered.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import sys
import tempfile
import threading
from pathlib import Path

from softphone.engine.audio_io import PacedDevice, wav_source
from softphone.engine.config import EngineConfig
from softphone.engine.engine import SipEngine
from softphone.engine.events import CallChanged, CallState, EngineFailed, Outcome

logger = logging.getLogger(__name__)

PROMPT = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "demo_prompt.wav"
DEMO_NUMBER = "13800138000"  # 张伟 in the seeded demo data
DEMO_NAME = "Zhang Wei"
DEMO_DNIS = "4008108888"  # 400-810-8888, a seeded media source (the advert the customer called from)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m softphone.demo_caller", description=__doc__.splitlines()[0])
    p.add_argument("--to", required=True, help="the desktop's address, e.g. sip:agent@127.0.0.1:5070")
    p.add_argument("--number", default=DEMO_NUMBER, help="caller number (default: the seeded demo customer)")
    p.add_argument("--name", default=DEMO_NAME, help="caller display name")
    p.add_argument("--dnis", default=DEMO_DNIS, help="the number the customer dialled, sent in Diversion")
    p.add_argument("--customer-id", default="", help="X-Customer-Id header value (optional)")
    p.add_argument("--campaign", default="demo", help="X-Campaign header value")
    p.add_argument("--prompt", default=str(PROMPT), help="16 kHz mono WAV to play once answered")
    p.add_argument("--max-s", type=float, default=120.0, help="hang up after this long")
    p.add_argument("--bind", default="127.0.0.1", help="local address for SIP and RTP")
    return p


def demo_headers(args: argparse.Namespace) -> dict[str, str]:
    """Identity headers a PBX would add for this caller."""
    headers = {
        "P-Asserted-Identity": f'"{args.name}" <sip:+86{args.number}@{args.bind}>',
        "Diversion": f"<sip:{args.dnis}@{args.bind}>;reason=unconditional",
        "X-Campaign": args.campaign,
        "X-Demo-Call": "1",
    }
    if args.customer_id:
        headers["X-Customer-Id"] = args.customer_id
    return headers


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    faulthandler.enable()  # should it ever crash, the launching app's log shows where
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    log_file = str(Path(tempfile.gettempdir()) / "agent-desktop-demo-caller-pjsip.log")
    config = EngineConfig(
        username=args.number,
        display_name=args.name,
        local_port=0,
        bind_address=args.bind,
        log_file=log_file,
        max_lines=1,
    )
    engine = SipEngine(config, audio_device=PacedDevice(source=wav_source(args.prompt)))
    done = threading.Event()
    result: dict[str, object] = {}

    def on_event(event: object) -> None:
        if isinstance(event, EngineFailed):
            result["error"] = f"{event.message}: {event.detail}"
            done.set()
        elif isinstance(event, CallChanged):
            if event.state == CallState.ACTIVE and "answered" not in result:
                result["answered"] = True
                logger.info("answered; playing the demo prompt")
            elif event.state == CallState.DISCONNECTED:
                result["outcome"] = event.outcome
                logger.info(
                    "call ended: %s (%s %s)", event.outcome.value if event.outcome else "?", event.code, event.reason
                )
                done.set()

    engine.subscribe(on_event)
    engine.start()
    if not engine.wait_started(10):
        print(f"demo caller could not start: {result.get('error', 'unknown error')}", file=sys.stderr)
        engine.stop()
        return 2
    logger.info("calling %s as %s <%s>", args.to, args.name, args.number)
    key = engine.dial(args.to, headers=demo_headers(args))
    if not done.wait(args.max_s):
        engine.hangup(key)
        done.wait(5)
    engine.stop()
    return 0 if result.get("outcome") == Outcome.ANSWERED else 1


if __name__ == "__main__":
    sys.exit(main())
