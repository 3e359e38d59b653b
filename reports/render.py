"""The one Jinja2 Environment every report renders through.

HTML templates are autoescaped (scraped text is hostile until proven otherwise and is never
marked ``|safe``); ``*.txt.j2`` templates are plain text for email bodies and drafted requests.
``StrictUndefined`` turns a missing context key into an error instead of a silently empty field.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


def format_time(value: datetime | None) -> str:
    """``16 Nov 2026, 09:12 UTC``: unambiguous for a UK reader, no locale needed."""
    if value is None:
        return "unknown"
    return value.strftime("%-d %b %Y, %H:%M UTC")


def format_date(value: datetime | None) -> str:
    """``16 November 2026``."""
    if value is None:
        return "unknown"
    return value.strftime("%-d %B %Y")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 item`` / ``2 items``: summary sentences read naturally."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"


def sentence(text: str) -> str:
    """First letter upper-case, the rest untouched (Jinja's ``capitalize`` lower-cases the rest)."""
    return text[:1].upper() + text[1:]


def web_link(url: str | None) -> str:
    """``url`` if it is a web address, else nothing: a stored link is a stranger's, and a
    ``javascript:`` one in a report opened from disk would run when clicked."""
    return url if url and url.lower().startswith(("https://", "http://")) else ""


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Build the Environment once (templates are compiled and cached inside it)."""
    env = Environment(
        loader=PackageLoader("reports"),
        autoescape=select_autoescape(disabled_extensions=("txt.j2",), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["time"] = format_time
    env.filters["date"] = format_date
    env.filters["sentence"] = sentence
    env.filters["web_link"] = web_link
    env.globals["plural"] = plural
    return env


def render(template_name: str, context: dict[str, Any]) -> str:
    """Render ``reports/templates/<template_name>`` with ``context``."""
    return environment().get_template(template_name).render(**context)
