# The two commands: `make test` and `make demo` (and `make docs`, the site). Each target installs what it needs.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.embodied-installed-1
EXTRAS ?= dev,all

.PHONY: test demo docs install sysdeps export bench

$(STAMP): setup.py settings.ini constraints.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24" "setuptools<85" wheel
	$(PY) -m pip install --quiet -c constraints.txt torch==2.13.0
	$(PY) -m pip install --quiet -c constraints.txt -e ".[$(EXTRAS)]"
	# lpips ships the learned LPIPS heads; its torchvision dependency must never come along
	$(PY) -m pip install --quiet --no-deps -c constraints.txt lpips
	@if $(PY) -c "import torchvision" 2>/dev/null; then echo "torchvision is installed in $(VENV); it breaks transformers on CPU torch: pip uninstall torchvision" >&2; exit 1; fi
	@# pip check, except lpips' torchvision requirement (left out on purpose, see above)
	@out="$$($(PY) -m pip check 2>&1)"; rest="$$(echo "$$out" | grep -v -e '^lpips [0-9.]* requires torchvision' -e '^No broken requirements')"; \
	if [ -n "$$rest" ]; then echo "$$rest" >&2; exit 1; else echo "pip check: clean (lpips installed without torchvision)"; fi
	@touch $(STAMP)

install: $(STAMP)

sysdeps:
	@bash tools/sysdeps.sh

test: install sysdeps
	@bash tools/test.sh

demo: install sysdeps
	$(VENV)/bin/embodied demo --out runs/demo --check

# the documentation site in _docs/: Quarto's (`nbdev_docs`, `_quarto.yml`) when `quarto` is on PATH, else the offline
# build (nbdev's processors + nbconvert, no notebook run); `python tools/check_docs.py` opens it in headless Chromium
docs: install
	@if command -v quarto >/dev/null 2>&1; then $(VENV)/bin/nbdev_docs; else $(PY) tools/docs.py; fi

bench: install
	$(VENV)/bin/embodied bench attention

export: install
	$(VENV)/bin/nbdev_export && $(VENV)/bin/nbdev_clean
