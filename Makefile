# News-analysis notebooks. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= data/articles
CELL_TIMEOUT ?= 1800  # seconds a notebook cell may run before it counts as stalled

.DEFAULT_GOAL := help
.PHONY: help report test lab clean setup

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  make /'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m ipykernel install --prefix $(VENV) --name python3 >/dev/null
	@touch $(STAMP)

## setup: create .venv and install requirements.txt and the helpers package
setup: $(STAMP)

## report: run the notebooks headless on ARTICLES (data/articles); HTML, PNG+CSV to reports/
report: $(STAMP)
	$(BIN)/python -m helpers.report "$(ARTICLES)" --out reports --cell-timeout $(CELL_TIMEOUT)

## test: unit tests, bad-input tests and execution of every notebook (pytest)
test: $(STAMP)
	MPLBACKEND=Agg $(BIN)/python -m pytest -q

## bench: speed benchmark on ../shared (benchmarks/speed.py; add ARGS=--all for every corpus)
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py $(ARGS)

## lab: open JupyterLab on notebooks/
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

## clean: remove reports/ and the analysis cache (.cache/)
clean:
	rm -rf reports .cache
