#!/usr/bin/env python3
"""The documentation site without Quarto: nbdev's notebook processors, then nbconvert, into `_docs/`.

    python tools/docs.py [--out _docs] [-q]    # every notebook in nbs/ -> one static HTML page; no notebook is run
    python tools/check_docs.py                 # then: serve it on localhost, open every page in headless Chromium

`make docs` runs this (or `nbdev_docs` with `_quarto.yml` when `quarto` is on PATH); `make test` runs both.

Each notebook goes through the processors `nbdev_docs` runs before Quarto (`nbdev.processors.FilterDefaults`: front
matter, `#| hide`, a `show_doc` cell after every exported definition, backtick links, directives) with one swap:
nbdev's `exec_show_docs` runs every cell that has an import in it (tests and `#| slow` cells included) to render
`show_doc`; `render_show_docs` here imports the exported module instead (`make test` keeps it equal to the notebook)
and renders the same markdown from it, plus the parameter table. Everything else on the page is the notebook's stored
outputs. nbconvert turns the processed notebook into HTML with `docs_src/cells` (its basic template), math becomes
MathML at build time (`latex2mathml`), and `docs_src/page.html.j2` adds the sidebar, so the site needs no network
and no script (one line scrolls the sidebar to the page).
"""
from __future__ import annotations
import argparse, ast, html, importlib, inspect, os, re, shutil, sys, time
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urljoin

import nbformat, yaml
from execnb.nbio import read_nb
from fastcore.basics import AttrDict
import fastcore.docments as fd
from fastcore.docments import DocmentText, DocmentTbl, _maybe_nm, empty
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from markupsafe import Markup
from latex2mathml.converter import convert as latex2mathml
from nbconvert import HTMLExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from nbdev.config import get_config
from nbdev.process import Processor, extract_directives
from nbdev.processors import FilterDefaults, add_show_docs, exec_show_docs
from nbdev.showdoc import BasicMarkdownRenderer, show_doc
from pygments.formatters import HtmlFormatter

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT/'docs_src'

# the sidebar: notebook numbers by system (a notebook outside every range lands in "Other")
GROUPS = [("Core and infrastructure", 0, 9), ("R2-Dreamer", 10, 19), ("Dreamer 4", 20, 49), ("QwenVLA", 50, 59),
          ("Dreamer 4 on Cosmos", 60, 69), ("Interactive", 80, 89), ("Tools", 90, 99)]

# ------------------------------------------------------------------------------------------------ show_doc
class BareSignature(DocmentText):
    "fastcore's signature text (what `show_doc` shows) without the parameter comments: the table under it has them."
    @property
    def params(self): return [(self._fmt_param(k, v), '') for k, v in self.dm.items() if k != 'return']
    @property
    def _ret_str(self):
        anno = self.dm.get('return', {}).get('anno', empty)
        return ')' + (f'->{_maybe_nm(anno)}' if anno != empty else '') + ':'

def _table_cell(o)->str: return str(_maybe_nm(o)).replace('|', '\\|').replace('\n', ' ')

class ParamTable(DocmentTbl):
    "fastcore's parameter table (nbdev's with Quarto), with a `|` inside a cell (`Tensor | None`) escaped."
    def _row(self, nm, props): return [_table_cell(nm)] + [_table_cell(props[c]) for c in self._columns]
    @property
    def return_str(self):
        cells = [_table_cell(self.dm['return'][c]) for c in self._columns]
        return '| **Returns** | ' + ' | '.join(f'**{c}**' if c.strip() else c for c in cells) + ' |'

class ApiRenderer(BasicMarkdownRenderer):
    "nbdev's `show_doc` markdown (source link, name, signature, docstring) with `class` for classes and the table."
    def __init__(self, sym, name=None, title_level=3):
        super().__init__(sym, name=name, title_level=title_level)
        self.dm = BareSignature(self.sym, maxline=80, docstring=False)      # 80: fits the page's code box
    def _repr_markdown_(self):
        md = super()._repr_markdown_()
        if inspect.isclass(self.sym): md = md.replace('```python\n\ndef ', '```python\n\nclass ', 1)
        tbl = ParamTable(self.sym)
        return md + ('\n\n' + str(tbl) if tbl.has_docment else '')

