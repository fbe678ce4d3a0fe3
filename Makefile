# The two commands: `make test` and `make demo`. Each target installs what it needs.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.embodied-installed
EXTRAS ?= dev,all

.PHONY: test demo install sysdeps export clean-nbs bench duplicates

$(STAMP): setup.py settings.ini constraints.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24" "setuptools<85" wheel
	$(PY) -m pip install --quiet -c constraints.txt torch==2.13.0
	$(PY) -m pip install --quiet -c constraints.txt -e ".[$(EXTRAS)]"
	@if $(PY) -c "import torchvision" 2>/dev/null; then echo "torchvision is installed in $(VENV); it breaks transformers on CPU torch: pip uninstall torchvision" >&2; exit 1; fi
	$(PY) -m pip check
	@touch $(STAMP)

install: $(STAMP)

sysdeps:
	@bash tools/sysdeps.sh

test: install sysdeps
	@bash tools/test.sh

demo: install sysdeps
	$(VENV)/bin/embodied demo --out runs/demo

bench: install
	$(VENV)/bin/embodied bench attention

export: install
	$(VENV)/bin/nbdev_export && $(VENV)/bin/nbdev_clean
