"""Who an item targets, in words: names for the people who act, roles for everyone else.

The classifier's targets are ``"school"``, ``"pupil"`` or a staff member's full name. Alerts and
the digest go to school leaders and may name staff; the governors' report must not, so it uses
:func:`role_of`, which turns a name into a role from the staff roster.
"""

from __future__ import annotations

from sqlmodel import Session, select

from store.models import Staff

ROLE_PHRASES = {
    "headteacher": "the headteacher",
    "deputy": "the deputy headteacher",
    "dsl": "the safeguarding lead",
    "teacher": "a teacher",
    "office": "a member of office staff",
    "governor": "a governor",
    "other": "a member of staff",
}


def staff_roles(session: Session, school_id: int) -> dict[str, str]:
    """Every staff name and alias (lower-cased) → role, for turning targets into roles."""
    roles: dict[str, str] = {}
    for member in session.exec(select(Staff).where(Staff.school_id == school_id)):
        for name in (member.name, *member.aliases):
            roles[name.strip().lower()] = member.role
    return roles


def role_of(target: str, roles: dict[str, str]) -> str:
    """``"Priya Lambert"`` → ``"the headteacher"``; never returns a name."""
    key = target.strip().lower()
    if key == "school":
        return "the school"
    if key == "pupil":
        return "a pupil"
    return ROLE_PHRASES.get(roles.get(key, "other"), "a member of staff")


def describe_target(target: str, roles: dict[str, str]) -> str:
    """For leaders: ``"Priya Lambert (the headteacher)"``, ``"the school"``, ``"a pupil"``."""
    role = role_of(target, roles)
    if target.strip().lower() in ("school", "pupil"):
        return role
    return f"{target} ({role})"


def subject_target(targets: list[str]) -> str:
    """A short, name-free phrase for an email subject line (which shows up in notifications)."""
    lowered = {t.strip().lower() for t in targets}
    if "pupil" in lowered:
        return "a pupil"
    if lowered - {"school"}:
        return "a member of staff"
    return "the school"
