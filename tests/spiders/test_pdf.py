"""PDFs from a school's site: their text, or nothing when they are broken; never an exception."""

from __future__ import annotations

from schoolwatch.sampleweb.schoolsite import pdf
from spiders.pdf import is_pdf, pdf_text


def test_a_pdfs_text_is_read_with_its_brackets_and_lines():
    text = pdf_text(pdf(["Mr Daniel Rowe (Deputy): 07700 900745", "Office: 01632 960 200"]).encode())
    assert text is not None and "Mr Daniel Rowe (Deputy): 07700 900745\nOffice: 01632 960 200" in text


def test_broken_empty_and_other_files_give_nothing():
    for body in (b"%PDF-1.4\n1 0 obj << /Type /Cat", b"", b"<html>not a pdf</html>", b"%PDF-" + b"\x00" * 5000):
        assert pdf_text(body) is None


def test_a_pdf_is_known_by_its_type_or_its_first_bytes():
    assert is_pdf(b"%PDF-1.7 ...", "application/octet-stream")
    assert is_pdf(b"", "application/pdf; charset=binary")
    assert not is_pdf(b"<html>", "text/html")
