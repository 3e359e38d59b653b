"""The school's own website in the sample web, under ``/school/``: what the website audit reads.

It publishes, as real school sites sometimes do, a teacher's own mobile number, a governor's
personal email address and pupils' full names by photos, among many things that are fine (the
office line, work addresses, first names only, staff photos). :func:`expected_findings` is the
truth the tests and the demo compare the audit against. Everyone here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from schoolwatch.sampleweb.pages import document

OFFICE_PHONE = "01632 960 200"  # the school's own line: profile.yaml lists it as official


@dataclass(frozen=True)
class ExpectedFinding:
    path: str
    kind: str  # staff_phone | staff_email | pupil_name
    detail: str
    staff: str | None = None


FOOTER = (
    f"<footer><p>Ashdown Vale Primary School, Mill Lane, Kestwick. Telephone {OFFICE_PHONE}. "
    '<a href="mailto:office@ashdownvale.example">office@ashdownvale.example</a></p>'
    '<p><a href="https://www.kestwick-council.example/schools">Kestwick Council schools</a> · '
    '<a href="/school/docs/prospectus.pdf">Prospectus (PDF)</a></p></footer>'
)
NAV = "".join(
    f'<li><a href="/school/{path}">{escape(title)}</a></li>'
    for path, title in [
        ("", "Home"), ("staff.html", "Our staff"), ("gallery.html", "Gallery"),
        ("news/sports-day.html", "Sports day"), ("contact.html", "Contact"), ("clubs.html", "Clubs"),
    ]
)


def page(title: str, main: str) -> str:
    return document(title, f"<header><nav><ul>{NAV}</ul></nav></header><main><h1>{escape(title)}</h1>{main}</main>{FOOTER}")


PAGES: dict[str, tuple[str, str]] = {
    "": ("Welcome to Ashdown Vale Primary School", """
<p>Welcome from our headteacher, Mrs Lambert. We are a friendly village school in Kestwick.</p>
<figure><img src="/school/img/front-gate.jpg" alt="The school's front gate"><figcaption>Our school in spring</figcaption></figure>
<p><a href="/school/news/sports-day.html#results">Sports day results</a></p>"""),
    "staff.html": ("Our staff", """
<ul class="staff">
<li><img src="/school/img/staff-lambert.jpg" alt="Mrs Priya Lambert"> Mrs Priya Lambert, Headteacher: head@ashdownvale.example</li>
<li><img src="/school/img/staff-rowe.jpg" alt="Mr Rowe, Deputy Headteacher"> Mr Daniel Rowe, Deputy Headteacher</li>
<li>Ms Grace Okafor, Designated Safeguarding Lead: dsl@ashdownvale.example</li>
<li>Mr Tom Hollis, Year 5. Football club queries: text Tom on 07700 900612.</li>
<li>Miss Hannah Whitcombe, Year 3: hannah.whitcombe@ashdownvale.example</li>
<li>Mrs Sue Pargeter, School Business Manager: 01632 960 200</li>
<li>Mr Martin Feld, Chair of Governors: <a href="mailto:martinfeld.home@outlook.example">contact Mr Feld</a></li>
</ul>
<p><a href="/school/docs/staff-contacts.pdf">Staff contacts (PDF)</a></p>"""),
    "gallery.html": ("Gallery", """
<figure><img src="/school/img/residential-1.jpg" alt="Climbing wall"><figcaption>Year 6 residential: Amelia Hart and Noah Pereira on the climbing wall</figcaption></figure>
<figure><img src="/school/img/sports-winners.jpg" alt="Year 2 sports day winners"><figcaption>Well done Ella, Jacob and Zara!</figcaption></figure>
<img src="/school/img/oscar-bennett-reading-award.jpg" alt="Reading award">
<figure><img src="/school/img/council.jpg" alt="Mrs Lambert with the School Council"><figcaption>The School Council meets Mrs Lambert</figcaption></figure>
<figure><img src="/school/img/planting.jpg" alt="Planting in the Rose Garden"><figcaption>Class 4 planting bulbs</figcaption></figure>"""),
    "news/sports-day.html": ("Sports day", """
