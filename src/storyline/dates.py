"""Publication dates from the many ways sources write them."""

from __future__ import annotations

from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

YEARS = range(1900, 2101)  # a publication date outside these years is a mistake in the source, not a date


def parse_date(value: object) -> date | datetime | None:
    """A date or datetime from ISO 8601, RFC 2822 (feeds, HTTP), a time tuple or a Unix timestamp;
    ``None`` when the value is no date a source could mean (never an exception: input is hostile)."""
    try:
        found = _parse(value)
    except (ValueError, OverflowError, TypeError, IndexError, OSError):
        return None  # an offset of 24 hours or more, a year 99999, a timestamp out of range
    return found if found is not None and found.year in YEARS else None


def _parse(value: object) -> date | datetime | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) >= 1e11 else value  # milliseconds since the epoch, or seconds
        return datetime.fromtimestamp(seconds, tz=timezone.utc) if 1e8 <= seconds <= 4.2e9 else None
    if isinstance(value, tuple | list) and len(value) >= 6:  # time.struct_time from feedparser
        return datetime(*value[:6])
    text = str(value).strip()
    if not text or len(text) > 100 or text.isdigit() and len(text) < 8:
        return None  # "5" is no date; a page of text is none either
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
    from dateutil import parser as du  # the last resort, loaded when a date needs it

    found = du.parse(text, fuzzy=False)
    found.utcoffset()  # an impossible offset fails here, not later in the store
    return found
