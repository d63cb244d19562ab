"""``python -m backoffice serve|seed|migrate|embedded|revision``: run the reference back office, fill it
with demo data, upgrade an existing database ahead of the server (``alembic upgrade head``), serve as the
desktop's embedded back office (:mod:`backoffice.embedded`), or write a new schema revision (developers:
:mod:`backoffice.schema`)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from crm.logfiles import DEFAULT_KEEP, DEFAULT_MAX_BYTES, LogLimits, rotating_handler

logger = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backoffice", description="Agent Desktop reference back office")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the CRM API over HTTP")
    serve.add_argument(
        "--db", default="backoffice.db", help="database URL (postgresql+psycopg://user@host/db) or SQLite file path"
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 = any free port (printed on start)")
    serve.add_argument(
        "--seed-customers",
        type=int,
        default=None,
        help="seed demo data with this many customers first when the database is empty",
    )
    serve.add_argument("--log-level", default="warning")
    serve.add_argument(
        "--workers", type=int, default=1, help="server processes sharing the port (SQLite or PostgreSQL)"
    )
    serve.add_argument(
        "--allow-demo-passwords",
        action="store_true",
        help="serve beyond loopback even though demo users still have the demo seed's passwords",
    )
    seed = sub.add_parser("seed", help="fill the database with demo data (skipped when already seeded)")
    seed.add_argument("--db", default="backoffice.db")
    seed.add_argument("--customers", type=int, default=1000)
    seed.add_argument("--agents", type=int, default=20, help="extra agent001.. users (password agent-demo)")
    migrate = sub.add_parser(
        "migrate",
        help="upgrade the database schema (alembic upgrade head) and fill every record's feed document"
        " (the server also does both when it starts; this does it before, and waits)",
    )
    migrate.add_argument("--db", default="backoffice.db")
    revision = sub.add_parser(
        "revision",
        help="developers: write a new schema revision from what the tables in code have and the database"
        " (upgraded first) lacks (alembic revision --autogenerate); check and complete it",
    )
    revision.add_argument("--db", required=True, help="a scratch database (it is upgraded first)")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument("--rev-id", help="the revision's id (default: a random one)")
    embedded = sub.add_parser(
        "embedded",
        help="the desktop's embedded back office (started by the desktop:"
        " password on stdin, ready line on stdout, stops when stdin closes)",
    )
    embedded.add_argument("--db", required=True, help="SQLite file")
    embedded.add_argument("--seed-customers", type=int, default=500)
    embedded.add_argument("--agent", default="agent", help="the local agent's user name")
    embedded.add_argument(
        "--port",
        type=int,
        default=0,
        help="serve on this loopback port (default: a free one; a restart keeps its port)",
    )
    embedded.add_argument("--log-file", help="log here, rotated by size (default: stderr)")
    embedded.add_argument("--log-max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="rotate the log at this size")
    embedded.add_argument("--log-keep", type=int, default=DEFAULT_KEEP, help="old log files kept")
    args = parser.parse_args(argv)
    log_file = getattr(args, "log_file", None)
    handlers = [rotating_handler(Path(log_file), LogLimits(args.log_max_bytes, args.log_keep))] if log_file else None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s", handlers=handlers)
    if args.command == "embedded":
        from backoffice.embedded import serve_embedded

        _quiet_gc()
        try:
            return serve_embedded(args.db, customers=args.seed_customers, agent=args.agent, port=args.port)
        except Exception:
            logger.exception("the embedded back office failed")  # into its log file, not only stderr
            return 1

    from backoffice.db import Database

    db = Database(args.db)
    if args.command == "migrate":
        return _migrate(db)
    if args.command == "revision":
        from backoffice.schema import revision as write_revision

        db.create_schema()
        write_revision(db.write, args.message, args.rev_id)
        return 0
    if args.command == "seed" or args.seed_customers is not None:
        from backoffice.seed import seed as run_seed

        report = run_seed(
            db, args.customers if args.command == "seed" else args.seed_customers, agents=getattr(args, "agents", 20)
        )
        print(f"seed customers={report.customers} rows={report.rows} seconds={report.seconds:.1f}", flush=True)
        if args.command == "seed":
            return 0
    from backoffice.server import bind_socket, make_server, serve_workers, url_of

    if not args.allow_demo_passwords and _demo_passwords_beyond_loopback(db, args.host):
        return 2
    sock = bind_socket(args.host, args.port)
    if args.workers > 1:
        db.create_schema()
        db.dispose()
        print(f"backoffice listening on {url_of(sock)}", flush=True)
        serve_workers(db.url, sock, args.workers, log_level=args.log_level)
        return 0
    server = make_server(db, log_level=args.log_level)
    print(f"backoffice listening on {url_of(sock)}", flush=True)
    _quiet_gc()
    server.run(sockets=[sock])
    return 0


def _demo_passwords_beyond_loopback(db: Any, host: str) -> bool:
    """True (and says why on stderr) when ``host`` is reachable from other machines while demo users
    still sign in with the demo seed's published passwords."""
    from backoffice.seed import demo_passwords_in_use
    from backoffice.throttle import is_loopback

    if is_loopback(host):
        return False
    db.create_schema()
    users = demo_passwords_in_use(db)
    if not users:
        return False
    shown = ", ".join(users[:5]) + (f" and {len(users) - 5} more" if len(users) > 5 else "")
    print(
        f"refusing to serve on {host}: demo users still have the demo seed's passwords ({shown})."
        " Change their passwords or deactivate them (PATCH /api/v1/users/{id}), serve on 127.0.0.1,"
        " or pass --allow-demo-passwords.",
        file=sys.stderr,
        flush=True,
    )
    return True


def _migrate(db: Any) -> int:
    from backoffice.catalog import all_resources
    from backoffice.documents import fill_missing

    db.create_schema()
    db.documents.register(all_resources())
    count = fill_missing(db, chunk=5000, progress=lambda name, n: logger.info("%s: %d documents so far", name, n))
    print(f"migrate documents={count}", flush=True)
    db.dispose()
    return 0


def _quiet_gc() -> None:
    """A dedicated server process: move start-up objects out of the collector's way and collect the
    young generation less often (full collections of a big heap show up as latency spikes)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(20000, 20, 50)


if __name__ == "__main__":
    sys.exit(main())
