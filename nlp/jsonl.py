"""The JSON Lines contract of ``schoolwatch classify --stdin`` (DESIGN.md): ``{"id", "text"}`` in,
``{"id", "label", "confidence", "flags", "targets", "reasons"}`` out, no store needed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language

from nlp.classify import LONE_SURROGATE, classify

BATCH = 256  # big enough for nlp.pipe to be fast, small enough that output streams


def classify_jsonl(nlp: Language, lines: Iterable[str], write: Callable[[str], None], complain: Callable[[str], None]) -> int:
    """Classify every record in ``lines``, writing one verdict line per record in order; a line that
    is not a JSON object with "id" and "text" is reported to ``complain`` and skipped. Returns the
    number of such lines."""
    bad = 0

    def records() -> Iterator[tuple[Any, str]]:
        nonlocal bad
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
                    raise ValueError
            except ValueError:
                bad += 1
                complain(f'stdin line {number}: expected a JSON object with "id" and "text"')
                continue
            yield record["id"], record["text"]

    batch: list[tuple[Any, str]] = []

    def flush() -> None:
        for (record_id, _), verdict in zip(batch, classify(nlp, [text for _, text in batch]), strict=True):
            answer = {"id": record_id, **verdict.to_json()}
            line = json.dumps(answer, ensure_ascii=False)
            if LONE_SURROGATE.search(line):  # an id with half a character in it: escaped, it is echoed exactly
                line = json.dumps(answer)
            write(line + "\n")
        batch.clear()

    for record in records():
        batch.append(record)
        if len(batch) >= BATCH:
            flush()
    flush()
    return bad
