# deckc: the two commands that matter are `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
TESTDEPS := $(VENV)/.installed-test
# What installs the dependencies into .venv: uv (a pip-installable installer, put in .venv by pip) downloads them in
# parallel and compiles no bytecode at install time (Python writes it for what is imported): ~10 s where pip took
# ~40 s on a fresh clone (docs/speed.md, forty-fourth sitting). `make test INSTALLER=pip` uses pip alone; so does a
# machine where uv cannot be installed or cannot install (pip's own settings, such as a private index in pip.conf,
# are pip's: uv does not read them).
INSTALLER ?= uv

.PHONY: build test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# $(call install,<requirement>): with uv, else (INSTALLER=pip, or uv failed) with an up-to-date pip
define install
	@if [ "$(INSTALLER)" = uv ] && { [ -x $(BIN)/uv ] || $(BIN)/pip install --quiet uv; } \
		&& $(BIN)/uv pip install --quiet --python $(BIN)/python $(1); then \
		echo "installed $(1) with uv"; \
	else \
		[ "$(INSTALLER)" = uv ] && echo "uv could not install $(1): installing with pip"; \
		$(BIN)/pip install --quiet --upgrade pip && $(BIN)/pip install --quiet $(1); \
	fi
endef

# deckc and its runtime dependencies only (what `make build` needs)
$(RUNTIME): pyproject.toml | $(BIN)/python
	$(call install,-e .)
	touch $@

# plus the test tools: pytest, the real Anki backend, pypdf, ruff
$(TESTDEPS): pyproject.toml | $(BIN)/python
	$(call install,-e '.[test]')
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
