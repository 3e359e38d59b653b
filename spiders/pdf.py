"""Text of a PDF a school publishes (staff lists, newsletters, letters home), for the website audit.

PDFs are written by strangers too: a broken or hostile file gives ``None``, never an exception, and
only the first :data:`MAX_PAGES` pages are read (the response size is already capped by the crawl).
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader

from spiders.extract import storable

MAX_PAGES = 50
logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd files are not ours to print


def is_pdf(body: bytes, content_type: str) -> bool:
    return "application/pdf" in content_type.lower() or body[:5] == b"%PDF-"


def pdf_text(body: bytes) -> str | None:
    """The text of the PDF's first pages, one page a paragraph; ``None`` when it cannot be read."""
    try:
        reader = PdfReader(io.BytesIO(body))
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PAGES]]
    except Exception:  # pypdf raises many kinds of errors on damaged files; the file is just unreadable
        return None
    # what the fonts map to can be a NUL or half a character, which would lose a finding in the store
    return storable("\n\n".join(pages))
