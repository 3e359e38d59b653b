"""Evidence packs: one zip per mention that a platform, the police or a solicitor can check.

The pack holds the raw response exactly as fetched (its SHA-256 matches the one recorded at fetch
time), the extracted text, the metadata (URL, times, headers, the classification and its reasons)
and a manifest of SHA-256 sums for every file in the pack.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from store.errors import StoreError
from store.models import Evidence, Mention
from store.queries import evidence_body, latest_classifications

EXTENSIONS = {"html": "html", "json": "json", "xml": "xml", "rss": "xml", "atom": "xml", "text/plain": "txt"}


def evidence_pack(session: Session, mention_id: int) -> bytes:
    """The zip for ``mention_id``; StoreError when there is no such mention."""
    mention = session.get(Mention, mention_id)
    if mention is None:
        raise StoreError(f"mention {mention_id}: not in the store")
    captures = session.exec(select(Evidence).where(Evidence.mention_id == mention_id).order_by(col(Evidence.id))).all()
    verdict = latest_classifications(session, [mention_id]).get(mention_id)
    files: dict[str, bytes] = {}
    for number, capture in enumerate(captures, start=1):
        body = evidence_body(capture)
        if hashlib.sha256(body).hexdigest() != capture.sha256:
            raise StoreError(f"evidence {capture.id}: stored body does not match its SHA-256")
        files[f"capture-{number}.{_extension(capture.content_type)}"] = body
    files["text.txt"] = f"{mention.title}\n\n{mention.text}\n".encode()
    metadata: dict[str, Any] = {
        "mention_id": mention.id,
        "url": mention.url,
        "canonical_url": mention.canonical_url,
        "platform": mention.platform,
        "source": mention.source_name,
        "author": mention.author,
        "published_at": _iso(mention.published_at),
        "first_seen_at": _iso(mention.first_seen_at),
        "last_seen_at": _iso(mention.last_seen_at),
        "captures": [
            {"file": name, "url": c.url, "fetched_at": _iso(c.fetched_at), "status": c.status, "sha256": c.sha256, "headers": c.headers}
            for name, c in zip((n for n in files if n.startswith("capture-")), captures)
        ],
        "classification": None
        if verdict is None
        else {
            "label": verdict.label,
            "confidence": verdict.confidence,
            "flags": verdict.flags,
            "targets": verdict.targets,
            "reasons": verdict.reasons,
            "model_version": verdict.model_version,
            "classified_at": _iso(verdict.classified_at),
        },
    }
    files["metadata.json"] = json.dumps(metadata, indent=2, ensure_ascii=False).encode()
    manifest = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in files.items())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr("SHA256SUMS", manifest)
    return buffer.getvalue()


def _extension(content_type: str) -> str:
    lowered = content_type.lower()
    return next((ext for key, ext in EXTENSIONS.items() if key in lowered), "bin")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
