"""Labels and flags: the classifier's vocabulary, and what each one means for the school.

Reports and alerts read these rows; adding a flag here (with corpus examples) needs no report change.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    name: str
    meaning: str
    takedown: bool


@dataclass(frozen=True)
class Flag:
    name: str
    meaning: str
    urgent: bool


LABELS: dict[str, Label] = {
    label.name: label
    for label in (
        Label("neutral", "News, events, praise, job adverts, or a different place with the same name.", takedown=False),
        Label("critical", "Negative but lawful opinion or complaint. For awareness; never a takedown.", takedown=False),
        Label("malicious", "Targeted abuse, threats, hate, exposure of personal details, impersonation, "
              "false allegations or a pupil identified in a hostile post. Ask the platform to remove it.", takedown=True),
    )
}

FLAGS: dict[str, Flag] = {
    flag.name: flag
    for flag in (
        Flag("threat", "threatens violence or harm", urgent=True),
        Flag("abuse", "targeted abuse or harassment", urgent=False),
        Flag("hate", "hateful about a protected characteristic", urgent=False),
        Flag("doxxing", "exposes a staff member's home address, personal phone or email", urgent=True),
        Flag("impersonation", "pretends to be the school or a member of staff", urgent=True),
        Flag("allegation", "makes a criminal or sexual allegation against staff", urgent=False),
        Flag("pupil_identified", "names or identifies a pupil in a hostile post", urgent=True),
    )
}

LABEL_NAMES: tuple[str, ...] = tuple(LABELS)
FLAG_NAMES: tuple[str, ...] = tuple(FLAGS)


def is_urgent(label: str, flags: list[str] | tuple[str, ...]) -> bool:
    """Malicious items with a threat, doxxing, impersonation or an identified pupil are urgent."""
    return label == "malicious" and any(FLAGS[flag].urgent for flag in flags if flag in FLAGS)


def needs_takedown(label: str) -> bool:
    return LABELS[label].takedown