def memoize_docments():
    """Parse each symbol's source once: `show_doc`, its signature and its table each call fastcore's `docments`, and
    for a class each call parses the whole module again (`inspect.findsource`). Callers get their own copy."""
    if getattr(fd.docments, 'memoized', False): return
    orig, memo = fd.docments, {}
    def docments(elt, full=False, **kw):
        key = (id(elt), full, tuple(sorted(kw.items())))
        if key not in memo: memo[key] = (elt, orig(elt, full=full, **kw))     # holding `elt` keeps its id unique
        d = memo[key][1]
        return type(d)({k: type(v)(v) if isinstance(v, dict) else v for k, v in d.items()}) if isinstance(d, dict) else d
    docments.memoized = True
    fd.docments = docments

# ------------------------------------------------------------------------------------------------ processors
def export_modules(nb)->list[str]:
    "The modules a notebook exports to: its `default_exp` and any `#| export <module>`, in order."
    mods = []
    for cell in nb.cells:
        if cell.cell_type != 'code': continue
        d = cell.get('directives_')          # an NBProcessor has set these and taken them off the source
        if d is None: d = extract_directives(cell, remove=False)
        mods += d.get('default_exp', []) + [a for k in ('export', 'exports', 'exporti') for a in d.get(k, [])]
    return list(dict.fromkeys(mods))

_re_showdoc = re.compile(r'^show_doc\(', re.MULTILINE)

class render_show_docs(Processor):
    "Render each `show_doc(...)` cell from the notebook's exported modules (nbdev's `exec_show_docs` runs the notebook)."
    lib_name = None
    def begin(self):
        self.ns = {}
        for mod in export_modules(self.nb): self.ns.update(vars(importlib.import_module(f'{self.lib_name}.{mod}')))
        self.ns['show_doc'] = partial(show_doc, renderer=ApiRenderer)
    def __call__(self, cell):
        if cell.cell_type != 'code' or not _re_showdoc.search(cell.source or ''): return
        calls = [t.value for t in ast.parse(cell.source).body if isinstance(t, ast.Expr) and isinstance(t.value, ast.Call)
                 and getattr(t.value.func, 'id', None) == 'show_doc']
        cell.outputs = [AttrDict(output_type='display_data', metadata={}, data={'text/markdown': self.render(c).splitlines(True)})
                        for c in calls]
    def render(self, call)->str:
        try: return eval(compile(ast.Expression(call), '<show_doc>', 'eval'), self.ns)._repr_markdown_()
        except Exception as e: raise RuntimeError(f'{ast.unparse(call)}: {type(e).__name__}: {e} (run nbdev_export?)') from e

class dedupe_show_docs(Processor):
    "nbdev's `add_show_docs` matches a `@patch`ed method by its bare name, so one shown explicitly would show twice."
    def begin(self):
        lines = lambda c: {l.strip() for l in (c.source or '').splitlines() if _re_showdoc.match(l.strip())}
        explicit = set().union(*[lines(c) for c in self.nb.cells if c.cell_type == 'code' and not c.get('has_sd')])
        for c in self.nb.cells:
            if c.get('has_sd') and lines(c) <= explicit: del c['source']

class SiteFilter(FilterDefaults):
    "nbdev's processors for the docs, `exec_show_docs` swapped for `render_show_docs`, `add_show_docs` deduplicated."
    def __init__(self, lib_name:str):
        memoize_docments()
        self.render = type('render_show_docs', (render_show_docs,), dict(lib_name=lib_name))
    def base_procs(self):
        procs = [self.render if p is exec_show_docs else p for p in super().base_procs()]
        i = procs.index(add_show_docs) + 1
        return procs[:i] + [dedupe_show_docs] + procs[i:]

# ------------------------------------------------------------------------------------------------ cells
_re_num = re.compile(r'^(\d+)[a-zA-Z0-9]*_')

def notebooks(nbs:Path)->list[Path]:
    "index.ipynb, then the numbered notebooks in order."
    return sorted((p for p in nbs.glob('*.ipynb') if p.name == 'index.ipynb' or _re_num.match(p.name)),
                  key=lambda p: (p.name != 'index.ipynb', p.name))

def group_of(nb:Path)->str:
    "The sidebar group of a numbered notebook ('' for the home page)."
    m = _re_num.match(nb.name)
    if not m: return ''
    return next((g for g, lo, hi in GROUPS if lo <= int(m.group(1)) <= hi), 'Other')

