# storyline: `make demo` runs the main job on the bundled sample corpus, `make test` runs the tests.
# Both create .venv on first use (needs only Python 3.11 and network access to PyPI).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck check bench clean browser-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/storyline build samples/corpus -o out/demo; code=$$?; \
	  if [ $$code -gt 1 ]; then exit $$code; fi
	@echo "open out/demo/index.html (the digest); out/demo/digest.md and out/demo/storyline.json beside it"

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict src/storyline

check: lint typecheck test

bench: $(STAMP)
	$(PY) bench/extract.py
	$(PY) bench/nlp.py

# Debian's Chromium and a Japanese font for the browser test of the digest (needs root / sudo).
browser-deps:
	@if command -v chromium >/dev/null 2>&1 && fc-list :lang=ja 2>/dev/null | grep -q .; then \
	  echo "chromium and a Japanese font are installed"; \
	else \
	  $$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo) apt-get update -qq && \
	  $$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo) apt-get install -y -qq chromium fonts-noto-cjk; \
	fi

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
