"""What every config section shares: strict models (unknown keys are errors), the URL type and
``env:NAME`` secrets. Kept apart so the profile, the sources and the rest can each have a module."""

from __future__ import annotations

import os
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not a URL (expected http:// or https://)")
    return value


Url = Annotated[str, AfterValidator(_check_url)]


def resolve_secret(value: str | None) -> str | None:
    """``env:NAME`` reads the secret from the environment, so it need not sit in the file."""
    if value is None or not value.startswith("env:"):
        return value
    name = value.removeprefix("env:")
    if name not in os.environ:
        raise ValueError(f"the environment variable {name} is not set")
    return os.environ[name]


class Strict(BaseModel):
    """Base for every config section: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Strict:
        # Frozen, and nothing mutates a loaded config, so a copy can be the object itself. Scrapy
        # deep-copies the settings (which carry the config) for every crawler of a crawl.
        return self