def page_file(nb:Path)->str:
    "The page's file name, as nbdev and Quarto name it (`00_core_attention.ipynb` -> `core_attention.html`)."
    return 'index.html' if nb.name == 'index.ipynb' else _re_num.sub('', nb.stem.lower()) + '.html'

_re_qopt = re.compile(r'^\s*#\|\s*([\w-]+)\s*:\s*(.*?)\s*$')

def cell_options(source:str)->tuple[dict, str]:
    "Split the `#| key: value` options that nbdev leaves for Quarto off the top of a code cell."
    lines, opts = source.splitlines(), {}
    while lines and (m := _re_qopt.match(lines[0])):
        opts[m.group(1)] = m.group(2).strip('"\''); lines.pop(0)
    return opts, '\n'.join(lines)

_re_attr_link = re.compile(r'\[([^\]]+)\]\(([^)\s]+)\)\{([^}]*)\}')
_re_heading = re.compile(r'^(#{1,6}) (.+)$', re.MULTILINE)

def _attr_link(m)->str:
    "A pandoc link with attributes (`[t](u){target=\"_blank\" ...}`) as an HTML link; the site's CSS styles it."
    text, url, attrs = m.groups()
    target = ' target="_blank" rel="noopener"' if 'target="_blank"' in attrs else ''
    return f'<a class="source-link" href="{html.escape(url)}"{target}>{text}</a>'

def _api_heading(m)->str:
    n, name = len(m.group(1)), html.escape(re.sub(r'[`*]', '', m.group(2).strip()))
    i = name.lower()                                         # the anchor nbdev's links use: `core_attention.html#rmsnorm`
    return f'<h{n} class="api-name" id="{i}"><code>{name}</code><a class="anchor-link" href="#{i}">¶</a></h{n}>'

def api_block(md:str)->str:
    "One `show_doc` output as a boxed block of markdown."
    md = re.sub(r'^---\s*\n', '', _re_attr_link.sub(_attr_link, md.strip()))
    return f'<div class="api">\n\n{_re_heading.sub(_api_heading, md, count=1)}\n\n</div>'

_re_nbname = re.compile(r'(?<!\[)`((?:nbs/)?(\d\d[a-z]?_\w+|[a-z_]\w*(?:\.\w+)+)(?:\.ipynb)?)`')

def link_names(md:str, files:dict)->str:
    """Backticked notebook and module names (`13_text_swap`, `nbs/13_text_swap.ipynb`, `embodied_nb.text_swap`)
    outside code blocks link to their page; `files` maps notebook stems and module names to page files."""
    def sub(m): return f'[`{m.group(1)}`]({files[m.group(2)]})' if m.group(2) in files else m.group(0)
    out, fence = [], False
    for line in md.splitlines():
        if line.lstrip().startswith('```'): fence = not fence
        elif not fence: line = _re_nbname.sub(sub, line)
        out.append(line)
    return '\n'.join(out)

def _text(x)->str: return ''.join(x) if isinstance(x, list) else (x or '')

def site_cells(nb, files:dict)->tuple[dict, list]:
    "The processed notebook's front matter, and its cells with Quarto's cell options applied (nbformat dicts)."
    fm, cells = {}, []
    for c in nb.cells:
        src = _text(c.get('source'))
        if c.cell_type == 'raw' and src.startswith('---') and not fm: fm = yaml.safe_load(src.strip().strip('-')) or {}
        elif c.cell_type == 'markdown': cells.append(dict(cell_type='markdown', metadata={}, source=link_names(src, files)))
        elif c.cell_type == 'code': cells += code_cell(c, src)
    return fm, cells

def code_cell(c, src:str)->list:
    "One code cell after its options: left out, its input hidden or folded, or its markdown output as a page block."
    opts, src = cell_options(src)
    if opts.get('include') == 'false': return []
    outs = [] if opts.get('output') == 'false' else [_plain(o) for o in c.get('outputs', [])]
    res = []
    if opts.get('output') == 'asis':                         # show_doc: the markdown is part of the page
        res = [dict(cell_type='markdown', metadata={}, source=api_block(_text(o['data']['text/markdown'])))
               for o in outs if 'text/markdown' in o.get('data', {})]
        outs = []
    meta = {}
    if opts.get('echo') == 'false' or not src.strip(): meta['transient'] = {'remove_source': True}
    if opts.get('code-fold') in ('true', 'show'): meta.update(code_fold=opts['code-fold'], code_summary=opts.get('code-summary', 'Code'))
    if src.strip() or outs: res.insert(0, dict(cell_type='code', metadata=meta, source=src, outputs=outs, execution_count=None))
    return res

