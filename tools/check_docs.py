#!/usr/bin/env python3
"""Open every page of the documentation site in headless Chromium; fail on a broken one.

    python tools/check_docs.py [--out _docs] [--screenshots _docs/screenshots]
    python tools/check_docs.py --self-test      # each kind of broken page is caught, a clean one passes

The site (`python tools/docs.py`) is served on 127.0.0.1 and each page opened in Debian's Chromium through Playwright,
the way the demo report is checked (`embodied_nb.demo.chromium_path`, `CHROMIUM_ARGS`). A page fails on: a console
error, an uncaught script error, a failed request or an HTTP error, a request that leaves the site, an image that does
not show, a raw `#|` directive, a traceback, a markdown table or formula left unrendered, and a link to this site
whose page or anchor does not exist. Screenshots of the home page and of one notebook page are saved.
"""
from __future__ import annotations
import argparse, re, sys, tempfile, threading, time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]

_PAGE_FACTS = r"""() => ({
  images: Array.from(document.images).map(i => ({src: i.src.slice(0, 80), ok: i.complete && i.naturalWidth > 0})),
  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href),
  ids: Array.from(document.querySelectorAll('[id]')).map(e => e.id),
  text: document.body.innerText,
  prose: (() => { const b = document.body.cloneNode(true); b.querySelectorAll('pre, code, math').forEach(e => e.remove());
                  return b.textContent; })(),
  math: document.querySelectorAll('math').length,
  merror: document.querySelectorAll('merror').length})"""

# a leaked directive is a line of its own (`#| hide`, `#| echo: false`, `#| export core`); prose may mention `#| slow`
_re_directive = re.compile(r'(?:^|\n)[ \t]*#\|[ \t]*[\w-]+:?(?:[ \t]+\S+)?[ \t]*(?=\n|$)')
_re_md_table = re.compile(r'\|[ \t]*:?-{3,}:?[ \t]*\|')
_TRACEBACKS = ('Traceback (most recent call last)', 'Error in notebook')

class Server:
    "A folder over HTTP on 127.0.0.1 (a free port), from a thread, while the `with` block runs."
    def __init__(self, folder:Path): self.folder = Path(folder)
    def __enter__(self):
        class Quiet(SimpleHTTPRequestHandler):
            def log_message(self, *a): pass
        self.httpd = ThreadingHTTPServer(('127.0.0.1', 0), partial(Quiet, directory=str(self.folder)))
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f'http://127.0.0.1:{self.httpd.server_address[1]}/'
        return self
    def __exit__(self, *a): self.httpd.shutdown(); self.httpd.server_close()

def open_page(tab, url:str, timeout_s:float)->tuple[dict, list]:
    "Load `url` in a fresh `tab`: the page's facts, and what went wrong while loading."
    errs = []
    tab.on('console', lambda m: m.type == 'error' and errs.append(f'console error: {m.text}'))
    tab.on('pageerror', lambda e: errs.append(f'page error: {e}'))
    tab.on('requestfailed', lambda r: errs.append(f'request failed: {r.url[:100]} ({r.failure})'))
    tab.on('response', lambda r: r.status >= 400 and errs.append(f'HTTP {r.status}: {r.url[:100]}'))
    tab.goto(url, wait_until='load', timeout=timeout_s * 1000)
    return tab.evaluate(_PAGE_FACTS), errs

def page_problems(facts:dict, errs:list)->list[str]:
    "What is wrong on one page, before its links are resolved."
    probs = list(errs) + [f'broken image: {i["src"]}' for i in facts['images'] if not i['ok']]
    if m := _re_directive.search(facts['text']): probs.append(f'raw directive in the text: {m.group(0).strip()!r}')
    probs += [f'traceback in the text: {t!r}' for t in _TRACEBACKS if t in facts['text']]
    if m := _re_md_table.search(facts['prose']): probs.append(f'markdown table left unrendered: {m.group(0)!r}')
    if facts['merror']: probs.append(f"{facts['merror']} math formula(s) failed to render")
    return probs

def link_problems(pages:dict, base:str, files:set)->tuple[list, int, int]:
    "Each link into the site must reach a file, and its fragment an element with that id: (problems, internal, external)."
    probs, n_int, n_ext = [], 0, 0
    for name, facts in pages.items():
        for href in facts['links']:
            if not href.startswith(base): n_ext += 1; continue
            n_int += 1
            parts = urlsplit(href)
            target = unquote(parts.path[len(urlsplit(base).path):]) or 'index.html'
            if target not in files: probs.append(f'{name}: link to a missing page: {href[len(base):]}'); continue
            frag = parts.fragment               # as the browser looks it up: the fragment as written, then decoded
            if frag and target in pages and not {frag, unquote(frag)} & set(pages[target]['ids']):
                probs.append(f'{name}: link to a missing anchor: {href[len(base):]}')
    return probs, n_int, n_ext

def screenshots(tab, name:str, shots:Path):
    "The top of the page, and on a notebook page also its first API block."
    shots.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(shots/f'{Path(name).stem}.png'))
    api = tab.query_selector('div.api')
    if api is not None and name != 'index.html':
        tab.evaluate('e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 70)', api)
        tab.screenshot(path=str(shots/f'{Path(name).stem}_api.png'))

