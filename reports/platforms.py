"""Where and how to ask each platform to remove an item, and which of its rules each flag breaks.

A plain registry (``PLATFORMS``): adding a platform is a row here. A flag a platform has no
category for falls back to the platform's general harassment rule, so a new flag in
``nlp/labels.py`` still produces a sensible request without a change here.
:func:`draft_takedown_request` writes the polite, specific request an office manager can paste
into the platform's report form or an email.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from nlp.labels import FLAGS
from reports.render import render
from store.models import Classification, Evidence, Mention

UK_HELP = (
    "If the platform does not act within a few days, Report Harmful Content "
    "(https://reportharmfulcontent.com/) and the Professionals Online Safety Helpline "
    "(0344 381 4772) help schools in the UK escalate."
)


@dataclass(frozen=True)
class Platform:
    name: str
    display: str
    report_url: str  # a page or form; "{host}" is replaced by the item's site
    how_to: str  # one or two plain sentences for a non-technical reader
    general: str  # the rule that covers targeted harassment, the fallback category
    policies: dict[str, str] = field(default_factory=dict)  # flag → the platform's own rule name
    addressee: str = "Trust and Safety team"


PLATFORMS: dict[str, Platform] = {
    p.name: p
    for p in (
        Platform(
            "reddit", "Reddit", "https://www.reddit.com/report",
            "Open the post, choose the three dots (⋯) then Report, or use Reddit's report form.",
            "Reddit Rule 1 (harassment and bullying)",
            {
                "threat": "Reddit Rule 1 (threatening violence)",
                "hate": "Reddit Rule 1 (promoting hate)",
                "doxxing": "Reddit Rule 3 (sharing personal or confidential information)",
                "impersonation": "Reddit Rule 5 (impersonation)",
                "pupil_identified": "Reddit Rule 3 (personal information) and Rule 4 (protection of minors)",
            },
        ),
        Platform(
            "mastodon", "Mastodon", "https://{host}/about",
            "Open the post, choose the three dots (⋯) then Report; the server's moderators receive it. "
            "The server's rules and contact address are on its About page.",
            "the server's rules against harassment",
            {
                "threat": "the server's rules against threats of violence",
                "hate": "the server's rules against hate speech",
                "doxxing": "the server's rules against sharing private information (doxxing)",
                "impersonation": "the server's rules against impersonation",
                "pupil_identified": "the server's rules against sharing private information about minors",
            },
            addressee="moderators",
        ),
        Platform(
            "bluesky", "Bluesky", "https://bsky.social/about/support/community-guidelines",
            "Open the post, choose the three dots (⋯) then Report post.",
            "Bluesky Community Guidelines (harassment)",
            {
                "threat": "Bluesky Community Guidelines (threats and violence)",
                "hate": "Bluesky Community Guidelines (hate)",
                "doxxing": "Bluesky Community Guidelines (privacy: sharing personal information)",
                "impersonation": "Bluesky Community Guidelines (impersonation)",
                "pupil_identified": "Bluesky Community Guidelines (child safety and privacy)",
            },
        ),
        Platform(
            "x", "X (Twitter)", "https://help.x.com/en/forms/safety-and-sensitive-content",
            "Open the post, choose the three dots (⋯) then Report post, or use X's safety form.",
            "X Rules: Abuse and harassment",
            {
                "threat": "X Rules: Violent speech",
                "hate": "X Rules: Hateful conduct",
                "doxxing": "X Rules: Private information",
                "impersonation": "X Rules: Misleading and deceptive identities",
                "pupil_identified": "X Rules: Private information and Child safety",
            },
        ),
        Platform(
            "facebook", "Facebook", "https://www.facebook.com/help/181495968648557",
            "Open the post, choose the three dots (⋯) then Report post. "
            "For a fake profile, use Facebook's impersonation form.",
            "Meta Community Standards: Bullying and Harassment",
            {
                "threat": "Meta Community Standards: Violence and Incitement",
                "hate": "Meta Community Standards: Hateful Conduct",
                "doxxing": "Meta Community Standards: Privacy Violations",
                "impersonation": "Meta Community Standards: Account Integrity and Authentic Identity",
                "pupil_identified": "Meta Community Standards: Privacy Violations (minors)",
            },
        ),
        Platform(
            "instagram", "Instagram", "https://help.instagram.com/192435014247952",
            "Open the post, choose the three dots (⋯) then Report.",
            "Instagram Community Guidelines (bullying and harassment)",
            {
                "threat": "Instagram Community Guidelines (violence and threats)",
                "hate": "Instagram Community Guidelines (hate speech)",
                "doxxing": "Instagram Community Guidelines (privacy)",
                "impersonation": "Instagram Community Guidelines (impersonation)",
                "pupil_identified": "Instagram Community Guidelines (privacy of minors)",
            },
        ),
        Platform(
            "tiktok", "TikTok", "https://www.tiktok.com/legal/report",
            "Open the video, press and hold (or choose Share) then Report.",
            "TikTok Community Guidelines (harassment and bullying)",
            {
                "threat": "TikTok Community Guidelines (violent behaviour and threats)",
                "hate": "TikTok Community Guidelines (hate speech)",
                "doxxing": "TikTok Community Guidelines (personal information)",
                "impersonation": "TikTok Community Guidelines (impersonation)",
                "pupil_identified": "TikTok Community Guidelines (youth safety and privacy)",
            },
        ),
        Platform(
            "youtube", "YouTube", "https://support.google.com/youtube/answer/2802027",
            "Under the video or comment, choose the three dots (⋯) then Report. "
            "For personal information, use YouTube's privacy complaint process.",
            "YouTube harassment and cyberbullying policy",
            {
                "threat": "YouTube violent or dangerous content and harassment policies",
                "hate": "YouTube hate speech policy",
                "doxxing": "YouTube privacy guidelines (personal information)",
                "impersonation": "YouTube impersonation policy",
                "pupil_identified": "YouTube child safety policy and privacy guidelines",
            },
        ),
        Platform(
            "news", "News site", "https://www.ipso.co.uk/make-a-complaint/",
            "Write to the editor first (the contact is usually at the foot of the article). "
            "If they do not correct or remove it, complain to IPSO, the press regulator.",
            "the Editors' Code of Practice, Clause 3 (harassment)",
            {
                "allegation": "the Editors' Code of Practice, Clause 1 (accuracy)",
                "doxxing": "the Editors' Code of Practice, Clause 2 (privacy)",
                "pupil_identified": "the Editors' Code of Practice, Clause 6 (children)",
                "hate": "the Editors' Code of Practice, Clause 12 (discrimination)",
            },
            addressee="editor",
        ),
        Platform(
            "forum", "Forum", "https://{host}/",
            "Use the Report button on the post, or write to the forum's moderators or owner "
            "(often linked at the foot of each page as Contact or Report).",
            "the forum's rules against personal attacks and harassment",
            {
                "threat": "the forum's rules against threats",
                "doxxing": "the forum's rules against posting personal information",
                "impersonation": "the forum's rules against impersonating others",
                "allegation": "the forum's rules against defamatory posts",
                "pupil_identified": "the forum's rules against identifying children",
            },
            addressee="moderators",
        ),
        Platform(
            "web", "Website", "https://{host}/",
            "Write to the site's owner (see its Contact page). If there is none, the company hosting "
            "the site has an abuse address; search engines can also delist the page "
            "(Google: https://reportcontent.google.com/).",
            "your acceptable use policy (harassment)",
            {
                "threat": "your acceptable use policy (threats of violence)",
                "doxxing": "your acceptable use policy and UK data protection law (personal data published without consent)",
                "impersonation": "your acceptable use policy (impersonation)",
                "allegation": "your acceptable use policy (defamatory content)",
                "pupil_identified": "your acceptable use policy and UK data protection law (a child's personal data)",
            },
            addressee="site owner",
        ),
    )
}
ALIASES = {"twitter": "x", "threads": "instagram", "blog": "web", "feeds": "news", "searxng": "web"}


def platform_for(name: str) -> Platform:
    """The registry row for a mention's platform; unknown platforms are treated as a website."""
    key = (name or "web").strip().lower()
    return PLATFORMS.get(ALIASES.get(key, key), PLATFORMS["web"])


