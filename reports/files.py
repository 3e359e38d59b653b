"""Files people open (reports, mail in the outbox, evidence packs) are written whole or not at all."""

from __future__ import annotations

import errno
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file beside it, then rename: a reader never
    sees half a file, and a failed write leaves neither half a file nor the temporary one."""
    if path.is_dir():  # checked first: the rename would fail only after the temporary file was written
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise NotADirectoryError(errno.ENOTDIR, f"{path.parent} is a file, not a folder", str(path)) from None
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # named by the file asked for, not the temporary one
            raise type(exc)(exc.errno, exc.strerror, str(path)) from exc
        raise
    return path
