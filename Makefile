# Integration Desk — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo.sqlite3
DEMO_USER := mette
DEMO_TODAY := 2016-10-03
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint bench demo translations docs clean package

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(DEMO_DB): | $(STAMP)
	$(BIN)/integration-desk --database sqlite:///$(DEMO_DB) seed-demo

demo: $(DEMO_DB)

run: $(STAMP) $(DEMO_DB)
	$(BIN)/integration-desk --database sqlite:///$(DEMO_DB) --user $(DEMO_USER) --today $(DEMO_TODAY)

lint: $(STAMP)
	$(BIN)/ruff check integration_desk tests tools benchmarks
	$(BIN)/ruff format --check integration_desk tests tools benchmarks
	$(BIN)/mypy
	$(BIN)/python tools/i18n.py check

test: $(STAMP) lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

translations: $(STAMP)
	$(BIN)/python tools/i18n.py update
	for f in resources/translations/sources/*.tsv; do $(BIN)/python tools/i18n.py apply $$f; done
	$(BIN)/python tools/i18n.py compile

# Every picture of the user guide (docs/images/da|en/), from a fresh demo database.
docs: $(STAMP)
	$(BIN)/python tools/docs.py

# The one-folder bundle dist/IntegrationDesk/ for this machine (PyInstaller), then run it offscreen.
$(VENV)/.package-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $@

package: $(VENV)/.package-installed
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/integration_desk.spec
	packaging/smoke-test.sh dist/IntegrationDesk

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm build dist *.egg-info
