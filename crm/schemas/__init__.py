"""The CRM API contract: pydantic v2 models shared by the back office and the desktop client.

``ENTITIES`` maps each collection name (the URL segment under ``/api/v1``) to its Create, Update and
Read models; the back office builds its routes and ``/openapi.json`` from it, and the client can use it
to (de)serialise generically. See docs/api-conventions.md for the HTTP rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm.schemas.activity import (
    COMPLAINT_TRANSITIONS,
    CallbackCreate,
    CallbackRead,
    CallbackStatus,
    CallbackUpdate,
    Channel,
    ComplaintCategory,
    ComplaintCreate,
    ComplaintRead,
    ComplaintStatus,
    ComplaintUpdate,
    ContactCreate,
    ContactRead,
    ContactUpdate,
    Direction,
    Priority,
    Severity,
    TodoCreate,
    TodoRead,
    TodoStatus,
    TodoUpdate,
)
from crm.schemas.audit import AuditEventRead
from crm.schemas.common import (
    API_PREFIX,
    Changes,
    ConflictError,
    CreateModel,
    ErrorItem,
    Id,
    Page,
    PreconditionFailed,
    ReadModel,
    UpdateModel,
    UtcDatetime,
    ValidationErrorBody,
    new_id,
    utc_now,
)
from crm.schemas.customers import (
    Address,
    CallWindow,
    CustomerCreate,
    CustomerPhone,
    CustomerPhoneRead,
    CustomerRead,
    CustomerSearch,
    CustomerUpdate,
    PhoneType,
    Preferences,
)
from crm.schemas.orders import (
    EDITABLE_ORDER_STATUSES,
    ORDER_ACTIONS,
    DeliveryMethod,
    OrderActionNote,
    OrderCreate,
    OrderLine,
    OrderRead,
    OrderShip,
    OrderStatus,
    OrderUpdate,
    PaymentMethod,
    ProductCreate,
    ProductRead,
    ProductUpdate,
)
from crm.schemas.telephony import (
    BlocklistCreate,
    BlocklistRead,
    BlocklistUpdate,
    CallDirection,
    CallLogCreate,
    CallLogRead,
    CallLogUpdate,
    MediaSourceCreate,
    MediaSourceRead,
    MediaSourceUpdate,
)
from crm.schemas.users import LoginRequest, LoginResponse, Role, UserCreate, UserRead, UserUpdate


@dataclass(frozen=True)
class EntitySpec:
    """One collection of the API."""

    name: str
    create: type[CreateModel] | None
    update: type[UpdateModel] | None
    read: type[ReadModel]
    deletable: bool = False


ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec("users", UserCreate, UserUpdate, UserRead),
        EntitySpec("customers", CustomerCreate, CustomerUpdate, CustomerRead),
        EntitySpec("contacts", ContactCreate, ContactUpdate, ContactRead),
        EntitySpec("complaints", ComplaintCreate, ComplaintUpdate, ComplaintRead),
        EntitySpec("products", ProductCreate, ProductUpdate, ProductRead),
        EntitySpec("orders", OrderCreate, OrderUpdate, OrderRead),
        EntitySpec("todos", TodoCreate, TodoUpdate, TodoRead),
        EntitySpec("callbacks", CallbackCreate, CallbackUpdate, CallbackRead),
        EntitySpec("call_logs", CallLogCreate, CallLogUpdate, CallLogRead),
        EntitySpec("blocklist", BlocklistCreate, BlocklistUpdate, BlocklistRead, deletable=True),
        EntitySpec("media_sources", MediaSourceCreate, MediaSourceUpdate, MediaSourceRead),
        EntitySpec("audit_events", None, None, AuditEventRead),
    )
}

__all__ = [
    "API_PREFIX",
    "COMPLAINT_TRANSITIONS",
    "EDITABLE_ORDER_STATUSES",
    "ENTITIES",
    "ORDER_ACTIONS",
    "Address",
    "AuditEventRead",
    "BlocklistCreate",
    "BlocklistRead",
    "BlocklistUpdate",
    "CallDirection",
    "CallLogCreate",
    "CallLogRead",
    "CallLogUpdate",
    "CallWindow",
    "CallbackCreate",
    "CallbackRead",
    "CallbackStatus",
    "CallbackUpdate",
    "Changes",
    "Channel",
    "ComplaintCategory",
    "ComplaintCreate",
    "ComplaintRead",
    "ComplaintStatus",
    "ComplaintUpdate",
    "ConflictError",
    "ContactCreate",
    "ContactRead",
    "ContactUpdate",
    "CreateModel",
    "CustomerCreate",
    "CustomerPhone",
    "CustomerPhoneRead",
    "CustomerRead",
    "CustomerSearch",
    "CustomerUpdate",
    "DeliveryMethod",
    "Direction",
    "EntitySpec",
    "ErrorItem",
    "Id",
    "LoginRequest",
    "LoginResponse",
    "MediaSourceCreate",
    "MediaSourceRead",
    "MediaSourceUpdate",
    "OrderActionNote",
    "OrderCreate",
    "OrderLine",
    "OrderRead",
    "OrderShip",
    "OrderStatus",
    "OrderUpdate",
    "Page",
    "PaymentMethod",
    "PhoneType",
    "PreconditionFailed",
    "Preferences",
    "Priority",
    "ProductCreate",
    "ProductRead",
    "ProductUpdate",
    "ReadModel",
    "Role",
    "Severity",
    "TodoCreate",
    "TodoRead",
    "TodoStatus",
    "TodoUpdate",
    "UpdateModel",
    "UserCreate",
    "UserRead",
    "UserUpdate",
    "UtcDatetime",
    "ValidationErrorBody",
    "new_id",
    "utc_now",
]
