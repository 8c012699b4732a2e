# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test build lint clean bench serve-prod

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

build: $(VENV)/.installed
	$(BIN)/kg build

run: build
	$(BIN)/kg serve

# Production: granian (server/production.py), one worker per core (WEB_CONCURRENCY), settings from KG_* (README, Production).
serve-prod: build
	$(BIN)/python -m server.production

# The suite runs in one process per core (pytest-xdist): TEST_JOBS=0 runs it in this process alone.
TEST_JOBS ?= auto
test: $(VENV)/.installed-test
	sh tests/setup-system.sh
	$(BIN)/python -m pytest -n $(TEST_JOBS)

# The SPARQL benchmark (not a test): EVENTS=100000 make bench; BENCH_ARGS=--virtuoso adds Virtuoso,
# --cache-front eventkg behind the optional nginx caching front (server/sparql_cache.nginx.conf).
EVENTS ?= 10000
bench: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,bench]'
	command -v wrk >/dev/null || apt-get install -y --no-install-recommends wrk  # the HTTP load client
	command -v nginx >/dev/null || test -x /usr/sbin/nginx || apt-get install -y --no-install-recommends nginx  # --cache-front
	$(BIN)/python benchmarks/sparql.py --events $(EVENTS) $(BENCH_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,lint]'
	$(BIN)/ruff check kg server tests benchmarks
	$(BIN)/ruff format --check kg server tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) var
