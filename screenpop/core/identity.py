"""Who is calling: the caller identity read from an INVITE's headers.

Caller number from P-Asserted-Identity, else Remote-Party-ID, else From (with the display name);
withheld/anonymous callers detected; the dialled number (DNIS) from a configured header, else the
original called number in Diversion, else To; attached data (customer id, order number, IVR path,
queue and every other X- header) from configurable headers. Hostile input never raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.phones import DEFAULT_REGION, PhoneNormalizer
from screenpop.core.config import PopConfig
from screenpop.core.sipheaders import (
    MAX_ATTACHED_CHARS,
    MAX_ATTACHED_HEADERS,
    MAX_NUMBER_CHARS,
    HeaderBag,
    NameAddr,
    clean_text,
    parse_name_addr,
    phone_digits,
    split_top_level,
)

logger = logging.getLogger(__name__)

Normaliser = Callable[[str], "str | None"]
"""Raw dialled string → canonical E.164 (``+8610...``) or None when it is not a phone number."""

_ANONYMOUS_NAMES = {
    "anonymous",
    "withheld",
    "restricted",
    "private",
    "unavailable",
    "unknown",
    "anonymous caller",
}
_ANONYMOUS_HOSTS = {"anonymous.invalid"}
_PRIVACY_HIDING = {"id", "header", "user"}
_RPID_HIDING = {"full", "uri"}
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,63}$")

SOURCE_PAI = "P-Asserted-Identity"
SOURCE_RPID = "Remote-Party-ID"
SOURCE_FROM = "From"


@dataclass(frozen=True)
class CallerIdentity:
    """Everything the INVITE says about the caller and the call; every text is display-safe."""

    number: str | None = None
    """Normalised E.164 caller number; None when withheld, missing or not a phone number."""
    number_raw: str = ""
    """The caller number as signalled (digits and +), cleaned; empty when withheld."""
    display_name: str = ""
    source: str = ""
    """Header the number came from: P-Asserted-Identity, Remote-Party-ID, From, or ''."""
    withheld: bool = False
    dnis: str | None = None
    dnis_raw: str = ""
    dnis_source: str = ""
    customer_id: str = ""
    order_number: str = ""
    ivr_path: str = ""
    queue: str = ""
    attached: dict[str, str] = field(default_factory=dict)
    """Every X- header (lower-case name → cleaned, truncated first value)."""
    outbound: bool = False
    """The agent dialled this call: the number is the called party's (no INVITE was read)."""
    without_call: bool = False
    """A card opened outside a call (a search, a to-do, a report): there is no caller and no number."""

    def caller_label(self) -> str | Msg:
        """What to show as the caller's number ('' for a card without a call)."""
        if self.without_call:
            return ""
        if self.withheld:
            return QT_TRANSLATE_NOOP("CallerIdentity", "Withheld number")
        if self.number_raw:
            return self.number or self.number_raw
        return QT_TRANSLATE_NOOP("CallerIdentity", "Unknown number")


def default_normaliser(region: str) -> Normaliser:
    """The project's one normaliser (crm.phones) bound to ``region``."""
    return PhoneNormalizer(region or DEFAULT_REGION).try_normalize


def extract_identity(
    headers: object, config: PopConfig | None = None, normalise: Normaliser | None = None
) -> CallerIdentity:
    """Read the caller identity from ``headers``; never raises on hostile input."""
    config = config or PopConfig()
    normalise = normalise or default_normaliser(config.region)
    try:
        return _extract(HeaderBag(headers), config, normalise)
    except Exception:
        logger.exception("could not read the caller identity; showing an unknown caller")
        return CallerIdentity()


def dialled_identity(
    target: str, customer_id: str = "", config: PopConfig | None = None, normalise: Normaliser | None = None
) -> CallerIdentity:
    """The called party of a call the agent dialled: ``target`` as the phone reports it (a number, or a
    SIP user that is none: shown as the name), ``customer_id`` when the dial came from a known customer."""
    config = config or PopConfig()
    normalise = normalise or default_normaliser(config.region)
    text = clean_text(target, MAX_NUMBER_CHARS)
    digits = (phone_digits(text) or "")[:MAX_NUMBER_CHARS]
    return CallerIdentity(
        number=_normalised(digits, normalise),
        number_raw=digits,
        display_name="" if digits else text,
        customer_id=_safe_id(customer_id),
        outbound=True,
    )