def report_link(platform: str, url: str) -> str:
    """The report form or page for an item at ``url`` on ``platform``."""
    host = urlsplit(url).hostname or ""
    return platform_for(platform).report_url.replace("{host}", host)


def policy_categories(platform: str, flags: list[str]) -> list[tuple[str, str]]:
    """(rule the item breaks, what it does) in the order of ``FLAGS``; flags under the same rule are
    joined, and the list is never empty."""
    row = platform_for(platform)
    known = [flag for flag in FLAGS if flag in flags] + [flag for flag in flags if flag not in FLAGS]
    rules: dict[str, list[str]] = {}
    for flag in known:
        rules.setdefault(row.policies.get(flag, row.general), []).append(FLAGS[flag].meaning if flag in FLAGS else flag)
    return [(rule, "; ".join(meanings)) for rule, meanings in rules.items()] or [
        (row.general, "targets the school or a member of staff")]


def draft_takedown_request(mention: Mention, classification: Classification, school_name: str,
                           evidence: Evidence | None = None) -> str:
    """A polite, specific removal request (plain text) to paste into the platform's form or email.

    Names the URL, what the item is, the rule(s) it breaks and how the evidence was secured
    (time and SHA-256). It never repeats the abusive text itself.
    """
    row = platform_for(mention.platform)
    rules = policy_categories(mention.platform, list(classification.flags))
    return render("takedown_request.txt.j2", {
        "platform": row,
        "school_name": school_name,
        "url": mention.url,
        "kind": describe_item(mention),
        "rules": rules,
        "seen_at": mention.first_seen_at,
        "published_at": mention.published_at,
        "evidence": evidence,
        "targets_staff": any(t not in ("school", "pupil") for t in classification.targets),
        "targets_pupil": "pupil" in classification.targets or "pupil_identified" in classification.flags,
        "report_link": report_link(mention.platform, mention.url),
    })


def describe_item(mention: Mention) -> str:
    """``a post by "u/someone"``: what the item is, in words a moderator recognises.

    The title is left out on purpose: it can carry the abuse itself, and the URL identifies the item.
    """
    noun = {"news": "an article", "forum": "a forum post", "web": "a web page", "youtube": "a video or comment"}
    text = noun.get(platform_for(mention.platform).name, "a post")
    if mention.author:
        text += f' by "{mention.author}"'
    return text
