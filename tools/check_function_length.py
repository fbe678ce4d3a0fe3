#!/usr/bin/env python3
"""Small cells, named helpers: fail when a function of the package (methods and nested functions included) is longer
than the limit. Usage: python tools/check_function_length.py [PACKAGE_DIR] [--max N]   (default 50 lines)."""
import ast, sys
from pathlib import Path

def long_functions(pkg:Path, limit:int)->list:
    "'file:line name (N lines)' for every function of `pkg` over `limit` lines."
    out = []
    for f in sorted(pkg.glob('*.py')):
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > limit: out.append(f'{f}:{node.lineno} {node.name} ({n} lines)')
    return out

if __name__ == '__main__':
    args = sys.argv[1:]
    limit = int(args[args.index('--max') + 1]) if '--max' in args else 50
    pkg = Path(next((a for a in args if not a.startswith('--') and not a.isdigit()), 'embodied_nb'))
    bad = long_functions(pkg, limit)
    for b in bad: print(b, file=sys.stderr)
    print(f'function length: {len(bad)} functions over {limit} lines')
    sys.exit(1 if bad else 0)