def check(out:Path=ROOT/'_docs', shots:Path|None=None, shot_page:str='core_attention.html', timeout_s:float=60.0)->dict:
    """Serve `out` and open each of its pages in headless Chromium, each in a tab of its own; `ok` when no page has
    a problem. Screenshots of `index.html` and `shot_page` go to `shots`."""
    sys.path.insert(0, str(ROOT))
    from embodied_nb.demo import chromium_path, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright
    out = Path(out)
    names = sorted(p.name for p in out.glob('*.html'))
    if not names: raise FileNotFoundError(f'out: no pages in {out}; build the site first (python tools/docs.py)')
    files = {p.relative_to(out).as_posix() for p in out.rglob('*') if p.is_file()}
    pages, probs, now, t0 = {}, [], {}, time.time()
    def route(r):                                            # nothing may come from outside the site
        if r.request.url.startswith((srv.url, 'data:')): return r.continue_()
        probs.append(f"{now['page']}: request off the site: {r.request.url[:100]}"); r.abort()
    with Server(out) as srv, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            ctx = browser.new_context(viewport=dict(width=1280, height=900))
            ctx.route('**/*', route)
            for name in names:
                tab, now['page'] = ctx.new_page(), name
                facts, errs = open_page(tab, srv.url + name, timeout_s)
                pages[name] = facts
                probs += [f'{name}: {p}' for p in page_problems(facts, errs)]
                if shots is not None and name in ('index.html', shot_page): screenshots(tab, name, Path(shots))
                tab.close()
        finally: browser.close()
        link_probs, n_int, n_ext = link_problems(pages, srv.url, files)
    probs = list(dict.fromkeys(probs + link_probs))
    return dict(pages=len(pages), internal_links=n_int, external_links=n_ext, images=sum(len(f['images']) for f in pages.values()),
                math=sum(f['math'] for f in pages.values()), problems=probs, ok=not probs, seconds=round(time.time() - t0, 1),
                screenshots=sorted(str(p) for p in Path(shots).glob('*.png')) if shots is not None else [])

def report(res:dict):
    for p in res['problems']: print('docs check:', p, file=sys.stderr)
    print(f"docs check: {res['pages']} pages, {res['internal_links']} internal links resolved, {res['images']} images shown, "
          f"{res['math']} formulas, {res['external_links']} external links (not followed): {len(res['problems'])} problems "
          f"({res['seconds']} s)")
    for s in res['screenshots']: print('  screenshot:', s)

# ------------------------------------------------------------------------------------------------ self-test
_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
_CLEAN = """<!doctype html><html><head><meta charset="utf-8"><title>{t}</title><link rel="icon" href="data:,"></head><body>
<nav><a href="good.html">good</a> <a href="other.html#there">other</a> <a href="https://example.org/x">far</a></nav>
<img alt="dot" src="data:image/png;base64,{png}"><p id="here">tqdm bars are fine: 100%|##########| 10/10</p>
<p><code>#| slow</code> cells are skipped: prose may name a directive</p><pre>md = '| a |\\n| --- |'  # a table in code</pre>
{x}</body></html>"""
_BROKEN = {  # kind: (snippet, the problem it must raise)
    'image': ('<img alt="gone" src="missing.png">', 'broken image'),
    'directive': ('<pre>#| hide\nx = 1</pre>', 'raw directive'),
    'traceback': ('<pre>Traceback (most recent call last):\n  File "x"</pre>', 'traceback in the text'),
    'console': ('<script>console.error("boom")</script>', 'console error'),
    'page error': ('<script>undefined_function()</script>', 'page error'),
    'missing page': ('<a href="nowhere.html">x</a>', 'missing page'),
    'missing anchor': ('<a href="good.html#nothere">x</a>', 'missing anchor'),
    'table': ('<p>| a | b |\n| --- | --- |</p>', 'markdown table left unrendered'),
    'formula': ('<math><merror><mtext>\\bad</mtext></merror></math>', 'failed to render'),
    'off the site': ('<img alt="far" src="http://192.0.2.1/x.png">', 'request off the site')}

def self_test()->bool:
    "One site: two clean pages, which must pass, and a page per kind of breakage, each reported on that page."
    with tempfile.TemporaryDirectory() as d:
        d, ok = Path(d), True
        (d/'good.html').write_text(_CLEAN.format(t='good', png=_PNG, x=''))
        (d/'other.html').write_text(_CLEAN.format(t='other', png=_PNG, x='<h2 id="there">there</h2>'))
        for kind, (snippet, _) in _BROKEN.items():
            (d/f'bad_{kind.replace(" ", "_")}.html').write_text(_CLEAN.format(t=kind, png=_PNG, x=snippet))
        res = check(d)
        for kind, (_, expect) in _BROKEN.items():
            page = f'bad_{kind.replace(" ", "_")}.html'
            if not any(p.startswith(page) and expect in p for p in res['problems']):
                ok = False; print(f'docs self-test: a page with a {kind} passed: {res["problems"]}', file=sys.stderr)
        stray = [p for p in res['problems'] if p.startswith(('good.html', 'other.html'))]
        if stray or res['pages'] != 2 + len(_BROKEN) or res['images'] < res['pages']:
            ok = False; print(f'docs self-test: clean pages flagged or pages missed: {stray}, {res["pages"]} pages', file=sys.stderr)
    print(f"docs self-test: {'ok' if ok else 'FAILED'} ({len(_BROKEN)} kinds of broken page caught, clean pages pass)")
    return ok

def main(argv=None)->int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--out', type=Path, default=ROOT/'_docs', help='the built site')
    ap.add_argument('--screenshots', type=Path, default=None, help='where the PNGs go (default OUT/screenshots)')
    ap.add_argument('--self-test', action='store_true', help='run the check on deliberately broken pages instead')
    a = ap.parse_args(argv)
    if a.self_test: return 0 if self_test() else 1
    res = check(a.out, shots=a.screenshots or a.out/'screenshots')
    report(res)
    return 0 if res['ok'] else 1

if __name__ == '__main__': sys.exit(main())
