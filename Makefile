# News-analysis notebooks. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := 01_articles 02_timeline 03_actor_network 04_mentions
ARTICLES ?= ../data/articles

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

## report: run the four notebooks headless on data/articles; HTML and PNGs go to reports/
report: $(STAMP)
	@mkdir -p reports/figures
	@for nb in $(NOTEBOOKS); do \
	  echo "running notebooks/$$nb.ipynb"; \
	  (cd notebooks && MPLBACKEND=Agg ../$(BIN)/papermill --log-level WARNING $$nb.ipynb ../reports/$$nb.ipynb \
	     -p ARTICLES "$(ARTICLES)" -k python3) || exit 1; \
	  $(BIN)/jupyter nbconvert --to html --log-level WARN reports/$$nb.ipynb --output-dir reports >/dev/null || exit 1; \
	  rm -f reports/$$nb.ipynb; \
	done
	@echo "reports written:"; ls -1 reports/*.html reports/figures/*.png | sed 's/^/  /'

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
