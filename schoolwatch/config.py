"""The one validated configuration object, loaded from ``schoolwatch.yaml``.

Every key a deployment can set is declared here; an unknown key, a missing required key or a bad
value becomes a :class:`ConfigError` whose message starts with the key's dotted path, e.g.
``sources.courier.urls.0: not a URL``. Nothing else in schoolwatch reads YAML or the environment
for settings: the CLI loads this once and hands plain values down.

The profile part (``school``, ``staff``) is what the spiders and the classifier need to know who
"the school" is; it is also importable by ``spiders/`` and ``nlp/`` without pulling in anything else.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import Field, ValidationError, field_validator, model_validator

from schoolwatch.config_base import Strict, Url, resolve_secret  # noqa: F401 - part of this module's API
from schoolwatch.config_sources import (  # noqa: F401 - importable from here, as the CLI and spiders do
    FEED_PRESETS,
    FORUM_PRESETS,
    SOURCE_KINDS,
    BlueskySource,
    FeedsSource,
    ForumSelectors,
    ForumSource,
    ImpersonationSource,
    MastodonSource,
    ProfileSite,
    RedditSource,
    SearxngSource,
    Source,
    WebsiteSource,
)
from schoolwatch.errors import ConfigError

ROLES = ("headteacher", "deputy", "dsl", "teacher", "office", "governor", "other")
DEFAULT_CONFIG_NAME = "schoolwatch.yaml"


class School(Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    town: str = ""
    website: Url | None = None
    exclude: list[str] = []

    def names(self) -> list[str]:
        """Every name the school goes by, longest first (so matching prefers the full name)."""
        return sorted({self.name, *self.aliases}, key=len, reverse=True)


class StaffMember(Strict):
    name: str = Field(min_length=1)
    role: Literal[ROLES] = "teacher"  # type: ignore[valid-type]
    aliases: list[str] = []

    def variants(self) -> list[str]:
        """The full name and every alias (``Mrs Lambert``), longest first."""
        return sorted({self.name, *self.aliases}, key=len, reverse=True)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


class Profile(Strict):
    """Who "the school" is: handed to spiders (relevance, queries) and to the classifier."""

    school: School
    staff: list[StaffMember] = []

    @property
    def slug(self) -> str:
        """The school's key in the store: its name in lower case with hyphens."""
        return re.sub(r"[^a-z0-9]+", "-", self.school.name.lower()).strip("-")

    def school_fields(self) -> dict[str, Any]:
        """The profile as plain values for ``store.queries.sync_school``."""
        return {
            "slug": self.slug,
            "name": self.school.name,
            "town": self.school.town,
            "website": self.school.website,
            "staff": [(member.name, member.role, member.aliases) for member in self.staff],
        }


