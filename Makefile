# The front door: `make run` builds the dataset from the bundled corpus, `make test` runs the tests.
# `make test` runs the fast suite (tests marked slow are left out; the summary says how many); under CI=true
# (what .ci/run runs) and with `make test-all` it runs every test, with Chromium installed for the browser tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UNDER_CI := $(filter true TRUE True,$(CI))
# An editable install of this flat layout makes setuptools print a notice ("Editable installation ... be careful
# with folders in your working directory with the same name as your package"): here the checkout's pipeline/ is
# that package by design, so the notice is silenced by its message and nothing else. The wheel's own build and
# install say no warning at all (tests/test_packaging.py).
EDITABLE_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install --quiet -e

.PHONY: run test test-all install clean browser notebooks docs

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(EDITABLE_INSTALL) '.[test,dask]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/thidua build corpus/

test: $(STAMP) $(if $(UNDER_CI),browser)
	$(BIN)/python -m pytest -q $(if $(UNDER_CI),,-m "not slow")

test-all: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Headless Chromium for the browser test of `thidua serve` (best effort: as root with apt-get only;
# without it the test skips, except under CI=true where it fails).
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing chromium and chromium-driver (apt-get)"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
	      || echo "warning: could not install chromium; the browser test will skip (fail under CI)"; \
	  else \
	    echo "note: no /usr/bin/chromium and not root with apt-get; the browser test will skip (fail under CI)"; \
	  fi; \
	fi

# JupyterLab on the three notebooks (installs the notebooks extra once). They read THIDUA_DB, else build corpus/.
NOTEBOOK_STAMP := $(VENV)/.notebooks

$(NOTEBOOK_STAMP): $(STAMP)
	$(EDITABLE_INSTALL) '.[test,dask,notebooks]'
	touch $(NOTEBOOK_STAMP)

notebooks: $(NOTEBOOK_STAMP)
	$(BIN)/jupyter lab notebooks/

# Regenerate every output block of README.md from a fresh build of corpus/ (tests/test_readme.py checks them).
# BENCH=1 also reruns the benchmarks whose reports the README quotes (minutes).
docs: $(STAMP)
	$(BIN)/python docs/readme.py --write $(if $(BENCH),--benchmarks,)

clean:
	rm -rf $(VENV) dataset
