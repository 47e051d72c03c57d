# Two commands on a fresh machine: `make site` builds the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test check serve lint format golden clean chromium

site: $(VENV)/.installed
	$(BIN)/explainer build

test: $(VENV)/.installed chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

check: $(VENV)/.installed
	$(BIN)/explainer check

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Regenerate the golden Markdown under tests/golden/ after an intended change; review with git diff.
golden: $(VENV)/.installed
	$(BIN)/python -m tests.golden_pages

# Many more random fact sheets and articles than `make test` tries; takes several minutes.
.PHONY: fuzz
fuzz: $(VENV)/.installed
	EXPLAINER_FUZZ=fuzz $(BIN)/python -m pytest tests/test_fuzz.py

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Browser tests drive Debian's Chromium; Playwright cannot download a browser here.
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

clean:
	rm -rf site docs/stories docs/index.md
