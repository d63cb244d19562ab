"""The fixed demo records the demo caller and the documentation rely on (see backoffice.seed)."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from backoffice import tables as t
from crm.phones import normalize_phone

if TYPE_CHECKING:
    from backoffice.seed import Seeder

logger = logging.getLogger(__name__)

ZHANG_WEI_MOBILE = "13800138000"
LI_NA_MOBILE = "13912345678"
WANG_FANG_LANDLINE = "0571-87654321"
BLOCKED_NUMBER = "17000000000"


def _product(seeder: Seeder, sku: str) -> dict[str, Any]:
    return next(p for p in seeder.product_rows if p["sku"] == sku)


def add_fixed_demo(seeder: Seeder) -> None:
    from backoffice.seed import demo_id

    now = seeder.now
    agent = demo_id("user:agent")
    zhang = seeder.customer(
        {
            "id": demo_id("customer:zhangwei"),
            "name": "张伟",
            "province": "北京市",
            "city": "北京市",
            "district": "朝阳区",
            "street": "建国路88号3栋1201室",
            "postal_code": "100022",
            "tags": ["老客户", "VIP", "电视购物"],
            "vip_level": 3,
            "accepts_samples": True,
            "follow_up_opt_in": True,
            "call_window": "evening",
            "notes": "喜欢晚上来电；对按摩椅有售后问题。",
            "owner_id": agent,
            "last_contact_at": now - timedelta(days=2),
        },
        [(ZHANG_WEI_MOBILE, "mobile"), ("010-62345678", "home")],
        now - timedelta(days=400),
    )
    chair = seeder.order(
        zhang,
        now - timedelta(days=30),
        "delivered",
        [(_product(seeder, "MC-1001"), 1)],
        demo_id("order:zhangwei-chair"),
        phone=ZHANG_WEI_MOBILE,
    )
    seeder.order(
        zhang,
        now - timedelta(days=1),
        "ordered",
        [(_product(seeder, "HL-4001"), 2)],
        demo_id("order:zhangwei-fishoil"),
        phone=ZHANG_WEI_MOBILE,
    )
    seeder.complaint(
        zhang,
        chair["id"],
        now - timedelta(days=3),
        "open",
        "quality",
        "按摩椅使用时有异响",
        "high",
        demo_id("complaint:zhangwei-chair"),
    )
    for days, summary in ((30, "电视购物下单按摩椅"), (10, "反映按摩椅异响"), (2, "跟进投诉处理进度")):
        seeder.record(
            t.contacts,
            {
                "customer_id": zhang["id"],
                "channel": "call",
                "direction": "inbound",
                "occurred_at": now - timedelta(days=days),
                "agent_id": agent,
                "summary": summary,
                "disposition": "需回访",
                "call_log_id": None,
            },
            now - timedelta(days=days),
        )
    li = seeder.customer(
        {
            "id": demo_id("customer:lina"),
            "name": "李娜",
            "province": "上海市",
            "city": "上海市",
            "district": "浦东新区",
            "street": "世纪大道100号",
            "postal_code": "200120",
            "tags": ["新客户"],
            "vip_level": 0,
            "accepts_samples": True,
            "follow_up_opt_in": False,
            "call_window": "anytime",
            "notes": "",
            "owner_id": None,
            "last_contact_at": None,
        },
        [(LI_NA_MOBILE, "mobile")],
        now - timedelta(days=5),
    )
    seeder.order(
        li,
        now - timedelta(days=4),
        "shipped",
        [(_product(seeder, "BT-3001"), 1)],
        demo_id("order:lina-skincare"),
        phone=LI_NA_MOBILE,
    )
    seeder.record(
        t.callbacks,
        {
            "id": demo_id("callback:lina"),
            "number": normalize_phone(LI_NA_MOBILE),
            "customer_id": li["id"],
            "requested_at": now - timedelta(hours=1),
            "due_at": None,
            "dnis": normalize_phone("400-810-8888"),
            "media_source_id": demo_id("media:400-810-8888"),
            "reason": "询问物流进度",
            "attempts": 0,
            "status": "pending",
            "claimed_by": None,
            "claimed_at": None,
            "notes": "",
        },
    )
    wang = seeder.customer(
        {
            "id": demo_id("customer:wangfang"),
            "name": "王芳",
            "province": "浙江省",
            "city": "杭州市",
            "district": "西湖区",
            "street": "文三路259号",
            "postal_code": "310012",
            "tags": ["老客户"],
            "vip_level": 1,
            "accepts_samples": False,
            "follow_up_opt_in": True,
            "call_window": "morning",
            "notes": "",
            "owner_id": None,
            "last_contact_at": None,
        },
        [(WANG_FANG_LANDLINE, "work"), ("13700001111", "mobile")],
        now - timedelta(days=200),
    )
    seeder.complaint(
        wang,
        None,
        now - timedelta(days=60),
        "resolved",
        "delivery",
        "快递延误超过一周",
        "low",
        demo_id("complaint:wangfang"),
    )
    seeder.record(
        t.todos,
        {
            "id": demo_id("todo:agent-zhangwei"),
            "title": "回访张伟按摩椅维修情况",
            "customer_id": zhang["id"],
            "call_log_id": None,
            "due_at": now + timedelta(days=1),
            "priority": "high",
            "assignee_id": agent,
            "notes": "",
            "status": "open",
        },
    )
    seeder.record(
        t.blocklist,
        {
            "id": demo_id("block:harassment"),
            "number": normalize_phone(BLOCKED_NUMBER),
            "reason": "骚扰电话",
            "expires_at": None,
            "created_by": demo_id("user:supervisor"),
            "deleted": False,
        },
    )
