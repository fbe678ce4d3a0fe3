#!/usr/bin/env python3
"""README.md is the home page: write it from the markdown cells of nbs/index.ipynb (`--check`: fail when they differ)."""
import json, sys
from pathlib import Path

def readme_text(index:Path)->str:
    "The markdown cells of `index`, joined by blank lines."
    cells = json.loads(index.read_text())['cells']
    return '\n\n'.join(''.join(c['source']).strip('\n') for c in cells if c['cell_type'] == 'markdown') + '\n'

if __name__ == '__main__':
    root = Path(__file__).resolve().parents[1]
    text, readme = readme_text(root/'nbs'/'index.ipynb'), root/'README.md'
    if '--check' in sys.argv:
        if readme.read_text() != text:
            print('README.md differs from nbs/index.ipynb: edit the notebook, then run python tools/readme_from_index.py', file=sys.stderr); sys.exit(1)
        print('README.md matches nbs/index.ipynb'); sys.exit(0)
    readme.write_text(text); print('wrote', readme)
