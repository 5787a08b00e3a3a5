# Two commands: `make run` opens the seed comparison, `make test` runs the whole suite.
# Both create .venv when it is missing and (re)install the project when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test screenshots benchmarks train-linker lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e . --group test
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/crosscheck

test: $(STAMP)
	$(BIN)/python -m pytest

screenshots: $(STAMP)
	$(BIN)/python -m tui.screenshots screenshots

benchmarks: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --group bench
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/alignment.py
	$(BIN)/python benchmarks/speed.py

train-linker: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --group bench
	$(BIN)/python benchmarks/train_linker.py

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet --group static
	$(BIN)/ruff check engine tui tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache
