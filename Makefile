# The two commands: `make demo` (set up, then run the demo) and `make test` (set up, then the tests).
# Set-up is a virtualenv in .venv with this project installed, and the classifier trained from the
# corpus in nlp/ (nothing is downloaded at run time).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
MODEL  := nlp/model/meta.json

.PHONY: demo test setup model clean

demo: setup
	$(BIN)/schoolwatch demo

test: setup
	$(BIN)/python -m pytest

setup: $(BIN)/.installed $(MODEL)

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "schoolwatch needs Python 3.11 or newer: set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

$(MODEL): $(BIN)/.installed nlp/configs/classifier.cfg nlp/corpus/train.jsonl nlp/corpus/dev.jsonl nlp/train.py $(wildcard nlp/components/*.py nlp/components/cues/*.py)
	$(BIN)/schoolwatch train

model: $(MODEL)

clean:
	rm -rf $(VENV) nlp/model demo-out .pytest_cache