def _plain(o)->dict:
    "An output as a plain nbformat dict (nbdev's cells are fastcore AttrDicts, with text as lists of lines)."
    d = {k: v for k, v in dict(o).items() if not k.endswith('_')}
    if 'data' in d: d['data'] = {k: _text(v) if k.startswith('text/') or k.endswith('+xml') else v for k, v in dict(d['data']).items()}
    if 'text' in d: d['text'] = _text(d['text'])
    if 'metadata' in d: d['metadata'] = dict(d['metadata'])
    return d

def nbnode(cells:list):
    nb = nbformat.v4.new_notebook()
    nb.metadata['language_info'] = {'name': 'python', 'pygments_lexer': 'ipython3'}
    nb.cells = [nbformat.from_dict(dict(c, id=f'c{i}')) for i, c in enumerate(cells)]
    return nb

# ------------------------------------------------------------------------------------------------ HTML
def mathml(tex:str, display:str)->str:
    "LaTeX as MathML, which Chromium, Firefox and Safari draw without a script."
    return re.sub(r'\\([_%&#$])', r'\1', latex2mathml(html.unescape(tex), display=display))   # `\text{a\_b}` keeps its `\`

class MathMLRenderer(IPythonRenderer):
    "nbconvert's markdown renderer with `$...$` and `$$...$$` drawn as MathML instead of left for MathJax."
    def block_math(self, body): return mathml(body, 'block')
    def multiline_math(self, text): return mathml(text.strip().strip('$'), 'block')
    def latex_environment(self, name, body): return mathml(f'\\begin{{{name}}}{body}\\end{{{name}}}', 'block')
    def inline_math(self, body): return mathml(body, 'inline')

class SiteExporter(HTMLExporter):
    "nbconvert's HTML exporter on the `docs_src/cells` template, without prompts, math as MathML."
    def __init__(self, **kw):
        super().__init__(template_name='cells', extra_template_basedirs=[str(SRC)], **kw)
        self.exclude_input_prompt = self.exclude_output_prompt = True
    @pass_context
    def markdown2html(self, context, source):
        cell = context.get('cell', {})
        renderer = MathMLRenderer(escape=False, attachments=cell.get('attachments', {}), anchor_link_text='¶')
        return MarkdownWithMath(renderer=renderer).render(source)
    def from_notebook_node(self, nb, resources=None, **kw):
        "HTMLExporter's, less its BeautifulSoup pass over the page (alt text, `jp-` tab stops): half the build time."
        self.register_filter('highlight_code', Highlight2HTML(pygments_lexer='ipython3', parent=self))
        resources = self._init_resources(resources)
        self.register_filter('filter_data_type', WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources))
        body, resources = super(HTMLExporter, self).from_notebook_node(nb, resources, **kw)
        return body.replace('<img src="data:', '<img alt="cell output" src="data:'), resources

_re_id = re.compile(r'\sid="([^"]+)"')
_re_h2 = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.DOTALL)

def toc(body:str)->list[tuple[str, str]]:
    "The page's second-level headings: (id, text)."
    return [(html.unescape(i), html.unescape(re.sub(r'<a class="anchor-link".*?</a>|<[^>]+>', '', t)).strip())
            for i, t in _re_h2.findall(body)]

def fix_links(body:str, doc_prefix:str, ids:dict)->str:
    """nbdev's backtick links point at the published site (`doc_host/doc_baseurl/page.html#sym`): make them
    relative, and point a fragment the page lacks (a method, a private helper) at its class or the page's top."""
    def sub(m):
        url = m.group(1)
        if url.startswith(doc_prefix): url = url[len(doc_prefix):]
        page, _, frag = url.partition('#')
        if page in ids and frag and not {frag, unquote(frag)} & ids[page]:
            cls = frag.split('.')[0]
            url = f'{page}#{cls}' if cls in ids[page] else page
        return f'href="{url}"'
    return re.sub(r'href="([^"]*)"', sub, body)

