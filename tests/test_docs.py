"""The README keeps up with the code: every config key, command, label, flag and source kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from nlp.labels import FLAG_NAMES, LABEL_NAMES
from schoolwatch.cli import main
from schoolwatch.config import SOURCE_KINDS, Config, ForumSelectors, Source
from spiders.run import SPIDERS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def config_keys() -> list[str]:
    keys = []
    for section, field in Config.model_fields.items():
        annotation = field.annotation
        if section == "sources":
            continue
        if section == "staff":
            from schoolwatch.config import StaffMember

            keys += [f"staff[].{name}" for name in StaffMember.model_fields]
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            keys += [f"{section}.{name}" for name in annotation.model_fields]
    return keys


@pytest.mark.parametrize("key", config_keys())
def test_every_config_key_is_documented(key):
    assert f"`{key}`" in README


def source_fields() -> set[str]:
    models = Source.__origin__.__args__ if hasattr(Source, "__origin__") else ()
    fields: set[str] = set()
    for model in models:
        fields |= set(model.model_fields) - {"kind", "enabled", "max_pages"}
    return fields | set(ForumSelectors.model_fields)


@pytest.mark.parametrize("field", sorted(source_fields()))
def test_every_source_key_is_documented(field):
    assert f"`{field}`" in README


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_documented(command):
    assert f"| `{command}" in README


@pytest.mark.parametrize("name", LABEL_NAMES + FLAG_NAMES)
def test_every_label_and_flag_is_documented(name):
    assert f"`{name}`" in README


@pytest.mark.parametrize("kind", SOURCE_KINDS)
def test_every_source_kind_is_documented_and_has_a_spider(kind):
    assert f"| `{kind}` |" in README and kind in SPIDERS