class Recipients(Strict):
    urgent: list[str] = []
    digest: list[str] = []
    governors: list[str] = []

    @field_validator("urgent", "digest", "governors")
    @classmethod
    def _mailto(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.fullmatch(r"mailto://[^@\s/]+@[^@\s/]+", value):
                raise ValueError(f"{value!r} is not a mailto://name@domain address")
        return values


class Crawl(Strict):
    contact: str = Field(default="", description="an address the sites can reach you at, sent in the User-Agent")
    allow_private_addresses: bool = False
    max_response_kb: int = Field(default=5120, ge=16)
    download_delay: float = Field(default=1.0, ge=0)
    concurrency_per_domain: int = Field(default=2, ge=1, le=16)
    timeout_seconds: int = Field(default=30, ge=1, le=600)


DATABASE_SCHEMES = ("sqlite", "postgresql", "postgresql+psycopg")


class Storage(Strict):
    data_dir: Path = Path("schoolwatch-data")
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _database(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in DATABASE_SCHEMES:
            raise ValueError("expected sqlite:///PATH or postgresql+psycopg://USER@HOST/DATABASE")
        return value

    def database_url(self) -> str:
        """The SQLAlchemy URL: ``url`` if set, else SQLite inside ``data_dir``."""
        if self.url and urlsplit(self.url).scheme == "postgresql":
            # the driver installed is psycopg 3; plain postgresql:// would ask SQLAlchemy for psycopg2
            return "postgresql+psycopg" + self.url.removeprefix("postgresql")
        return self.url or f"sqlite:///{(self.data_dir / 'schoolwatch.db').resolve()}"


class Mail(Strict):
    sender: str = "schoolwatch@localhost"
    smtp_url: str | None = None
    outbox_dir: Path | None = None

    @field_validator("smtp_url")
    @classmethod
    def _smtp(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("smtp", "smtps", "smtp+starttls"):
            raise ValueError("not an smtp:// or smtps:// URL")
        return value


class Config(Strict):
    school: School
    staff: list[StaffMember] = []
    recipients: Recipients = Recipients()
    sources: dict[str, Source] = {}
    crawl: Crawl = Crawl()
    storage: Storage = Storage()
    mail: Mail = Mail()

    @property
    def profile(self) -> Profile:
        return Profile(school=self.school, staff=self.staff)

    def enabled_sources(self) -> dict[str, Source]:
        return {name: source for name, source in self.sources.items() if source.enabled}

    def outbox_dir(self) -> Path:
        return self.mail.outbox_dir or self.storage.data_dir / "outbox"

    @model_validator(mode="after")
    def _website_known(self) -> Config:
        for name, source in self.sources.items():
            if isinstance(source, WebsiteSource) and not source.start_urls and not self.school.website:
                raise ValueError(f"sources.{name}.start_urls: required when school.website is not set")
        return self

    def website_start_urls(self, source: WebsiteSource) -> list[str]:
        """Where the audit of the school's own website starts."""
        return list(source.start_urls) or [str(self.school.website)]


def default_config_path() -> Path:
    """``$SCHOOLWATCH_CONFIG`` if set, else ``./schoolwatch.yaml``."""
    return Path(os.environ.get("SCHOOLWATCH_CONFIG") or DEFAULT_CONFIG_NAME)


def load_config(path: Path | str) -> Config:
    """Read and validate a config file; relative paths in it are taken from the file's folder."""
    path = Path(path)
    return parse_config(read_config_text(path), origin=str(path), base_dir=path.parent)


def read_config_text(path: Path) -> str:
    """The config file's text. UTF-8 as YAML asks, but with a byte-order mark it may be UTF-16 too:
    that is what Windows Notepad saves as "Unicode", and the file is often edited there."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file (run `schoolwatch init` to write one)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}: line {line} is not UTF-8 text (byte 0x{data[exc.start]:02X}); "
                          "save the file as UTF-8") from None


def parse_config(text: str, origin: str = "config", base_dir: Path | None = None) -> Config:
    """Validate YAML text; raise ConfigError naming the first bad key."""
    problems = config_problems(text, origin, base_dir)
    if problems:
        raise ConfigError(problems[0])
    data = yaml.safe_load(text)
    config = Config.model_validate(data)
    return _resolve_paths(config, base_dir) if base_dir is not None else config


def config_problems(text: str, origin: str = "config", base_dir: Path | None = None) -> list[str]:
    """Every problem in the config text, one line each, naming the key; empty when it is valid."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        return [f"{origin}:{where} not valid YAML ({getattr(exc, 'problem', None) or exc})"]
    if not isinstance(data, dict):
        return [f"{origin}: expected a mapping of keys (school:, staff:, sources: ...)"]
    try:
        Config.model_validate(data)
    except ValidationError as exc:
        return [_describe(error) for error in exc.errors()]
    return []


def _describe(error: Any) -> str:
    loc = [str(part) for part in error["loc"]]
    # Pydantic puts the discriminator's value in the path (sources.x.feeds.urls); drop it.
    if len(loc) >= 3 and loc[0] == "sources" and loc[2] in SOURCE_KINDS:
        del loc[2]
    key = ".".join(loc) or "config"
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"{key}: unknown key"
    if kind == "missing":
        return f"{key}: required key is missing"
    if kind == "union_tag_invalid":
        return f"{key}.kind: must be one of {', '.join(SOURCE_KINDS)}"
    if kind == "union_tag_not_found":
        return f"{key}.kind: required key is missing (one of {', '.join(SOURCE_KINDS)})"
    message = str(error["msg"]).removeprefix("Value error, ")
    if not loc:  # a check across sections names its key itself
        return message
    return f"{key}: {message}"


def _resolve_paths(config: Config, base_dir: Path) -> Config:
    def resolve(path: Path | None) -> Path | None:
        return path if path is None or path.is_absolute() else base_dir / path

    storage = config.storage.model_copy(update={"data_dir": resolve(config.storage.data_dir)})
    mail = config.mail
    if mail.outbox_dir is not None:
        mail = mail.model_copy(update={"outbox_dir": resolve(mail.outbox_dir)})
    return config.model_copy(update={"storage": storage, "mail": mail})
