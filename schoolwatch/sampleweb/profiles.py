"""Public profiles on the sample web's social platforms: what the impersonation check looks up.

Bluesky (``/bsky/xrpc/app.bsky.actor.getProfile``), Mastodon (``/mastodon/api/v1/accounts/lookup``),
Reddit (``/reddit/user/<name>/about.json``) and a site with HTML profile pages
(``/social/@<handle>``), each answering as the real service does: the profile, or "not found".
Among the accounts: the school's real ones, two fakes of staff and one of the school, a runner who
shares the head's name, and a site that shows a login wall for any handle. Everyone is invented.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

from schoolwatch.sampleweb.pages import document


@dataclass(frozen=True)
class Account:
    platform: str  # bluesky | mastodon | reddit | social
    handle: str
    name: str
    bio: str
    created: str  # ISO 8601
    impersonates: str | None = None  # who a correct check reports it as impersonating


ACCOUNTS = (
    # The school's real Bluesky account, listed in profile.yaml's official_accounts.
    Account("bluesky", "ashdownvale.bsky.social", "Ashdown Vale Primary School",
            "News from Ashdown Vale Primary School, Kestwick.", "2024-09-02T08:00:00Z"),
    Account("bluesky", "ashdownvaleprimary.bsky.social", "Ashdown Vale Primary School (Official)",
            "OFFICIAL page of Ashdown Vale Primary. School closed tomorrow due to staff strike, tell everyone!!",
            "2026-11-02T21:14:00Z", impersonates="school"),
    Account("mastodon", "mrslambert", "Mrs Lambert",
            "<p>Headteacher at Ashdown Vale. Ask me anything about your child's detentions 😉</p>",
            "2026-10-28T19:40:00Z", impersonates="Priya Lambert"),
    # Shares the head's name, never claims the school: not an impersonation.
    Account("reddit", "priyalambert", "Priya Lambert", "marathons, sourdough, Leeds", "2019-03-11T10:00:00Z"),
    Account("social", "tomhollis", "Tom Hollis (@tomhollis)",
            "Teacher at Ashdown Vale. DM me for the Year 5 test answers lol", "2026-11-10T16:05:00Z",
            impersonates="Tom Hollis"),
)
LOGIN_WALL_HANDLE = "avps"  # the social site shows this handle a login wall, as some platforms do for any


def find(platform: str, handle: str) -> Account | None:
    handle = handle.lower()
    return next((a for a in ACCOUNTS if a.platform == platform and a.handle.lower() == handle), None)


def bluesky_profile(actor: str) -> tuple[int, str]:
    account = find("bluesky", actor)
    if account is None:
        return 400, json.dumps({"error": "InvalidRequest", "message": "Profile not found"})
    return 200, json.dumps({
        "did": "did:plc:" + account.handle.split(".")[0], "handle": account.handle,
        "displayName": account.name, "description": account.bio, "createdAt": account.created,
        "followersCount": 12, "followsCount": 40, "postsCount": 3,
    })


def mastodon_lookup(base_url: str, acct: str) -> tuple[int, str]:
    account = find("mastodon", acct)
    if account is None:
        return 404, json.dumps({"error": "Record not found"})
    return 200, json.dumps({
        "id": "1090", "username": account.handle, "acct": account.handle, "display_name": account.name,
        "note": account.bio, "url": f"{base_url}/mastodon/@{account.handle}", "created_at": account.created,
        "locked": False, "bot": False, "followers_count": 3, "statuses_count": 7,
    }, ensure_ascii=False)


def reddit_about(name: str) -> tuple[int, str]:
    account = find("reddit", name)
    if account is None:
        return 404, json.dumps({"message": "Not Found", "error": 404})
    return 200, json.dumps({"kind": "t2", "data": {
        "name": account.handle, "created_utc": 1552298400.0, "is_suspended": False,
        "subreddit": {"title": account.name, "public_description": account.bio, "display_name_prefixed": f"u/{account.handle}"},
    }})


def social_page(handle: str) -> tuple[int, str]:
    if handle.lower() == LOGIN_WALL_HANDLE:
        return 200, document("Log in or sign up", "<main><h1>Log in to see this profile</h1></main>", description="Join today.")
    account = find("social", handle)
    if account is None:
        return 404, document("Page not found", "<main><h1>Sorry, this page isn't available.</h1></main>")
    head = f'<meta property="og:title" content="{escape(account.name)}"><meta property="og:description" content="{escape(account.bio)}">'
    body = f"<main><h1>{escape(account.name)}</h1><p>{escape(account.bio)}</p></main>"
    return 200, document(account.name, body, description=account.bio).replace("</head>", head + "</head>", 1)


def profile_url(base_url: str, account: Account) -> str:
    """Where the check reports the account: the page a person would open."""
    if account.platform == "bluesky":
        return f"https://bsky.app/profile/{account.handle}"
    if account.platform == "mastodon":
        return f"{base_url}/mastodon/@{account.handle}"
    if account.platform == "reddit":
        return f"{base_url}/reddit/user/{account.handle}/"
    return f"{base_url}/social/@{account.handle}"


def expected_impersonations(base_url: str) -> list[tuple[str, str]]:
    """(profile URL, who it impersonates) for every fake account the check must report."""
    return [(profile_url(base_url, a), a.impersonates) for a in ACCOUNTS if a.impersonates]