# ------------------------------------------------------------------------------------------------ build
def render_page(nb:Path, filt:SiteFilter, ex:SiteExporter, files:dict)->dict:
    "One notebook, processed and converted: its front matter and HTML body."
    processed = read_nb(nb)
    try: filt(processed)
    except Exception as e: raise RuntimeError(f'{nb.name}: {e}') from e
    fm, cells = site_cells(processed, files)
    body, _ = ex.from_notebook_node(nbnode(cells))
    desc = str(fm.get('description', ''))
    return dict(nb=nb, file=files[nb.stem], title=fm.get('title', nb.stem), description=desc.replace('`', ''),
                description_html=Markup(re.sub(r'`([^`]+)`', r'<code>\1</code>', html.escape(desc))), group=group_of(nb), body=body)

def build(out:Path=ROOT/'_docs', quiet:bool=False)->dict:
    "Process and render every notebook of `nbs/` into `out`; returns the page count and the seconds taken."
    t0 = time.time()
    os.chdir(ROOT)                                           # nbdev finds settings.ini from the working directory
    cfg = get_config()
    nbs = notebooks(cfg.nbs_path)
    modules = {nb: export_modules(read_nb(nb)) for nb in nbs}
    files = {nb.stem: page_file(nb) for nb in nbs} | {f'{cfg.lib_name}.{m}': page_file(nb) for nb in nbs for m in modules[nb]}
    filt, ex, pages = SiteFilter(cfg.lib_name), SiteExporter(), []
    for nb in nbs:
        t = time.time()
        pages.append(dict(render_page(nb, filt, ex, files), modules=modules[nb]))
        if not quiet: print(f'  {nb.name:32s} -> {pages[-1]["file"]:28s} {time.time() - t:.1f}s', flush=True)
    write_site(Path(out), pages, cfg)
    return dict(pages=len(pages), seconds=round(time.time() - t0, 1), out=str(out))

def _source_links(p:dict, cfg)->dict:
    "The page's notebook and modules on GitHub (settings.ini's git_url and branch)."
    blob, lib = f"{cfg.git_url.rstrip('/')}/blob/{cfg.branch}", cfg.lib_path.name
    nb = f"{cfg.nbs_path.name}/{p['nb'].name}"
    mods = [f"{lib}/{m.replace('.', '/')}.py" for m in p['modules']]
    return dict(notebook=(nb, f'{blob}/{nb}'), modules=[(m, f'{blob}/{m}') for m in mods])

def write_site(out:Path, pages:list, cfg):
    "The pages in the layout (sidebar by system, table of contents, source links, previous/next), and the assets."
    env = Environment(loader=FileSystemLoader(str(SRC)), autoescape=select_autoescape(['html', 'j2']))
    doc_prefix = urljoin(cfg.doc_host.rstrip('/') + '/', cfg.doc_baseurl.strip('/') + '/')
    ids = {p['file']: {html.unescape(i) for i in _re_id.findall(p['body'])} for p in pages}
    groups = [dict(title=g, pages=[p for p in pages if p['group'] == g]) for g in dict.fromkeys(p['group'] for p in pages if p['group'])]
    shutil.rmtree(out, ignore_errors=True); (out/'assets').mkdir(parents=True)
    shutil.copy(SRC/'site.css', out/'assets'/'site.css')
    (out/'assets'/'pygments.css').write_text(HtmlFormatter(style='default').get_style_defs('.highlight'))
    layout = env.get_template('page.html.j2')
    for i, p in enumerate(pages):
        body = fix_links(p['body'], doc_prefix, ids)
        (out/p['file']).write_text(layout.render(
            page=p, body=body, toc=toc(body), groups=groups, home=pages[0], src=_source_links(p, cfg), cfg=cfg,
            prev=pages[i - 1] if i else None, next=pages[i + 1] if i + 1 < len(pages) else None))

def main(argv=None)->int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--out', type=Path, default=ROOT/'_docs', help='the site folder (replaced)')
    ap.add_argument('-q', '--quiet', action='store_true', help='one summary line, not one per notebook')
    a = ap.parse_args(argv)
    try: res = build(a.out.resolve(), quiet=a.quiet)
    except RuntimeError as e: print(f'docs: build failed: {e}', file=sys.stderr); return 1
    print(f"docs: {res['pages']} pages in {res['seconds']} s -> {Path(res['out'])/'index.html'}")
    return 0

if __name__ == '__main__': sys.exit(main())
