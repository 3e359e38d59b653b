"""The school-website audit: what a page of the school's own site publishes that its staff-protection
and data-protection policies forbid.

* A member of staff's personal phone number: any mobile number (schools publish landlines), and
  any other number printed next to a staff name, unless it is one of the school's official lines.
* A member of staff's personal email address: an address outside the school's own domains that
  is printed next to, or named after, a member of staff (a PTA's gmail address is not a finding).
* A pupil's full name next to a photo: a first name followed by a surname in what belongs to an
  image (alt text, title, caption, file name). First names alone are what schools normally print.

Each rule returns :class:`~spiders.items.Finding` rows with the words around them, so the office
can find the spot on the page. Pure functions of the page's HTML: the ``website`` spider calls them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

import phonenumbers
from parsel import Selector

from schoolwatch.config import Profile
from spiders.items import Finding

NEAR = 80  # characters: how close a number or address must be to a staff name to be "theirs"
CONTEXT = 60  # characters either side kept as the finding's context
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Words that start with a capital in captions but are not surnames ("Amelia Year 4", "Leo Sports").
NOT_SURNAMES = frozenset(
    "year class and with the at on in of for from to our day week trip team club school sports "
    "reception nursery form group house assembly concert play show choir enjoying celebrating "
    "winner winners award certificate photo picture image gallery monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august september "
    "october november december spring summer autumn winter term garden gardens hall field room "
    "library playground park centre center museum farm beach castle zoo church forest woods".split()
)
FIRST_NAMES_FILE = Path(__file__).with_name("data") / "first_names.txt"


class Spot(NamedTuple):
    """Where a member of staff is named on a page."""

    start: int
    end: int
    name: str


@dataclass(frozen=True)
class AuditRules:
    """What counts as the school's own: its official numbers and its email domains."""

    official_phones: frozenset[str]  # E.164
    school_domains: tuple[str, ...]  # lower case, e.g. ("ashdownvale.example", "trust.example")

    @classmethod
    def build(cls, website: str | None, official_phones: Iterable[str], work_email_domains: Iterable[str]) -> AuditRules:
        host = (urlsplit(website).hostname or "") if website else ""
        domains = [host.removeprefix("www."), *(d.lower().lstrip("@") for d in work_email_domains)]
        phones = {e164 for number in official_phones if (e164 := as_e164(number))}
        return cls(frozenset(phones), tuple(d for d in domains if d))

    def is_school_address(self, domain: str) -> bool:
        return any(domain == d or domain.endswith("." + d) for d in self.school_domains)


def audit_page(html: str, profile: Profile, rules: AuditRules) -> list[Finding]:
    """Every finding on one page, each reported once."""
    page = Selector(text=html)
    text = visible_text(page)
    staff = staff_mentions(text, profile)
    return once_each([
        *staff_phone_numbers(text, staff, rules),
        *staff_email_addresses(text, page, staff, rules),
        *pupil_names_by_photos(page, profile),
    ])


def audit_text(text: str, profile: Profile, rules: AuditRules) -> list[Finding]:
    """Every staff contact finding in a document's text (a PDF has no photos to check)."""
    text = squash(text)
    staff = staff_mentions(text, profile)
    return once_each([
        *staff_phone_numbers(text, staff, rules),
        *staff_email_addresses(text, Selector(text="<html></html>"), staff, rules),
    ])


def once_each(findings: list[Finding]) -> list[Finding]:
    """The first finding of each kind and detail (a number printed twice on a page is one finding)."""
    once = {(finding.kind, finding.detail.lower()): finding for finding in reversed(findings)}
    return [finding for finding in findings if once[(finding.kind, finding.detail.lower())] is finding]


# -- staff contacts -----------------------------------------------------------------------------


def staff_phone_numbers(text: str, staff: list[Spot], rules: AuditRules) -> Iterator[Finding]:
    """Mobile numbers anywhere, and other numbers next to a staff name, that are not official."""
    # POSSIBLE, not VALID: a number from a range not yet in the library's tables (or Ofcom's
    # drama ranges, which the sample web uses) is still someone's number on the page.
    for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        if not written_as_phone_number(match.raw_string):
            continue  # page ranges, prices, dates
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in rules.official_phones:
            continue
        owner = nearest(staff, match.start, match.end, text)
        if is_mobile(match.number) or owner:
            yield Finding("staff_phone", match.raw_string.strip(), around(text, match.start, match.end), owner)


def staff_email_addresses(text: str, page: Selector, staff: list[Spot], rules: AuditRules) -> Iterator[Finding]:
    """Addresses outside the school's domains that belong to a member of staff."""
    found = [(m.group(0).rstrip("."), m.start(), m.end()) for m in EMAIL.finditer(text)]
    in_text = {address.lower() for address, _, _ in found}
    for href in page.css("a[href^='mailto:']::attr(href), a[href^='MAILTO:']::attr(href)").getall():
        address = unquote(href[len("mailto:"):]).split("?")[0].strip()
        if EMAIL.fullmatch(address) and address.lower() not in in_text:
            found.append((address, -1, -1))  # a link whose words hide the address
    for address, start, end in found:
        domain = address.rsplit("@", 1)[1].lower()
        if rules.is_school_address(domain):
            continue
        owner = named_in_address(address, staff) or (nearest(staff, start, end, text) if start >= 0 else None)
        if owner:
            context = around(text, start, end) if start >= 0 else f"a mailto: link to {address}"
            yield Finding("staff_email", address, context, owner)


