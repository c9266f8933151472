# The two set-up commands (README): `make demo` and `make test`. Each creates .venv itself.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP_FLAGS := --quiet --disable-pip-version-check

.PHONY: demo test lint bench eval train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install $(PIP_FLAGS) -c constraints.txt -e '.[dev,dask]'
	$(BIN)/python -m wirewatch.nlp.geo.build
	touch $@

demo: $(VENV)/.installed
	$(BIN)/wirewatch demo

test: $(VENV)/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py
	$(BIN)/python bench/parallel.py
	$(BIN)/python bench/ingest_scale.py --sizes 1000 5000 20000

train: $(VENV)/.installed
	$(BIN)/python -m wirewatch.extract.train

eval: $(VENV)/.installed
	$(BIN)/wirewatch eval

clean:
	rm -rf $(VENV) wirewatch-demo .pytest_cache
