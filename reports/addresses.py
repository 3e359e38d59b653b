"""Recipients are configured as Apprise-style ``mailto://name@domain`` URLs; mail needs the address."""

from __future__ import annotations


def address_of(recipient: str) -> str:
    """``mailto://head@school.example`` → ``head@school.example`` (a bare address passes through)."""
    for prefix in ("mailto://", "mailtos://", "mailto:"):
        if recipient.lower().startswith(prefix):
            recipient = recipient[len(prefix):]
            break
    return recipient.strip()
