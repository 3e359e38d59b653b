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
from typing import Annotated, Any, Literal, Union
from urllib.parse import urlsplit

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from schoolwatch.errors import ConfigError

ROLES = ("headteacher", "deputy", "dsl", "teacher", "office", "governor", "other")
DEFAULT_CONFIG_NAME = "schoolwatch.yaml"


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

    def search_terms(self) -> list[str]:
        """Queries a search source is asked for, as quoted phrases.

        Each school name once (a name containing a shorter one is found by the shorter one's
        search), then each staff member's full name together with the town, or the school when no
        town is set, so a common name does not flood the results.
        """
        names = self.school.names()
        shortest = [n for n in names if not any(o != n and o.lower() in n.lower() for o in names)]
        terms = [f'"{name}"' for name in sorted(shortest, key=names.index)]
        context = self.school.town or self.school.name
        terms += [f'"{member.name}" "{context}"' for member in self.staff]
        return terms

    def exclusions(self) -> str:
        """The excluded homonyms as search operators (`` -"Ashdown Vale Road"``), for sources that
        support them."""
        return "".join(f' -"{phrase}"' for phrase in self.school.exclude)


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


class SourceBase(Strict):
    enabled: bool = True
    max_pages: int = Field(default=5, ge=1, le=100)


FEED_PRESETS = ("google_news", "bing_news", "youtube", "rss_bridge")


class FeedsSource(SourceBase):
    """RSS, Atom or JSON feeds: listed in ``urls``, or built from the profile by a ``preset``
    (see spiders/presets.py); linked articles are followed and their main text extracted."""

    kind: Literal["feeds"]
    urls: list[Url] = []
    preset: Literal[FEED_PRESETS] | None = None  # type: ignore[valid-type]
    base_url: Url | None = None  # the preset's endpoint, when not the public one
    channels: list[str] = []  # youtube: channel ids
    bridge: str | None = None  # rss_bridge: the bridge's name, e.g. FacebookBridge
    follow_links: bool = True

    @model_validator(mode="after")
    def _something_to_read(self) -> FeedsSource:
        if not self.urls and not self.preset:
            raise ValueError("give urls, or a preset (one of " + ", ".join(FEED_PRESETS) + ")")
        if self.preset == "youtube" and not self.channels:
            raise ValueError("the youtube preset needs channels (channel ids)")
        if self.preset == "rss_bridge" and not (self.base_url and self.bridge):
            raise ValueError("the rss_bridge preset needs base_url (your RSS-Bridge) and bridge")
        return self


class SearxngSource(SourceBase):
    """A SearXNG instance's JSON search API (``/search?format=json``)."""

    kind: Literal["searxng"]
    base_url: Url
    follow_links: bool = True



class RedditSource(SourceBase):
    """Reddit's public JSON search (``/search.json``), optionally within some subreddits."""

    kind: Literal["reddit"]
    base_url: Url = "https://www.reddit.com"
    subreddits: list[str] = []
    comments: bool = True  # also read the comments under every post found



class MastodonSource(SourceBase):
    """A Mastodon instance: public tag timelines, accounts' statuses, and status search where the
    instance allows it (most want an access token for that)."""

    kind: Literal["mastodon"]
    base_url: Url
    tags: list[str] = []
    accounts: list[str] = []  # e.g. "someone" or "someone@other.instance"
    search: bool = False
    access_token: str | None = None

    @field_validator("access_token")
    @classmethod
    def _secret(cls, value: str | None) -> str | None:
        return resolve_secret(value)

    @model_validator(mode="after")
    def _something_to_read(self) -> MastodonSource:
        if not (self.tags or self.accounts or self.search):
            raise ValueError("give tags, accounts, or search: true")
        return self


    @field_validator("tags")
    @classmethod
    def _tags(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.fullmatch(r"#?\w+", value):
                raise ValueError(f"{value!r} is not a hashtag (letters, digits, underscore)")
        return [value.lstrip("#") for value in values]


class BlueskySource(SourceBase):
    """Bluesky post search (``app.bsky.feed.searchPosts``), logging in with an app password when
    the server requires it."""

    kind: Literal["bluesky"]
    base_url: Url = "https://public.api.bsky.app"
    web_url: Url = "https://bsky.app"
    handle: str | None = None
    app_password: str | None = None

    @field_validator("app_password")
    @classmethod
    def _secret(cls, value: str | None) -> str | None:
        return resolve_secret(value)

    @model_validator(mode="after")
    def _login_needs_both(self) -> BlueskySource:
        if bool(self.handle) != bool(self.app_password):
            raise ValueError("handle and app_password go together (an app password from Bluesky's settings)")
        return self


class ForumSelectors(Strict):
    """CSS selectors for a forum's thread list and thread pages; any left out come from the preset."""

    thread_link: str | None = None
    post: str | None = None
    author: str | None = None
    date: str | None = None
    text: str | None = None
    permalink: str | None = None
    title: str | None = None
    next_page: str | None = None


FORUM_PRESETS = ("generic", "phpbb", "xenforo", "reviews", "discourse")


class ForumSource(SourceBase):
    """A forum or review site: thread list pages, thread pages, one mention per post."""

    kind: Literal["forum"]
    start_urls: list[Url] = Field(min_length=1)
    preset: Literal[FORUM_PRESETS] = "generic"  # type: ignore[valid-type]
    selectors: ForumSelectors = ForumSelectors()


Source = Annotated[
    Union[FeedsSource, SearxngSource, RedditSource, MastodonSource, BlueskySource, ForumSource],
    Field(discriminator="kind"),
]
SOURCE_KINDS = ("feeds", "searxng", "reddit", "mastodon", "bluesky", "forum")


class Crawl(Strict):
    contact: str = Field(default="", description="an address the sites can reach you at, sent in the User-Agent")
    allow_private_addresses: bool = False
    max_response_kb: int = Field(default=5120, ge=16)
    download_delay: float = Field(default=1.0, ge=0)
    concurrency_per_domain: int = Field(default=2, ge=1, le=16)
    timeout_seconds: int = Field(default=30, ge=1, le=600)


class Storage(Strict):
    data_dir: Path = Path("schoolwatch-data")
    url: str | None = None

    def database_url(self) -> str:
        """The SQLAlchemy URL: ``url`` if set, else SQLite inside ``data_dir``."""
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


def default_config_path() -> Path:
    """``$SCHOOLWATCH_CONFIG`` if set, else ``./schoolwatch.yaml``."""
    return Path(os.environ.get("SCHOOLWATCH_CONFIG") or DEFAULT_CONFIG_NAME)


def load_config(path: Path | str) -> Config:
    """Read and validate a config file; relative paths in it are taken from the file's folder."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file (run `schoolwatch init` to write one)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    return parse_config(text, origin=str(path), base_dir=path.parent)


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
    return f"{key}: {message}"


def _resolve_paths(config: Config, base_dir: Path) -> Config:
    def resolve(path: Path | None) -> Path | None:
        return path if path is None or path.is_absolute() else base_dir / path

    storage = config.storage.model_copy(update={"data_dir": resolve(config.storage.data_dir)})
    mail = config.mail
    if mail.outbox_dir is not None:
        mail = mail.model_copy(update={"outbox_dir": resolve(mail.outbox_dir)})
    return config.model_copy(update={"storage": storage, "mail": mail})
