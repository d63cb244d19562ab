"""The library of standard coaching texts: the setting ``coaching.standard_texts``, which a supervisor
picks from when sending a standard text (the return policy, the delivery fee, ...). Plain data, no Qt.

A text has an ``id``, a ``title`` and a ``body``; a built-in id with an empty title and body is the
built-in text, in the supervisor's language. IT (the policy) or a settings bundle sets the centre's own::

    [coaching]
    standard_texts = [
        { id = "return_policy" },
        { id = "vip_line", title = "VIP line", body = "Members call 400-800-1234, 8:00-22:00." },
    ]
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from crm.i18n import QT_TRANSLATE_NOOP, Msg
from crm.schemas.coaching import MAX_BODY, MAX_TITLE

BUILT_IN_TEXTS: dict[str, tuple[Msg, Msg]] = {
    "return_policy": (
        QT_TRANSLATE_NOOP("CoachingTexts", "Return policy"),
        QT_TRANSLATE_NOOP(
            "CoachingTexts",
            "You may return the goods within 7 days of receipt without giving a reason, unused and in their "
            "original packaging; we collect them free of charge and refund within 3 working days.",
        ),
    ),
    "delivery_fee": (
        QT_TRANSLATE_NOOP("CoachingTexts", "Delivery fee"),
        QT_TRANSLATE_NOOP(
            "CoachingTexts", "Delivery is free for orders of 299 yuan or more; below that it costs 10 yuan."
        ),
    ),
    "delivery_time": (
        QT_TRANSLATE_NOOP("CoachingTexts", "Delivery time"),
        QT_TRANSLATE_NOOP(
            "CoachingTexts",
            "Orders placed before 16:00 leave the warehouse the same day and arrive in 1 to 3 days.",
        ),
    ),
    "warranty": (
        QT_TRANSLATE_NOOP("CoachingTexts", "Warranty"),
        QT_TRANSLATE_NOOP(
            "CoachingTexts",
            "Every product has a one-year warranty from the day of receipt; repairs under warranty are free.",
        ),
    ),
}

DUPLICATE = QT_TRANSLATE_NOOP("Settings", "lists a text twice: each id may appear once")
NEEDS_TEXT = QT_TRANSLATE_NOOP("Settings", "a text of your own needs a title and a body (only built-in ids have them)")


class StandardText(BaseModel):
    """One text of the library."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field("", max_length=MAX_TITLE)
    """Empty: the built-in title of ``id`` (translated)."""
    body: str = Field("", max_length=MAX_BODY)
    """Empty: the built-in text of ``id`` (translated)."""

    def shown(self) -> tuple[Msg | str, Msg | str]:
        """Title and body to show: the configured texts, else the built-in ones (:class:`Msg` to translate)."""
        title, body = BUILT_IN_TEXTS.get(self.id, ("", ""))
        return self.title.strip() or title, self.body.strip() or body


DEFAULT_STANDARD_TEXTS: tuple[StandardText, ...] = tuple(StandardText(id=key) for key in BUILT_IN_TEXTS)


def check_texts(texts: list[StandardText]) -> list[StandardText]:
    """``texts`` if every id is unique and each one that is not built in has a title and a body; else
    ValueError with a marked message."""
    seen: set[str] = set()
    for text in texts:
        if text.id in seen:
            raise ValueError(DUPLICATE)
        title, body = text.shown()
        if not str(title).strip() or not str(body).strip():
            raise ValueError(NEEDS_TEXT)
        seen.add(text.id)
    return texts