def staff_mentions(text: str, profile: Profile) -> list[Spot]:
    """Where each member of staff is named on the page."""
    spots = []
    for member in profile.staff:
        names = "|".join(re.escape(v) for v in member.variants())
        spots += [Spot(m.start(), m.end(), member.name) for m in re.finditer(rf"\b(?:{names})\b", text, re.IGNORECASE)]
    return sorted(spots)


def nearest(staff: list[Spot], start: int, end: int, text: str) -> str | None:
    """The member of staff a number or address at text[start:end] belongs to: the closest name
    before it (pages write "name: contact"), else the closest after it, within :data:`NEAR`
    characters and with nobody else named in between ("Miss Whitcombe ... a coach, Jo Marsh (jo@...)")."""
    before = [spot for spot in staff if spot.end <= start and start - spot.end <= NEAR]
    after = [spot for spot in staff if spot.start >= end and spot.start - end <= NEAR]
    if before:
        spot = max(before, key=lambda s: s.end)
        between = text[spot.end : start]
    elif after:
        spot = min(after, key=lambda s: s.start)
        between = text[end : spot.start]
    else:
        return None
    return None if any(True for _ in full_names(between)) else spot.name


def named_in_address(address: str, staff: list[Spot]) -> str | None:
    local = re.sub(r"[^a-z]", "", address.split("@")[0].lower())
    for *_, name in staff:
        surname = re.sub(r"[^a-z]", "", name.split()[-1].lower())
        if len(surname) >= 3 and surname in local:
            return name
    return None


# -- pupils by photos ---------------------------------------------------------------------------


def pupil_names_by_photos(page: Selector, profile: Profile) -> Iterator[Finding]:
    """Full names (a known first name, then a surname) in the words that belong to an image."""
    grown_ups = {word.lower() for member in profile.staff for v in member.variants() for word in v.split()}
    for image in page.css("img"):
        for where, words in image_words(image):
            for name in full_names(words):
                if not ({w.lower() for w in name.split()} & grown_ups):
                    yield Finding("pupil_name", name, f"{where}: {squash(words)[:2 * CONTEXT]}")


def image_words(image: Selector) -> Iterator[tuple[str, str]]:
    """(where, words) for an image's alt text, title, caption, a caption right after it, file name."""
    for attribute, where in (("alt", "the photo's alt text"), ("title", "the photo's title"), ("aria-label", "the photo's label")):
        if value := image.attrib.get(attribute):
            yield where, value
    if caption := " ".join(image.xpath("ancestor::figure[1]//figcaption//text()").getall()):
        yield "the photo's caption", caption
    sibling = " ".join(image.xpath("following-sibling::*[1][contains(@class, 'caption')]//text()").getall())
    if sibling:
        yield "the photo's caption", sibling
    src = image.attrib.get("src", "")
    file_name = unquote(urlsplit(src).path.rsplit("/", 1)[-1])
    stem = file_name.rsplit(".", 1)[0]
    if stem:
        # File names are lower case: "amelia-hart-y4.jpg" reads as "Amelia Hart Y4".
        words = " ".join(part.capitalize() for part in re.split(r"[-_ .]+", stem) if part.isalpha())
        if words:
            yield f"the photo's file name ({file_name})", words


def full_names(words: str) -> Iterator[str]:
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*", words)
    for first, second in zip(tokens, tokens[1:]):
        if first in first_names() and looks_like_surname(second):
            yield f"{first} {second}"


def looks_like_surname(word: str) -> bool:
    return (
        word[0].isupper()
        and len(word) >= 2
        and not word.isupper()  # "PE", "KS2"
        and word.lower() not in NOT_SURNAMES
        and word not in first_names()  # "Amelia Leo": two first names, not a full name
    )


@cache
def first_names() -> frozenset[str]:
    lines = FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# -- text ---------------------------------------------------------------------------------------


def visible_text(page: Selector) -> str:
    parts = page.xpath("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]").getall()
    return squash(" ".join(parts))


def squash(text: str) -> str:
    return " ".join(text.split())


def around(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT)
    return ("…" if left else "") + text[left : end + CONTEXT].strip() + ("…" if end + CONTEXT < len(text) else "")


def written_as_phone_number(raw: str) -> bool:
    """Written the way people write phone numbers: starting 0 or +, with 10 or more digits."""
    digits = sum(char.isdigit() for char in raw)
    return raw.lstrip("( ").startswith(("0", "+")) and digits >= 10


def is_mobile(number: phonenumbers.PhoneNumber) -> bool:
    """A mobile or personal number: in the UK every 07 number is one, whatever the range."""
    if number.country_code == 44:
        return str(number.national_number).startswith("7")
    return phonenumbers.number_type(number) in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.PERSONAL_NUMBER)


def as_e164(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
