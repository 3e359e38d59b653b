"""Handing a message over: by SMTP when ``mail.smtp_url`` is set, else as an ``.eml`` file.

Config keys: ``mail.sender``, ``mail.smtp_url`` (``smtp://user:pass@host:port``; ``smtps://`` for
TLS from the start; ``smtp+starttls://`` to upgrade), ``mail.outbox_dir``. Alerts (outbox.py) and
the digest both deliver through :func:`deliver`.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reports.addresses import address_of
from reports.files import write_atomically
from schoolwatch.config import Mail

SMTP_TIMEOUT = 60


def deliver(message: EmailMessage, mail: Mail, recipient: str, eml_path: Path) -> str:
    """Send ``message`` to ``recipient``; return where it went (``smtp://host:port`` or the file)."""
    if mail.smtp_url:
        return send_smtp(message, mail.smtp_url, mail.sender, recipient)
    return str(write_eml(message, eml_path))


def write_eml(message: EmailMessage, path: Path) -> Path:
    """Write atomically so a present file is always a whole message."""
    return write_atomically(path, message.as_bytes())


def send_smtp(message: EmailMessage, smtp_url: str, sender: str, recipient: str) -> str:
    """Send over SMTP with the credentials in the URL; return ``scheme://host:port``."""
    parts = urlsplit(smtp_url)
    host = parts.hostname or "localhost"
    implicit_tls = parts.scheme == "smtps"
    port = parts.port or (465 if implicit_tls else 587 if parts.scheme == "smtp+starttls" else 25)
    context = ssl.create_default_context()
    client: smtplib.SMTP = (smtplib.SMTP_SSL(host, port, timeout=SMTP_TIMEOUT, context=context)
                            if implicit_tls else smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT))
    try:
        if parts.scheme == "smtp+starttls":
            client.starttls(context=context)
        if parts.username:
            client.login(unquote(parts.username), unquote(parts.password or ""))
        client.send_message(message, from_addr=address_of(sender), to_addrs=[recipient])
    finally:
        # Once send_message returned, the server has the message: a failing QUIT must not turn a
        # delivered message into a "failure" that is then sent again.
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()
    return f"{parts.scheme}://{host}:{port}"
