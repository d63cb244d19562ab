"""Demo data: fixed demo users and customers plus N generated Chinese customers with history.

Fixed, documented demo data (ids are stable: ``demo_id("customer:zhangwei")``):

* users (username / password): ``admin`` / ``admin-demo``, ``supervisor`` / ``supervisor-demo``,
  ``agent`` / ``agent-demo``, ``logistics`` / ``logistics-demo``; plus ``agent001``… ``agentNNN`` with
  ``agent-demo`` (for load tests). Teams: ``supervisor``, ``agent`` and the first half of the numbered
  agents are in team ``A组`` (:data:`DEMO_TEAM`), the others in ``B组``; ``admin`` and ``logistics`` in
  none (an admin sees every team). So the demo supervisor's wallboard, reports and campaigns are team
  A组's, and the demo agent works its campaigns;
* 张伟 — mobile 13800138000, home 010-62345678, Beijing, VIP 3, one delivered and one new order,
  an **open** high-severity complaint, three contact events;
* 李娜 — mobile 13912345678, Shanghai, a shipped order, a pending callback via 400-810-8888;
* 王芳 — work 0571-87654321 and mobile 13700001111, Hangzhou, a resolved complaint;
* blocked number 17000000000 (harassment); media sources for 400-810-8888, 400-820-8820, ... .

The random customers' orders are all taken at least a day before the seeding: the demo has no calls,
and a real centre's orders of the day are taken on its calls of the day.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select, update

from backoffice import demo_data as d
from backoffice import tables as t
from backoffice.bulk import BulkWriter
from backoffice.catalog import all_resources
from backoffice.db import COUNTER_CHANGES, Database, driver_connection, read_counter, set_order_serial
from backoffice.demo_fixed import add_fixed_demo
from backoffice.documents import fill_missing
from backoffice.resources.customers import name_initials, tags_index
from backoffice.security import hash_password
from crm.phones import normalize_phone

logger = logging.getLogger(__name__)

DEMO_TEAM = "A组"
"""The demo supervisor's and the demo agent's team (with the first half of the numbered agents)."""
DEMO_TEAM_2 = "B组"
"""The other half of the numbered agents' team."""
DEMO_USERS = (  # username, password, role, display name, team
    ("admin", "admin-demo", "admin", "系统管理员", ""),
    ("supervisor", "supervisor-demo", "supervisor", "班长 刘洋", DEMO_TEAM),
    ("agent", "agent-demo", "agent", "坐席 陈静", DEMO_TEAM),
    ("logistics", "logistics-demo", "logistics", "物流 赵强", ""),
)
AGENT_PASSWORD = "agent-demo"
_NS = uuid.UUID("5b0f3c1e-9a57-4c55-9d0e-4d3f6b1a2c00")
COMMIT_EVERY = 50000
_LANDLINES: dict[tuple[str, int], bool] = {}  # (area code, digits) known to give valid numbers


def demo_id(name: str) -> str:
    """The stable id of a fixed demo record, e.g. ``demo_id("customer:zhangwei")``."""
    return str(uuid.uuid5(_NS, name))


@dataclass
class SeedReport:
    customers: int
    rows: int
    seconds: float


