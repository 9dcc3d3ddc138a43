"""Publication dates from the many ways sources write them."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

from dateutil import parser as du


def parse_date(value: object) -> date | datetime | None:
    """A date or datetime from ISO 8601, RFC 2822 (feeds, HTTP) or a time tuple; ``None`` if unknown."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, tuple | list) and len(value) >= 6:  # time.struct_time from feedparser
        try:
            return datetime(*value[:6])
        except (TypeError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return du.parse(text, fuzzy=False)
    except (ValueError, OverflowError):
        return None
