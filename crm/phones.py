"""Phone number normalisation shared by the client, the back office and screen-pop.

Every number is stored and compared in one canonical form:

* a number that ``phonenumbers`` considers valid for its region → E.164 (``+8613800138000``,
  ``+861062345678`` for the Beijing landline ``010-62345678``, ``+864008108888`` for ``400-810-8888``);
* anything else that still has digits (short service numbers such as ``95588``, local numbers without
  an area code) → a stable fallback: the national digits when the number belongs to the default region
  (``95588``), otherwise ``+<country code><national digits>``.

``0086``/``+86`` prefixes, spaces, dashes, dots and brackets are accepted. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

DEFAULT_REGION = "CN"
_KEEP = re.compile(r"[^0-9+]")
_TYPE_NAMES = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "landline",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "landline",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.PREMIUM_RATE: "premium",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.UAN: "service",
}


class InvalidPhoneNumber(ValueError):
    """The text holds no usable phone number."""


def _clean(raw: str) -> str:
    text = _KEEP.sub("", str(raw or "").strip())
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.count("+") > 1 or ("+" in text and not text.startswith("+")):
        text = "+" + text.replace("+", "")
    return text


def _parse(raw: str, region: str) -> phonenumbers.PhoneNumber:
    text = _clean(raw)
    if not any(ch.isdigit() for ch in text) or len(text.lstrip("+")) < 3:
        raise InvalidPhoneNumber(QT_TRANSLATE_NOOP("Phones", "Not a phone number"))
    if len(text.lstrip("+")) > 17:
        raise InvalidPhoneNumber(QT_TRANSLATE_NOOP("Phones", "Phone number is too long"))
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException as exc:
        raise InvalidPhoneNumber(QT_TRANSLATE_NOOP("Phones", "Not a phone number")) from exc


def normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """Canonical form of ``raw`` (see module docstring); raises :class:`InvalidPhoneNumber`."""
    number = _parse(raw, region)
    return _canonical(number, phonenumbers.is_valid_number(number), region)


@dataclass(frozen=True)
class CheckedPhone:
    """A number read once (a list import reads 100,000): its canonical form (None: not a number), whether
    ``phonenumbers`` knows it to be valid, and the parsed number."""

    normalized: str | None
    valid: bool
    parsed: phonenumbers.PhoneNumber | None


def check_phone(raw: str, region: str = DEFAULT_REGION) -> CheckedPhone:
    """:func:`try_normalize_phone` and :func:`is_valid_phone` of ``raw`` from one parse."""
    try:
        number = _parse(raw, region)
    except InvalidPhoneNumber:
        return CheckedPhone(None, False, None)
    valid = phonenumbers.is_valid_number(number)
    return CheckedPhone(_canonical(number, valid, region), valid, number)


def _canonical(number: phonenumbers.PhoneNumber, valid: bool, region: str) -> str:
    if valid:
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    national = str(number.national_number)
    if number.italian_leading_zero:
        national = "0" * max(1, number.number_of_leading_zeros or 1) + national
    if number.country_code == phonenumbers.country_code_for_region(region):
        return national
    return f"+{number.country_code}{national}"


def try_normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """Like :func:`normalize_phone` but returns ``None`` for text that is not a number."""
    try:
        return normalize_phone(raw, region)
    except InvalidPhoneNumber:
        return None


def is_valid_phone(raw: str, region: str = DEFAULT_REGION) -> bool:
    """True when ``raw`` is a number ``phonenumbers`` knows to be valid (not just the fallback form)."""
    try:
        return phonenumbers.is_valid_number(_parse(raw, region))
    except InvalidPhoneNumber:
        return False


def phone_kind(raw: str, region: str = DEFAULT_REGION) -> str:
    """``mobile``, ``landline``, ``toll_free``, ``shared_cost``, ``service``, ... or ``unknown``."""
    try:
        number = _parse(raw, region)
    except InvalidPhoneNumber:
        return "unknown"
    if not phonenumbers.is_valid_number(number):
        return "unknown"
    return _TYPE_NAMES.get(phonenumbers.number_type(number), "unknown")


@lru_cache(maxsize=4096)
def format_phone(canonical: str, region: str = DEFAULT_REGION) -> str:
    """Human display form: national format for numbers of ``region`` (``138 0013 8000``,
    ``010 6234 5678``), international otherwise; the input unchanged when it cannot be parsed.
    Remembered: lists that show numbers (recent pops, the call history) re-format them on every
    change, and parsing costs a tenth of a millisecond or more a number."""
    try:
        number = _parse(canonical, region)
    except InvalidPhoneNumber:
        return canonical
    if not phonenumbers.is_valid_number(number):
        return canonical
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


_HOTLINE_TYPES = (PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST)


@lru_cache(maxsize=256)
def format_dnis(dnis: str, region: str = DEFAULT_REGION) -> str:
    """A dialled number (DNIS: the hotline a media source advertises) as people read it: a toll-free
    or shared-cost hotline of ``region`` with dashes, as printed in adverts (``400-810-8888``,
    ``800-810-8888``); any other number as :func:`format_phone` shows it; empty stays empty."""
    text = str(dnis or "").strip()
    try:
        number = _parse(text, region)
    except InvalidPhoneNumber:
        return text
    if (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
        and phonenumbers.number_type(number) in _HOTLINE_TYPES
    ):
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        return "-".join(national.split())
    return format_phone(text, region)


LOG_VISIBLE_DIGITS = 4
"""Trailing digits of a phone number the log shows by default (setting ``crm.log_number_digits``)."""


def mask_number(number: str, visible: int = LOG_VISIBLE_DIGITS) -> str:
    """``number`` as the log may show it: its last ``visible`` characters after an ellipsis
    (``…8000``); ``***`` when ``visible`` is 0; empty stays empty."""
    text = str(number or "").strip()
    if not text:
        return ""
    if visible <= 0:
        return "***"
    return "…" + text[-visible:]


@dataclass(frozen=True)
class PhoneNormalizer:
    """The same functions bound to one configured default region (``CrmSettings.phone_region``)."""

    region: str = DEFAULT_REGION

    def normalize(self, raw: str) -> str:
        return normalize_phone(raw, self.region)

    def try_normalize(self, raw: str) -> str | None:
        return try_normalize_phone(raw, self.region)

    def kind(self, raw: str) -> str:
        return phone_kind(raw, self.region)

    def format(self, canonical: str) -> str:
        return format_phone(canonical, self.region)

    def format_dnis(self, dnis: str) -> str:
        return format_dnis(dnis, self.region)