class Seeder:
    """Generates rows into a :class:`BulkWriter`, numbering change sequences as it goes."""

    def __init__(self, writer: BulkWriter, rng: random.Random, now: datetime) -> None:
        self.w = writer
        self.rng = rng
        self.now = now
        self.seq = 0
        self.order_serial = 0
        self.agent_ids: list[str] = []
        self.product_rows: list[dict[str, Any]] = []
        self.media_ids: list[str] = []

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def record(self, table: Any, row: dict[str, Any], created: datetime | None = None) -> dict[str, Any]:
        self.seq += 1
        created = created or self.now
        full = {
            "id": row.pop("id", None) or self.uid(),
            "version": 1,
            "created_at": created,
            "updated_at": created,
            "change_seq": self.seq,
            **row,
        }
        self.w.add(table, full)
        return full

    def users(self, agents: int) -> None:
        for username, password, role, display, team in DEMO_USERS:
            self.record(
                t.users,
                {
                    "id": demo_id(f"user:{username}"),
                    "username": username,
                    "display_name": display,
                    "role": role,
                    "password_hash": hash_password(password),
                    "active": True,
                    "team": team,
                },
            )
        self.agent_ids.append(demo_id("user:agent"))
        shared_hash = hash_password(AGENT_PASSWORD)
        for i in range(1, agents + 1):
            name = f"agent{i:03d}"
            row = self.record(
                t.users,
                {
                    "id": demo_id(f"user:{name}"),
                    "username": name,
                    "display_name": f"坐席{i:03d}",
                    "role": "agent",
                    "password_hash": shared_hash,
                    "active": True,
                    "team": DEMO_TEAM if i <= (agents + 1) // 2 else DEMO_TEAM_2,
                },
            )
            self.agent_ids.append(row["id"])

    def catalogue(self) -> None:
        for sku, name, price, category in d.PRODUCTS:
            self.product_rows.append(
                self.record(
                    t.products,
                    {
                        "id": demo_id(f"product:{sku}"),
                        "sku": sku,
                        "name": name,
                        "price_cents": price * 100,
                        "stock": self.rng.randint(50, 5000),
                        "category": category,
                        "active": True,
                    },
                )
            )
        for dnis, channel, programme, advert, campaign in d.MEDIA:
            self.media_ids.append(
                self.record(
                    t.media_sources,
                    {
                        "id": demo_id(f"media:{dnis}"),
                        "dnis": normalize_phone(dnis),
                        "channel": channel,
                        "programme": programme,
                        "advert": advert,
                        "campaign": campaign,
                        "active": True,
                    },
                )["id"]
            )

    def when(self, after: datetime, until: datetime | None = None) -> datetime:
        """A time between ``after`` and ``until`` (now when not given)."""
        span = max(1.0, ((self.now if until is None else until) - after).total_seconds())
        return after + timedelta(seconds=self.rng.random() * span)

    def order_time(self, after: datetime) -> datetime:
        """When a random order was taken: after ``after`` but a day before the seeding at the latest.
        The demo has no calls, and a centre's orders of the day are taken on its calls of the day."""
        until = self.now - timedelta(days=1)
        return self.when(min(after, until), until)

    def order(
        self,
        customer: dict[str, Any],
        created: datetime,
        status: str | None = None,
        lines: list[tuple[dict[str, Any], int]] | None = None,
        row_id: str | None = None,
        phone: str | None = None,
    ) -> dict[str, Any]:
        """An order of ``customer`` delivered to the customer's address; ``phone`` is the recipient's
        (the customer's first phone, as the order form proposes)."""
        r = self.rng
        if lines is None:
            lines = [(p, r.choice((1, 1, 1, 2, 3))) for p in r.sample(self.product_rows, r.choice((1, 1, 2, 3)))]
        if status is None:
            age = (self.now - created).days
            status = (
                r.choices(("delivered", "returned", "cancelled", "shipped"), (80, 5, 5, 10))[0]
                if age > 14
                else r.choice(("ordered", "sorted", "shipped"))
            )
        shipped = status in ("shipped", "delivered", "returned")
        self.order_serial += 1
        address = {k: customer[k] for k in ("province", "city", "district", "street", "postal_code")}
        order = self.record(
            t.orders,
            {
                "id": row_id,
                "number": f"SO{created:%Y%m%d}-{self.order_serial:06d}",
                "customer_id": customer["id"],
                "total_cents": sum(p["price_cents"] * q for p, q in lines),
                "delivery_method": "courier",
                "delivery_address": address,
                "recipient_name": customer["name"],
                "recipient_phone": phone,
                "payment_method": r.choice(("cod", "cod", "alipay", "wechat_pay", "bank_card")),
                "media_source_id": r.choice(self.media_ids),
                "call_log_id": None,
                "invoice_title": "",
                "tax_id": "",
                "rush": r.random() < 0.05,
                "requests": "",
                "status": status,
                "status_reason": "",
                "courier": r.choice(d.COURIERS) if shipped else "",
                "tracking_number": f"SF{r.randrange(10**11, 10**12)}" if shipped else "",
                "agent_id": r.choice(self.agent_ids),
                "shipped_at": created + timedelta(days=1) if shipped else None,
            },
            created,
        )
        for pos, (product, qty) in enumerate(lines):
            self.w.add(
                t.order_lines,
                {
                    "order_id": order["id"],
                    "position": pos,
                    "sku": product["sku"],
                    "name": product["name"],
                    "quantity": qty,
                    "unit_price_cents": product["price_cents"],
                },
            )
        return order

    def contact(self, customer: dict[str, Any], when: datetime, summary: str | None = None) -> None:
        r = self.rng
        self.record(
            t.contacts,
            {
                "customer_id": customer["id"],
                "channel": r.choices(("call", "sms", "note", "wechat"), (70, 10, 15, 5))[0],
                "direction": r.choice(("inbound", "inbound", "outbound")),
                "occurred_at": when,
                "agent_id": r.choice(self.agent_ids),
                "summary": summary or r.choice(d.CONTACT_SUMMARIES),
                "disposition": r.choice(d.DISPOSITIONS),
                "call_log_id": None,
            },
            when,
        )

    def complaint(
        self,
        customer: dict[str, Any],
        order_id: str | None,
        created: datetime,
        status: str,
        category: str,
        summary: str,
        severity: str = "medium",
        row_id: str | None = None,
    ) -> None:
        self.record(
            t.complaints,
            {
                "id": row_id,
                "customer_id": customer["id"],
                "order_id": order_id,
                "category": category,
                "severity": severity,
                "status": status,
                "summary": summary,
                "description": "",
                "resolution": "已补发/退款" if status in ("resolved", "closed") else "",
                "due_at": created + timedelta(days=3),
                "assignee_id": self.rng.choice(self.agent_ids),
                "created_by": self.rng.choice(self.agent_ids),
            },
            created,
        )

    def customer(self, row: dict[str, Any], phones: Sequence[tuple[str, ...]], created: datetime) -> dict[str, Any]:
        if "name_initials" not in row:
            row["name_initials"] = name_initials(row["name"])
        row["tags_index"] = tags_index(row["tags"])
        customer = self.record(t.customers, row, created)
        for pos, (number, kind, *canonical) in enumerate(phones):
            self.w.add(
                t.customer_phones,
                {
                    "customer_id": customer["id"],
                    "position": pos,
                    "number": number,
                    "normalized": canonical[0] if canonical else normalize_phone(number),
                    "type": kind,
                },
            )
        return customer

    def landline(self, area: str) -> tuple[str, str, str]:
        """A valid landline in ``area`` (8-digit local numbers, 7 where the city uses 7)."""
        for digits in (8, 7):
            number = f"{area}-{self.rng.randrange(2 * 10 ** (digits - 1), 9 * 10 ** (digits - 1))}"
            known = _LANDLINES.get((area, digits))
            if known is None:
                known = _LANDLINES[(area, digits)] = normalize_phone(number).startswith("+")
            if known:
                return number, "home", f"+86{area[1:]}{number.split('-')[1]}"
        return number, "home", normalize_phone(number)

    def random_customer(self) -> None:
        r = self.rng
        surname = r.choice(d.COMPOUND_SURNAMES) if r.random() < 0.01 else r.choice(d.SURNAMES)
        given = "".join(r.choice(d.GIVEN_CHARS) for _ in range(r.choice((1, 2, 2))))
        province, city, area, districts = r.choice(d.PLACES)
        mobile = f"{r.choice(d.MOBILE_PREFIXES)}{r.randrange(10**8):08d}"
        phones = [(mobile, "mobile", "+86" + mobile)]  # generated numbers are valid: E.164 directly
        if r.random() < 0.3:
            phones.append(self.landline(area))
        created = self.now - timedelta(seconds=r.random() * 730 * 86400)
        contacts = sorted(self.when(created) for _ in range(r.choice((0, 1, 1, 2, 3))))
        customer = self.customer(
            {
                "name": surname + given,
                "name_initials": name_initials(surname) + name_initials(given),
                "province": province,
                "city": city,
                "district": r.choice(districts),
                "street": f"{r.choice(d.ROADS)}{r.randint(1, 999)}号{r.randint(1, 30)}栋{r.randint(101, 2808)}室",
                "postal_code": d.POSTAL_CODES.get(city, ""),
                "tags": r.sample(d.TAGS, r.choice((0, 0, 1, 1, 2, 3))),
                "vip_level": r.choices(range(6), (60, 15, 10, 8, 5, 2))[0],
                "accepts_samples": r.random() < 0.3,
                "follow_up_opt_in": r.random() < 0.5,
                "call_window": r.choice(("anytime", "anytime", "morning", "afternoon", "evening", "weekend")),
                "notes": "",
                "owner_id": None,
                "last_contact_at": contacts[-1] if contacts else None,
            },
            phones,
            created,
        )
        for when in contacts:
            self.contact(customer, when)
        orders = [
            self.order(customer, self.order_time(created), phone=mobile) for _ in range(r.choice((0, 0, 1, 1, 2)))
        ]
        if r.random() < 0.05:
            category, summary = r.choice(d.COMPLAINT_SUMMARIES)
            self.complaint(
                customer,
                orders[0]["id"] if orders else None,
                self.when(created),
                r.choice(("open", "in_progress", "resolved", "closed")),
                category,
                summary,
            )


