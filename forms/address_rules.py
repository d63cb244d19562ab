"""Chinese postal addresses: the provincial-level divisions and field checks. No Qt.

Shared by the order form's delivery address and the customer form through
:class:`forms.address_edit.AddressEdit`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.records import AddressDict

logger = logging.getLogger(__name__)

PROVINCES: tuple[str, ...] = (
    "北京市",
    "天津市",
    "上海市",
    "重庆市",
    "河北省",
    "山西省",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "海南省",
    "四川省",
    "贵州省",
    "云南省",
    "陕西省",
    "甘肃省",
    "青海省",
    "台湾省",
    "内蒙古自治区",
    "广西壮族自治区",
    "西藏自治区",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "香港特别行政区",
    "澳门特别行政区",
)
"""The 34 provincial-level divisions, in their full official names."""

_SHORT = {p: re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", p) for p in PROVINCES}
_POSTAL = re.compile(r"^[0-9]{6}$")
CONTEXT = "Address"


@dataclass(frozen=True)
class AddressValue:
    province: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    postal_code: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "province": self.province,
            "city": self.city,
            "district": self.district,
            "street": self.street,
            "postal_code": self.postal_code,
        }

    @classmethod
    def from_dict(cls, data: AddressDict | None) -> AddressValue:
        data = data or {}
        return cls(*(str(data.get(k) or "").strip() for k in ("province", "city", "district", "street", "postal_code")))


def canonical_province(text: str) -> str | None:
    """The full province name for ``text`` (``浙江`` → 浙江省, ``北京市`` → 北京市), or None."""
    text = text.strip()
    if not text:
        return None
    for full, short in _SHORT.items():
        if text in (full, short):
            return full
    return None


def validate_address(address: AddressValue, *, required: bool = True) -> dict[str, Msg]:
    """Problems by field name (province, city, district, street, postal_code).

    ``required`` False (self-pickup) accepts an empty address but still checks what was typed.
    """
    errors: dict[str, Msg] = {}
    empty = not any(address.as_dict().values())
    if empty and not required:
        return errors
    if not address.province:
        errors["province"] = QT_TRANSLATE_NOOP("Address", "Enter the province.")
    elif canonical_province(address.province) is None:
        errors["province"] = QT_TRANSLATE_NOOP("Address", "Not a Chinese province; choose one from the list.")
    if not address.city:
        errors["city"] = QT_TRANSLATE_NOOP("Address", "Enter the city.")
    elif len(address.city) > 32:
        errors["city"] = QT_TRANSLATE_NOOP("Address", "The city is limited to 32 characters.")
    if not address.district:
        errors["district"] = QT_TRANSLATE_NOOP("Address", "Enter the district or county.")
    elif len(address.district) > 32:
        errors["district"] = QT_TRANSLATE_NOOP("Address", "The district is limited to 32 characters.")
    if len(address.street) < 4:
        errors["street"] = QT_TRANSLATE_NOOP("Address", "Enter the street, number and room (at least 4 characters).")
    elif len(address.street) > 200:
        errors["street"] = QT_TRANSLATE_NOOP("Address", "The street is limited to 200 characters.")
    if address.postal_code and not _POSTAL.match(address.postal_code):
        errors["postal_code"] = QT_TRANSLATE_NOOP("Address", "A postal code has 6 digits.")
    return errors
