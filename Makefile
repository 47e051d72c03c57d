# Two commands on a fresh machine: `make site` builds the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test check serve lint format golden reference clean chromium screenshots report bench

site: $(VENV)/.installed
	$(BIN)/explainer build

test: $(VENV)/.installed chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

check: $(VENV)/.installed
	$(BIN)/explainer check

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

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

# Scale benchmark: 10, 100 and 1,000 synthetic stories generated and built, three runs of each
# (about ten minutes); prints a table of the fastest.
bench: $(VENV)/.installed chromium
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/edit_to_publish.py

# Browser tests drive Debian's Chromium; Playwright cannot download a browser here.
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# PNG screenshots of the main pages (phone and desktop) into screenshots/tmp/; the two guide/pages.md
# shows are copied to screenshots/.
screenshots: site chromium
	$(BIN)/python -m tools.preview --site-dir site --out screenshots/tmp
	cp screenshots/tmp/overview-desktop.png screenshots/tmp/quotes-phone.png screenshots/

# Lighthouse (mobile profile) on the main pages, with npm's lighthouse installed in .tools/.
LIGHTHOUSE := .tools/lighthouse/node_modules/.bin/lighthouse

report: site chromium $(LIGHTHOUSE)
	CHROME_PATH=/usr/bin/chromium $(BIN)/python -m tools.audit --site-dir site \
		--lighthouse $(LIGHTHOUSE) --out test-artifacts/lighthouse

$(LIGHTHOUSE):
	npm install --quiet --no-audit --no-fund --prefix .tools/lighthouse lighthouse@12

clean:
	rm -rf site docs/stories docs/index.md docs/people docs/topics docs/places docs/feed.xml

reference: $(VENV)/.installed
	$(BIN)/python -m tools.reference guide/fact-sheet.md
