"""A real SMTP server on 127.0.0.1 for outbox tests (aiosmtpd), collecting what it receives."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


@dataclass
class Received:
    envelopes: list = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802 - aiosmtpd's hook name
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Logins:
    """Accepts one user and password (AUTH over plain TCP, allowed on 127.0.0.1 for tests)."""

    user: str
    password: str
    seen: list = field(default_factory=list)

    def __call__(self, server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        from aiosmtpd.smtp import AuthResult

        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.seen.append(login)
        return AuthResult(success=(login, password) == (self.user, self.password))


@contextmanager
def smtp_server(port: int | None = None, logins: Logins | None = None) -> Iterator[tuple[Received, int]]:
    """Run a server until the block ends; yields (received messages, port).

    With ``logins``, AUTH is required (over plain TCP: fine on 127.0.0.1, hence the warning filter).
    """
    handler = Received()
    extra = {"authenticator": logins, "auth_required": True, "auth_require_tls": False} if logins else {}
    controller = Controller(handler, hostname="127.0.0.1", port=port or free_port(), **extra)
    controller.start()  # returns once the server answers, so no sleeps are needed
    try:
        yield handler, controller.port
    finally:
        controller.stop()
