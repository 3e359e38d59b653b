"""The components are spaCy entry points: a bare ``spacy.load`` works without importing ``nlp`` first."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
from spacy import util

from nlp.pipeline import CONFIG_PATH, MODEL_DIR


def test_every_factory_in_the_config_is_an_entry_point():
    config = util.load_config(CONFIG_PATH, interpolate=False)
    factories = {component["factory"] for component in config["components"].values()}
    declared = {ep.name for ep in entry_points(group="spacy_factories") if ep.value.startswith("nlp.")}
    assert factories <= declared, "add the missing ones to [project.entry-points.spacy_factories] and reinstall"


def test_bare_spacy_load_in_a_fresh_interpreter(tmp_path):
    if not (MODEL_DIR / "config.cfg").is_file():
        pytest.skip("needs the trained model at nlp/model/ (run `python -m nlp.train`)")
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "verdict = nlp('Tell Mr Ormsby he had better watch himself in the car park')._.verdict\n"
        "print(json.dumps({'pipes': nlp.pipe_names, 'label': verdict.label, 'flags': verdict.flags}))\n"
    )
    # a fresh interpreter in an empty folder: nothing has imported nlp.components, so only spaCy's
    # entry-point lookup can find the factories
    done = subprocess.run([sys.executable, "-c", script, str(MODEL_DIR)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["pipes"] == ["profile_matcher", "pii_detector", "flag_patterns", "textcat", "flagcat", "decide"]
    assert answer["label"] == "malicious" and "threat" in answer["flags"]
