"""Reports, outbox mail and evidence packs are written whole or not at all."""

from __future__ import annotations

import pytest

from reports.files import write_atomically


def test_a_file_is_written_and_replaced_whole(tmp_path):
    path = tmp_path / "reports" / "digest.html"
    write_atomically(path, b"first")
    write_atomically(path, b"second")
    assert path.read_bytes() == b"second"
    assert [p.name for p in path.parent.iterdir()] == ["digest.html"]  # no temporary file left


def test_a_folder_is_never_overwritten(tmp_path):
    folder = tmp_path / "reports"
    (folder / "kept.html").parent.mkdir()
    (folder / "kept.html").write_bytes(b"kept")
    with pytest.raises(IsADirectoryError, match="is a folder"):
        write_atomically(folder, b"report")
    assert [p.name for p in tmp_path.iterdir()] == ["reports"] and (folder / "kept.html").read_bytes() == b"kept"


def test_a_file_in_the_way_of_the_folder_is_named(tmp_path):
    (tmp_path / "reports").write_bytes(b"a file where the folder should be")
    path = tmp_path / "reports" / "digest.html"
    with pytest.raises(NotADirectoryError, match="reports is a file, not a folder") as raised:
        write_atomically(path, b"report")
    assert raised.value.filename == str(path) and [p.name for p in tmp_path.iterdir()] == ["reports"]