def is_seeded(db: Database) -> bool:
    with db.read.connect() as conn:
        return conn.execute(select(t.users.c.id).where(t.users.c.username == "admin")).first() is not None


def seed(db: Database | str, customers: int, agents: int = 20, rng_seed: int = 2026) -> SeedReport:
    """Fill an empty database with demo data; a database that already has it is left alone.
    ``db`` is a :class:`Database` or a URL / SQLite path."""
    if not isinstance(db, Database):
        database = Database(db)
        try:
            return seed(database, customers, agents, rng_seed)
        finally:
            database.dispose()
    db.create_schema()
    if is_seeded(db):
        logger.info("database already seeded")
        return SeedReport(0, 0, 0.0)
    started = time.monotonic()
    rng = random.Random(rng_seed)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    rows = 0
    with db.write.connect() as conn:
        if db.is_sqlite:
            driver_connection(conn.connection).execute("PRAGMA synchronous=OFF")
        seq = read_counter(conn, COUNTER_CHANGES)
        seeder = Seeder(BulkWriter(conn), rng, now)
        seeder.seq = seq
        seeder.users(agents)
        seeder.catalogue()
        add_fixed_demo(seeder)
        done = 0
        while done < customers:
            batch = min(COMMIT_EVERY, customers - done)
            for _ in range(batch):
                seeder.random_customer()
            done += batch
            seeder.w.flush()
            conn.commit()  # commit in slices to keep the journal small
            logger.info("seeded %d customers", done)
        seeder.w.flush()
        conn.execute(update(t.counters).where(t.counters.c.id == COUNTER_CHANGES).values(value=seeder.seq))
        set_order_serial(conn, seeder.order_serial)
        conn.commit()
        if db.is_sqlite:
            driver_connection(conn.connection).execute("PRAGMA synchronous=FULL")  # as backoffice.db sets it
        rows = sum(seeder.w.counts.values())
    if not db.documents:
        db.documents.register(all_resources())
    fill_missing(db, chunk=5000)  # the feed documents of every seeded record
    if db.is_sqlite:
        with db.write.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
        raw = db.write.raw_connection()  # outside any transaction
        try:  # leave no big WAL behind: the server's first write would otherwise copy all of it back
            driver_connection(raw).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    else:
        with db.write.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return SeedReport(customers, rows, time.monotonic() - started)


def demo_passwords_in_use(db: Database) -> list[str]:
    """The active demo users (``admin``, ``agent``, ``agent001``, ...) whose password is still the
    demo seed's shared one: ``serve`` refuses to listen beyond loopback while there are any."""
    import re

    from backoffice.security import verify_password

    passwords = {username: password for username, password, _role, _name, _team in DEMO_USERS}
    with db.read.connect() as conn:
        rows = conn.execute(
            select(t.users.c.username, t.users.c.password_hash).where(
                t.users.c.active.is_(True),
                t.users.c.username.in_(list(passwords)) | t.users.c.username.like("agent%"),
            )
        ).all()
    verified: dict[tuple[str, str], bool] = {}  # the generated agents share one hash: checked once
    found = []
    for username, password_hash in rows:
        password = passwords.get(username) or (AGENT_PASSWORD if re.fullmatch(r"agent\d+", username) else None)
        if password is None:
            continue
        if (password_hash, password) not in verified:
            verified[password_hash, password] = verify_password(password_hash, password)
        if verified[password_hash, password]:
            found.append(username)
    return sorted(found)
