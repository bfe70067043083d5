# deckc: the two commands that matter are `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
TESTDEPS := $(VENV)/.installed-test

.PHONY: build test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# deckc and its runtime dependencies only (what `make build` needs)
$(RUNTIME): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

# plus the test tools: pytest, the real Anki backend, pypdf, ruff
$(TESTDEPS): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(RUNTIME) $@

build: $(RUNTIME)
	$(BIN)/deckc build content -o build

test: $(TESTDEPS)
	$(BIN)/ruff check .
	$(BIN)/pytest -n auto --dist loadfile

lint: $(TESTDEPS)
	$(BIN)/ruff check .
	$(BIN)/deckc lint content

bench: $(RUNTIME)
	$(BIN)/python bench/bench.py

clean:
	rm -rf build
