# The two commands a new user needs: `make run` and `make test`. Both bootstrap .venv by themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGING_STAMP := $(VENV)/.packaging-installed

# The translations the program loads are built from their sources (.ts for the window, .po for the exports;
# English has a .ts only, for the forms of the window's messages with a count)
CATALOGUES := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts)) \
	$(patsubst %.po,%.mo,$(wildcard resources/translations/*.po))

.PHONY: run test bench lint screenshots screenshots-exports clean translations bundle portable installer \
	test-packaging test-reliability

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "PIM Desktop needs Python 3.11 or newer"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(PACKAGING_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,packaging]'
	touch $(PACKAGING_STAMP)

translations: $(CATALOGUES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/python tools/translations.py build $<

resources/translations/%.mo: resources/translations/%.po $(STAMP)
	$(BIN)/python tools/translations.py build $<

run: $(STAMP) translations
	$(BIN)/pim-desktop $(FILE)

# CI runs this: the lint (ruff, formatting, mypy on the whole package) first, then every test
test: lint
	$(BIN)/python -m pytest

bench: $(STAMP) translations
	$(BIN)/python -m pytest tests/benchmarks -p no:randomly -q -s

lint: $(STAMP) translations
	$(BIN)/python -m ruff check pim_desktop tests tools packaging hatch_build.py
	$(BIN)/python -m ruff format --check pim_desktop tests tools packaging hatch_build.py
	$(BIN)/python -m mypy

# The program killed at random moments of imports, merges and exports, 15 times each (60 kills), and
# 40 damaged copies each of an operation file and of a workbook
test-reliability: $(STAMP) translations
	PIM_CRASH_ITERATIONS=15 PIM_FLIP_COUNT=40 $(BIN)/python -m pytest -s tests/e2e/test_crash_safety.py \
		tests/e2e/test_flipped_bytes.py

# What a user double-clicks, built for this system in dist/ (packaging/README.md)
bundle portable installer: $(PACKAGING_STAMP) translations
	$(BIN)/python packaging/release.py $@

# Builds the wheel and the bundle, installs and runs them: a few minutes
test-packaging: $(PACKAGING_STAMP) translations
	$(BIN)/python -m pytest tests/packaging

screenshots: $(STAMP) translations
	$(BIN)/python tools/screenshots.py docs/screenshots

# A page of each PDF view and each workbook sheet as LibreOffice prints it (needs pdftoppm and LibreOffice)
screenshots-exports: $(STAMP) translations
	$(BIN)/python tools/export_screenshots.py docs/screenshots/exports

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache $(CATALOGUES)
