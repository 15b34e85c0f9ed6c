# A newcomer needs only Python 3.11+ and make: `make demo` and `make test` set everything up.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast bench lint eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/swapwatch demo

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

# Scores on both corpora; PART=aside gives the set-aside third of dev_real (the stand-in for unseen reports).
PART ?= design
eval: install
	$(BIN)/swapwatch eval tests/data/corpus/dev.jsonl --worst 5
	$(BIN)/swapwatch eval tests/data/corpus/dev_real.jsonl --part $(PART) --worst 20 --by-lang

# Benchmarks print numbers and are never part of the test run. Sizes here are modest so the whole
# set takes minutes; the full-size runs are in each script's docstring (e.g. bench/query.py at 1M articles).
bench: install
	$(BIN)/python bench/extract_eval.py
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/alerts_cycle.py 200 3
	$(BIN)/python bench/crawl.py --pages 2000
	$(BIN)/python bench/crawl.py --pages 2000 --off-topic 0.85
	$(BIN)/python bench/prefilter_eval.py
	$(BIN)/python bench/query.py --articles 100000
	$(BIN)/python bench/soak.py --cycles 20
	$(BIN)/python bench/web.py --articles 100000

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info swapwatch-demo
