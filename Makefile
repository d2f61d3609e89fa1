# A fresh machine needs only Python 3.11+: every target sets up .venv itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ADDR   ?= 127.0.0.1:8000
# Material prints an end-of-life banner on every build; our users did not choose it, so keep output clean.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site test bench check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install when the project's metadata changes; editable, so code and templates are live.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# --dirty: a save remakes only the pages it changed (the plugin says which), not the whole site.
serve: $(VENV)/.installed  ## preview the demo site at http://127.0.0.1:8000, reloading on every edit
	$(BIN)/mkdocs serve --dirty --dev-addr $(ADDR)

site: $(VENV)/.installed  ## build the static site into site/
	$(BIN)/mkdocs build --strict

check: $(VENV)/.installed  ## validate the event files
	$(BIN)/timeline check events

test: $(VENV)/.installed-test  ## run the whole test suite
	$(BIN)/python -m pytest

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

bench: $(VENV)/.installed-bench  ## run the benchmarks; figures go to bench/results.json
	$(BIN)/python bench/run.py

clean:
	rm -rf site .pytest_cache