<p id="results">What a day! Well done to Amelia in Year 4 for winning the sack race, and thank you to
Mr Hollis for organising. Photos are in the <a href="/school/gallery.html">gallery</a>.</p>
<img src="/school/img/races.jpg" alt="Children racing on the field">
<p>Lost property: please ring the office on 01632 960 200.</p>"""),
    "contact.html": ("Contact us", """
<p>Telephone: 01632 960 200. Email: <a href="mailto:office@ashdownvale.example">office@ashdownvale.example</a>.</p>
<p>Friends of Ashdown Vale (our PTA): ashdownvalefriends@mail.example</p>
<p>Our trust: enquiries@kestwick-learning.example</p>"""),
    "clubs.html": ("After-school clubs", """
<p>Chess club with Miss Whitcombe on Tuesdays. Netball with a visiting coach, Jo Marsh
(jo.marsh.coaching@gmail.example), on Thursdays.</p>
<p><a href="/school/clubs/archive.html">Last year's clubs</a> · <a href="/school/docs/old-newsletter.pdf">Summer newsletter (PDF)</a></p>"""),
}

# What the audit must find, and nothing else. Jo Marsh is a visiting coach, not staff: her own
# published address is not a staff-protection finding.
EXPECTED = (
    ExpectedFinding("staff.html", "staff_phone", "07700 900612", "Tom Hollis"),
    ExpectedFinding("staff.html", "staff_email", "martinfeld.home@outlook.example", "Martin Feld"),
    ExpectedFinding("docs/staff-contacts.pdf", "staff_phone", "07700 900745", "Daniel Rowe"),
    ExpectedFinding("gallery.html", "pupil_name", "Amelia Hart"),
    ExpectedFinding("gallery.html", "pupil_name", "Noah Pereira"),
    ExpectedFinding("gallery.html", "pupil_name", "Oscar Bennett"),
)


DOCUMENTS: dict[str, list[str]] = {
    "staff-contacts": [
        "Ashdown Vale Primary School: staff contacts 2026-27",
        "Mrs Priya Lambert, Headteacher: head@ashdownvale.example",
        "Mr Daniel Rowe, Deputy Headteacher. Out of hours mobile: 07700 900745",
        "School office: 01632 960 200",
    ],
    "prospectus": [
        "Ashdown Vale Primary School prospectus",
        "A friendly village school in Kestwick. Visits welcome: ring the office on 01632 960 200.",
    ],
}
BROKEN_DOCUMENT = "%PDF-1.4\n% a newsletter cut off in the upload\n1 0 obj << /Type /Cat"


def school_document(name: str) -> str | None:
    """The PDF at ``/school/docs/<name>.pdf`` (ASCII, so it travels as text), a broken one for
    ``old-newsletter``, or None."""
    if name == "old-newsletter":
        return BROKEN_DOCUMENT
    return pdf(DOCUMENTS[name]) if name in DOCUMENTS else None


def pdf(lines: list[str]) -> str:
    """A one-page PDF with ``lines`` of text in Helvetica: the least a PDF reader accepts."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    stream = "BT /F1 11 Tf 50 800 Td 16 TL " + " ".join(f"({line}) Tj T*" for line in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    return out + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"


def school_page(path: str) -> str | None:
    """The HTML at ``/school/<path>``, or None (a broken link, like ``clubs/archive.html``)."""
    if path not in PAGES:
        return None
    title, main = PAGES[path]
    return page(title, main)


def expected_findings(base_url: str) -> list[tuple[str, str, str, str | None]]:
    """(page URL, kind, detail, staff name) for every finding the audit must report."""
    return [(f"{base_url}/school/{f.path}", f.kind, f.detail, f.staff) for f in EXPECTED]
