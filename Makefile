# notecards: `make run` to try it on the sample decks, `make test` for the whole suite.
SHELL := /bin/bash
VENV := .venv
PYTHON := $(VENV)/bin/python
PIP := $(PYTHON) -m pip --disable-pip-version-check
SHARED ?= ../shared

.PHONY: run dev test test-tools check bench eval format clean help
.DEFAULT_GOAL := help

help:
	@echo "make run    - install into .venv and review the sample decks in decks/"
	@echo "make test   - install test extras and run checks and the whole suite"
	@echo "make dev    - editable install (pure Python: edits take effect without reinstalling)"
	@echo "make check  - ruff (format + lint), mypy --strict, import-linter"
	@echo "make bench  - performance benchmarks (writes a synthetic corpus under bench/out)"
	@echo "make eval   - extraction quality on the development corpora (EVAL_ARGS=--split test ...)"

$(PYTHON):
	python3 -m venv $(VENV)

# A standard install is a built copy of src, its extraction core compiled by mypyc
# (hatch_build.py): any change to the package's files installs it again. `make dev` is an
# editable install instead: pure Python, every edit in effect at once, the same cards.
PACKAGE_FILES := pyproject.toml hatch_build.py $(shell find src -type f ! -path '*/__pycache__/*')
# says which build was installed (pip -q keeps the build hook's own warning quiet)
SAY_BUILD := $(PYTHON) -c "from notecards.core.extract import is_compiled; print('notecards: extraction ' + ('compiled by mypyc' if is_compiled() else 'in pure Python, slower (the mypyc compile failed: pip install -v . shows why)'))"

$(VENV)/.run-installed: $(PACKAGE_FILES) | $(PYTHON)
	@echo "installing notecards into $(VENV), its extraction compiled by mypyc (about a minute)"
	$(PIP) install -q .
	@$(SAY_BUILD)
	@touch $@

$(VENV)/.test-installed: $(PACKAGE_FILES) | $(PYTHON)
	@echo "installing notecards and its test tools into $(VENV), its extraction compiled by mypyc (about a minute)"
	$(PIP) install -q '.[test]'
	@$(SAY_BUILD)
	@touch $@ $(VENV)/.run-installed

dev: | $(PYTHON)
	$(PIP) install -q -e '.[test]'
	@rm -f $(VENV)/.run-installed $(VENV)/.test-installed
	@echo "make dev: an editable, pure Python install; make run or make test installs the compiled build again"

run: $(VENV)/.run-installed
	$(VENV)/bin/notecards review decks

check: $(VENV)/.test-installed
	$(VENV)/bin/ruff format --check src tests bench hatch_build.py
	$(VENV)/bin/ruff check src tests bench hatch_build.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# scripts/test-tools installs what the suite drives for real when it is missing (tmux, cron,
# PostgreSQL: Debian packages, as root or with sudo); PostgreSQL is then started as the postgres
# user. In CI (CI=true) anything missing fails the run; elsewhere its tests are skipped, and said so.
# The suite runs on every core (pytest-xdist); tests that share one resource of the machine (the
# user's crontab) carry one xdist_group and so run in one worker. PYTEST_ARGS=-n0 runs it serially.
PYTEST_ARGS ?= -n auto --dist loadgroup
test: test-tools check
	@url=$$(scripts/test-postgres) || { \
		if [ "$${CI:-}" = true ]; then echo "make test: PostgreSQL is required in CI" >&2; exit 1; fi; \
		echo "make test: no PostgreSQL, its tests will be skipped" >&2; url=; }; \
	NOTECARDS_TEST_POSTGRES="$$url" $(VENV)/bin/pytest $(PYTEST_ARGS)

test-tools:
	@scripts/test-tools

bench: $(VENV)/.test-installed
	$(PYTHON) bench/run.py --shared $(SHARED)

# the development corpora are not in the repository: see ../shared/corpora/README.md
eval: $(VENV)/.run-installed
	$(PYTHON) bench/eval.py $(EVAL_ARGS)

format: $(VENV)/.test-installed
	$(VENV)/bin/ruff format src tests bench hatch_build.py
	$(VENV)/bin/ruff check --fix src tests bench hatch_build.py

clean:
	rm -rf $(VENV) bench/out .mypy_cache .ruff_cache .pytest_cache .hypothesis