def _extract(bag: HeaderBag, config: PopConfig, normalise: Normaliser) -> CallerIdentity:
    pai = _addresses(bag, "p-asserted-identity")
    rpid = _addresses(bag, "remote-party-id")
    frm = _addresses(bag, "from")[:1]

    privacy_tokens: set[str] = set()
    for value in bag.all("privacy"):
        privacy_tokens.update(t.strip().lower() for t in value.split(";") if t.strip())
    withheld = bool(privacy_tokens & _PRIVACY_HIDING)

    number_raw, source, display = "", "", ""
    for name, addrs in ((SOURCE_PAI, pai), (SOURCE_RPID, rpid), (SOURCE_FROM, frm)):
        if name == SOURCE_RPID:
            addrs = [a for a in addrs if a.params.get("party", "calling") == "calling"]
            if any(a.params.get("privacy") in _RPID_HIDING for a in addrs):
                withheld = True
        for addr in _prefer_tel(addrs):
            if _is_anonymous(addr):
                withheld = True
                continue
            digits = phone_digits(addr.user)
            if digits:
                number_raw, source = digits[:MAX_NUMBER_CHARS], name
                break
        if not display:
            display = next((a.display for a in addrs if a.display and not _is_anonymous(a)), "")
        if number_raw:
            break
    # The display name comes from the first header that carries one (From's name when PAI has none).
    if not display:
        display = next((a.display for a in frm if a.display and not _is_anonymous(a)), "")
    if withheld and config.honour_privacy:
        number_raw, source, display = "", "", ""
    number = _normalised(number_raw, normalise)

    dnis_raw, dnis_source = _dnis(bag, config)
    attached = _attached(bag)
    return CallerIdentity(
        number=number,
        number_raw=number_raw,
        display_name=display,
        source=source,
        withheld=withheld,
        dnis=_normalised(dnis_raw, normalise),
        dnis_raw=dnis_raw,
        dnis_source=dnis_source,
        customer_id=_safe_id(bag.first(config.customer_id_header)),
        order_number=_safe_id(bag.first(config.order_number_header)),
        ivr_path=clean_text(bag.first(config.ivr_path_header) or "", 128),
        queue=clean_text(bag.first(config.queue_header) or "", 64),
        attached=attached,
    )


def _addresses(bag: HeaderBag, name: str) -> list[NameAddr]:
    out = []
    for value in bag.all(name):
        for part in split_top_level(value)[:4]:
            out.append(parse_name_addr(part))
    return out


def _prefer_tel(addrs: list[NameAddr]) -> list[NameAddr]:
    """A tel: URI carries the number by definition; try it before sip: URIs of the same header."""
    return sorted(addrs, key=lambda a: 0 if a.scheme == "tel" else 1)


def _is_anonymous(addr: NameAddr) -> bool:
    return (
        addr.host in _ANONYMOUS_HOSTS
        or addr.user.lower() in _ANONYMOUS_NAMES
        or (addr.display.lower() in _ANONYMOUS_NAMES and not phone_digits(addr.user))
    )


def _normalised(raw: str, normalise: Normaliser) -> str | None:
    if not raw:
        return None
    try:
        return normalise(raw)
    except Exception:
        logger.exception("phone normaliser failed")
        return None


def _dnis(bag: HeaderBag, config: PopConfig) -> tuple[str, str]:
    if config.dnis_header:
        value = bag.first(config.dnis_header)
        if value:
            addr = parse_name_addr(value) if ":" in value else NameAddr(user=value.strip())
            digits = phone_digits(addr.user)
            if digits:
                return digits[:MAX_NUMBER_CHARS], clean_text(config.dnis_header, 64)
    # Each diversion adds an entry on top: the last one is the number the caller originally dialled.
    diversions = _addresses(bag, "diversion")
    for addr in reversed(diversions):
        digits = phone_digits(addr.user)
        if digits:
            return digits[:MAX_NUMBER_CHARS], "Diversion"
    for addr in _addresses(bag, "to")[:1]:
        digits = phone_digits(addr.user)
        if digits:
            return digits[:MAX_NUMBER_CHARS], "To"
    return "", ""


def _attached(bag: HeaderBag) -> dict[str, str]:
    attached: dict[str, str] = {}
    for name in bag.names():
        if name.startswith("x-") and len(attached) < MAX_ATTACHED_HEADERS:
            attached[name] = clean_text(bag.first(name) or "", MAX_ATTACHED_CHARS)
    return attached


def _safe_id(value: str | None) -> str:
    """An identifier from the network is used only when it looks like one."""
    if not value:
        return ""
    value = value.strip()
    return value if _SAFE_ID.match(value) else ""
