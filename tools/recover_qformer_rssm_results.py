#!/usr/bin/env python3
"""Recover the measured numbers of `10_qformer` and `11_rssm` into `results/`.

The runs behind these numbers kept no run folder; what survives is the text the notebooks printed (and, for the
world-model timings, a Markdown table) at the commit where the run was recorded. For each experiment this script reads
the notebook JSON at that commit (`git show SHA:nbs/NAME.ipynb`), finds the cell by a piece of its source, parses the
printed output (or the prose) with regexes and writes `results/<experiment>/result.json` with
`embodied_nb.train.record_result`. No number is typed here: every value comes from the parsed text. Running it again
rewrites the same files. Usage (from the repository root):

    python tools/recover_qformer_rssm_results.py
"""
import ast, json, re, subprocess, sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from embodied_nb.train import record_result

# The commit at which each output was recorded: `git log --format=%H -S'<printed text>' -- nbs/NAME.ipynb`.
QFORMER_BENCH = '52e3488a85467fb4d5c391677db37135197a33a6'   # 10_qformer: benchmark outputs and the prose ranges
QFORMER_PROBE = 'a418ef3f9004dc6038eab1f84caa1cbb48fd66cb'   # 10_qformer: state probe outputs
RSSM_FIT = '31713669740bfeb23e2d6d87c2fb3f92d6e251ac'        # 11_rssm: 200-update fit (slow cell)
RSSM_VARIANTS = 'c618dbd1ecc662d3d44ff4ce260aa2f5e58a06d0'   # 11_rssm: multimodal / decoder variants (slow cell)
RSSM_SQUARE = 'bbe14ac7ac29520e1ae1fc24878b3bff250de271'     # 11_rssm: sliding square, quick fit, replay collection
RSSM_BENCH = 'e3d9f7b3d4b79670f57a480000283204044dd9e8'      # 11_rssm: world-model update times (Markdown table)

def machine(threads=None)->dict:
    "What is known of the machine the recovered runs used."
    return {'cpu': None, 'cores': 2, 'torch_threads': threads, 'gpu': None,
            'note': "the project's 2-core CPU development machine; the CPU model was not recorded"}

def notebook(sha:str, name:str)->list:
    "The cells of `nbs/<name>.ipynb` at commit `sha`."
    text = subprocess.run(['git', 'show', f'{sha}:nbs/{name}.ipynb'], cwd=REPO, capture_output=True, text=True, check=True).stdout
    return json.loads(text)['cells']

def cell(cells:list, anchor:str)->tuple[str, str]:
    "(source, printed output) of the one cell whose source contains `anchor`."
    found = [c for c in cells if anchor in ''.join(c['source'])]
    if len(found) != 1: raise ValueError(f'anchor {anchor!r}: expected one cell, found {len(found)}')
    c = found[0]
    out = ''.join(''.join(o.get('text', [])) for o in c.get('outputs', []) if o.get('output_type') == 'stream')
    return ''.join(c['source']), out

def match(pattern:str, text:str, flags=re.S)->re.Match:
    "The first match of `pattern` in `text`; ValueError when absent (the text is not what this script expects)."
    m = re.search(pattern, text, flags)
    if m is None: raise ValueError(f'pattern {pattern!r} not found in {text[:200]!r}')
    return m

def num(s:str):
    "A number as printed: '1,874,368' -> 1874368, '6.2' -> 6.2."
    s = s.replace(',', '')
    return int(s) if re.fullmatch(r'-?\d+', s) else float(s)

def ms(s:str)->float:
    "Printed milliseconds as seconds, without binary-float noise ('5831.9' -> 5.8319)."
    return float(s.replace(',', '') + 'e-3')

def source(nb:str, what:str, sha:str)->str:
    return f'parsed from the recorded output of {nb} ({what}) at commit {sha}; the run folder is not kept'

# ---------------------------------------------------------------- 10_qformer
BENCH_BLOCK = (r'Q-Former benchmark \((\d+) frames(?:, preset (\w+), (\w+))?\), forward\+backward:\s*'
               r'CNN encoder alone\s+([\d.]+) ms\s*MultimodalEncoder\s+([\d.]+) ms\s+\(([\d.]+)x the CNN\)\s*'
               r'Blip2QFormerModel\s+([\d.]+) ms\s*our Q-Former \(fusion\)\s+([\d.]+) ms\s+\(([\d.]+)x Blip2QFormerModel\)\s*'
               r'text encoding over (\d+) steps: no cache ([\d.]+) ms, cache ([\d.]+) ms \(([\d.]+)x\)')

def bench_rows(out:str, preset:str, device:str)->list:
    "One row per benchmark report in `out`, in `bench_qformer`'s keys (seconds)."
    rows = []
    for m in re.finditer(BENCH_BLOCK, out):
        g = m.groups()
        rows.append(dict(preset=g[1] or preset, device=g[2] or device, frames=num(g[0]), text_steps=num(g[9]),
                         cnn_s=ms(g[3]), encoder_s=ms(g[4]), blip2_qformer_s=ms(g[6]),
                         qformer_s=ms(g[7]), text_nocache_s=ms(g[10]), text_cache_s=ms(g[11]),
                         encoder_over_cnn=num(g[5]), qformer_over_blip2=num(g[8]), text_nocache_over_cache=num(g[12])))
    if not rows: raise ValueError('no benchmark report found')
    return rows

def prose_ranges(text:str)->dict:
    "The ranges over repeated full runs that the benchmark's prose states."
    t = ' '.join(text.split())
    runs = match(r'over (\w+) full runs', t).group(1)
    words = {'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10}
    enc = match(r'costs \*\*([\d.]+)-([\d.]+)x\*\* the CNN alone \(about ([\d.]+)-([\d.]+) s for the CNN\)', t)
    qf = match(r'takes \*\*([\d.]+)-([\d.]+)x\*\* the time of a `Blip2QFormerModel`.*?\(about ([\d.]+) s against ([\d.]+) s\)', t)
    txt = match(r'about ([\d.]+) s when re-encoded at every step against ([\d.]+) ms with the cache \(\*\*~(\d+)x', t)
    wobble = match(r'single runs wobble by ±(\d+)%', t)
    return {'full_runs': words.get(runs, runs), 'single_run_spread_pct': num(wobble.group(1)),
            'encoder_over_cnn_low': num(enc.group(1)), 'encoder_over_cnn_high': num(enc.group(2)),
            'cnn_s_low': num(enc.group(3)), 'cnn_s_high': num(enc.group(4)),
            'qformer_over_blip2_low': num(qf.group(1)), 'qformer_over_blip2_high': num(qf.group(2)),
            'qformer_s_about': num(qf.group(3)), 'blip2_qformer_s_about': num(qf.group(4)),
            'text_nocache_s_about': num(txt.group(1)), 'text_cache_s_about': ms(txt.group(2)),
            'text_nocache_over_cache_about': num(txt.group(3))}

def recover_qformer_bench():
    cells = notebook(QFORMER_BENCH, '10_qformer')
    _, full_out = cell(cells, 'bench_qformer("lean", batch=16, seq=64')
    quick_src, quick_out = cell(cells, 'bench_qformer("lean", batch=4, seq=16')
    prose, _ = cell(cells, 'over six full runs')
    full = bench_rows(full_out, 'lean', 'cpu')
    quick = bench_rows(quick_out, 'lean', 'cpu')
    record_result('bench_qformer_recorded',
        {'summary': prose_ranges(prose),
         'tables': {'forward+backward, preset lean, 16 x 64 frames, cpu (the last of the full runs)': full,
                    "the notebook's quick runs (4 x 16 frames, and the command line at 1 x 2 frames): smoke tests, not representative": quick}},
        command='embodied bench qformer --preset lean --batch 16 --seq 64 --repeats 3 --device cpu',
        config={'preset': 'lean', 'batch': 16, 'seq': 64, 'repeats': 3, 'device': 'cpu'},
        title="Q-Former benchmark: the multimodal encoder against the CNN alone and BLIP-2's Q-Former (recorded runs)",
        source=source('10_qformer', 'the benchmark reports printed by the slow full run and by the quick test cell', QFORMER_BENCH)
               + '; the summary holds the ranges over repeated full runs that the notebook prose stated at that commit '
                 '(no printed output behind them, only the last run was printed)',
        commit=QFORMER_BENCH, machine=machine())

def collect_defaults(cells:list)->dict:
    "The frame-collection settings: the defaults of `collect_cartpole_states` at that commit."
    src, _ = cell(cells, 'def collect_cartpole_states(')
    return {f'collect_{k}': num(v) for k, v in re.findall(r'(episodes|steps|size|seed):int=(\d+)', src.split('def train_state_probe')[0])}

def fit_config(call:re.Match)->dict:
    "The tiny preset's settings from a matched `fit_world_model(..., updates=, batch_size=, seq_len=, lr=)` call."
    return {'preset': 'tiny', **{k: num(call.group(i)) for i, k in enumerate(('updates', 'batch_size', 'seq_len', 'lr'), 1)}}

def replay_call(cells:list)->str:
    "How the notebook collected its replay: the `collect_random_replay(...)` call of its data cell."
    src, _ = cell(cells, 'replay = collect_random_replay(')
    return match(r'(collect_random_replay\([^)]*\))', src).group(1)

def recover_qformer_probe():
    cells = notebook(QFORMER_PROBE, '10_qformer')
    _, probe_out = cell(cells, 'train_state_probe(probes[label]')
    _, attn_out = cell(cells, 'trained = probes[')
    intro, _ = cell(cells, 'Every run:')
    conclusion, _ = cell(cells, 'A second seed of the scripts')
    cfg = match(r'Every run: (\d+) Adam steps at ([\de.-]+), batch (\d+), the Q-Former group warmed up over (\d+) steps', ' '.join(intro.split()))
    diag = {label.replace('Q-Former, ', 'Q-Former '): ast.literal_eval('{' + d + '}')
            for label, d in re.findall(r'^(Q-Former.+?) \{(.+)\}$', attn_out, re.M)}
    rows = []
    for label, a, b in re.findall(r'^(.+?)\s+held-out MSE ([\d.]+) -> ([\d.]+)$', probe_out, re.M):
        label = label.replace('Q-Former, ', 'Q-Former ')
        d = diag.get(label, {})
        rows.append(dict(encoder=label, initial_mse=num(a), final_mse=num(b), output_var=d.get('qformer/output_var'),
                         visual_attn_overlap=d.get('qformer/visual_attn_overlap')))
    grid = [[num(x) for x in re.findall(r'\d+', r)] for r in re.findall(r'\[\s*([\d,\s]+)\]', attn_out.split('dtype')[0])]
    side = len(grid[0])                       # a square grid per query: one printed row per grid row
    attention = [dict(query=q, row=r, **{f'col{c}': grid[q * side + r][c] for c in range(side)})
                 for q in range(len(grid) // side) for r in range(side)]
    second = match(r'A second seed of the scripts behind this section gave the same split \(([\d.]+) against ([\d.]+)\)', ' '.join(conclusion.split()))
    record_result('qformer_state_probe',
        {'summary': {'target_variance': num(match(r'target variance ([\d.]+)', probe_out).group(1)),
                     'second_seed_default_final_mse': num(second.group(1)), 'second_seed_collapsed_final_mse': num(second.group(2))},
         'tables': {'held-out MSE of a linear state probe and the Q-Former diagnostics after training': rows,
                    "last-layer visual attention of the default encoder's queries on a held-out frame (percent per cell of the 4 x 4 grid)": attention}},
        command='nbdev_test --path nbs/10_qformer.ipynb --flags slow',
        config={'steps': num(cfg.group(1)), 'lr': num(cfg.group(2)), 'batch': num(cfg.group(3)), 'warmup': num(cfg.group(4)),
                'env': 'cartpole-swingup', **collect_defaults(cells)},
        title='Q-Former state probe: held-out error of a linear probe of the cartpole state, CNN alone vs Q-Former encoders',
        source=source('10_qformer', 'the held-out MSE of each probe, the attention grid and the diagnostics printed by the two slow cells', QFORMER_PROBE)
               + "; the second seed's final errors are stated only in the prose at that commit",
        commit=QFORMER_PROBE, machine=machine())

# ---------------------------------------------------------------- 11_rssm
FIT_METRICS = r'^(\S+)\s+(-?[\d.]+) ->\s+(-?[\d.]+)$'

def recover_rssm_fit():
    cells = notebook(RSSM_FIT, '11_rssm')
    src, out = cell(cells, 'updates=200, batch_size=8, seq_len=32')
    timing = match(r'(\d+) updates in (\d+) s \(([\d.]+) updates/s\)', out)
    call = match(r'fit_world_model\(wm, replay, updates=(\d+), batch_size=(\d+), seq_len=(\d+), lr=([\de.-]+)', src)
    rows = [dict(metric=k, before=num(a), after=num(b)) for k, a, b in re.findall(FIT_METRICS, out, re.M)]
    record_result('rssm_cartpole_fit',
        {'summary': {'updates': num(timing.group(1)), 'updates_per_s': num(timing.group(3))},
         'tables': {'held-out metrics before and after training': rows}},
        command='nbdev_test --path nbs/11_rssm.ipynb --flags slow',
        config={**fit_config(call), 'replay': replay_call(cells)},
        wall_clock_s=num(timing.group(2)),
        title='RSSM world model fit: tiny preset, 200 updates on random-policy cartpole-balance',
        source=source('11_rssm', 'the held-out metrics before and after training and the update time printed by the slow cell', RSSM_FIT),
        commit=RSSM_FIT, machine=machine())

def recover_rssm_variants():
    cells = notebook(RSSM_VARIANTS, '11_rssm')
    src, out = cell(cells, 'variants = {"multimodal"')
    call = match(r'fit_world_model\(model, replay, updates=(\d+), batch_size=(\d+), seq_len=(\d+), lr=([\de.-]+)', src)
    pat = r'^(\w+)\s+total\s+([\d.]+) ->\s+([\d.]+)\s+(loss/\w+)\s+([\d.]+) ->\s+([\d.]+)\s+reward ([\d.]+) -> ([\d.]+)$'
    rows = [dict(variant=v, total_before=num(a), total_after=num(b), rep_term=rep, rep_before=num(c), rep_after=num(d),
                 reward_before=num(e), reward_after=num(f)) for v, a, b, rep, c, d, e, f in re.findall(pat, out, re.M)]
    record_result('rssm_cartpole_variants',
        {'tables': {'held-out losses before and after training (multimodal: Q-Former encoder; dreamer: decoder loss)': rows}},
        command='nbdev_test --path nbs/11_rssm.ipynb --flags slow',
        config={**fit_config(call), 'replay': replay_call(cells)},
        title='RSSM world model variants: the Q-Former encoder and the decoder loss, 100 updates each',
        source=source('11_rssm', 'the held-out losses printed by the slow variants cell', RSSM_VARIANTS),
        commit=RSSM_VARIANTS, machine=machine())

def recover_rssm_square():
    cells = notebook(RSSM_SQUARE, '11_rssm')
    src, out = cell(cells, 'squares = SlidingSquare()')
    prose, _ = cell(cells, 'The test: before training the ratio is 1')
    use = ast.literal_eval(match(r'(\{.*?\})', out).group(1))
    call = match(r'fit_world_model\(wm_sq, squares, updates=(\d+), batch_size=(\d+), seq_len=(\d+), lr=([\de.-]+)', src)
    ctx = match(r'action_use\(sq_held_out, context=(\d+)\)', src)
    wall = match(r'batches of \d+ x \d+, about (\d+) s\)', ' '.join(prose.split()))
    record_result('rssm_sliding_square',
        {'summary': {f'{k}_reward_error' if k != 'ratio' else 'ratio': v for k, v in use.items()}},
        command='nbdev_test --path nbs/11_rssm.ipynb',
        config={**fit_config(call), 'context': num(ctx.group(1)), 'held_out': 'SlidingSquare(episodes=64, seed=1).sample(64, 32)'},
        wall_clock_s=num(wall.group(1)),
        title='RSSM sliding square: open-loop reward error under the recorded vs shuffled actions after training',
        source=source('11_rssm', 'the action_use dict printed by the sliding-square test', RSSM_SQUARE)
               + '; the wall-clock is the approximate figure the prose gave',
        commit=RSSM_SQUARE, machine=machine())

def recover_rssm_quick_fit():
    cells = notebook(RSSM_SQUARE, '11_rssm')
    src, out = cell(cells, 'fast = fit_world_model(wm_fast')
    _, rout = cell(cells, 'replay = collect_random_replay(')
    m = match(r'total ([\d.]+) -> ([\d.]+), reward ([\d.]+) -> ([\d.]+)', out)
    call = match(r'updates=(\d+), batch_size=(\d+), seq_len=(\d+), lr=([\de.-]+)', src)
    collect = match(r'in ([\d.]+) s', rout)
    record_result('rssm_cartpole_quick_fit',
        {'summary': {'replay_collection_s': num(collect.group(1))},
         'tables': {'held-out losses before and after training': [dict(metric='loss/total', before=num(m.group(1)), after=num(m.group(2))),
                                                                   dict(metric='loss/reward', before=num(m.group(3)), after=num(m.group(4)))]}},
        command='nbdev_test --path nbs/11_rssm.ipynb',
        config={**fit_config(call), 'replay': replay_call(cells)},
        title="RSSM quick fit: tiny preset, 40 updates on random-policy cartpole-balance (the notebook's default test run)",
        source=source('11_rssm', 'the losses printed by the quick-fit test and the replay collection time printed by the data cell', RSSM_SQUARE),
        commit=RSSM_SQUARE, machine=machine())

def recover_world_model_bench():
    cells = notebook(RSSM_BENCH, '11_rssm')
    prose, _ = cell(cells, 'Measured with `bench_world_model')
    flat = ' '.join(prose.split())
    call = match(r'Measured with `(bench_world_model\([^`]+\))`', flat).group(1)
    threads = num(match(r'2-core CPU \((\d+) threads\)', flat).group(1))
    load = num(match(r'load average near (\d+)', flat).group(1))
    factor = num(match(r'good to about a factor of (\d+)', flat).group(1))
    def span(s):
        lo, *hi = [num(x) for x in s.split(' - ')]
        return lo, (hi[0] if hi else lo)
    rows = []
    for preset, cs, cp, ms, mp in re.findall(r'^\| `(\w+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$', prose, re.M):
        (c_lo, c_hi), (m_lo, m_hi) = span(cs.strip()), span(ms.strip())
        rows.append(dict(preset=preset, cnn_s_low=c_lo, cnn_s_high=c_hi, cnn_params=num(cp.strip()),
                         multimodal_s_low=m_lo, multimodal_s_high=m_hi, multimodal_params=num(mp.strip())))
    record_result('bench_world_model_recorded',
        {'summary': {'load_average_during_runs': load, 'accuracy_factor': factor},
         'tables': {'seconds per world-model update of 16 x 64 frames and trainable parameters (1-dim action; low = high where one run was reported)': rows}},
        command='python -c "from embodied_nb.rssm import bench_world_model; ' + \
                f"[print({call.replace('preset, encoder', 'p, e')}) for p in {tuple(r['preset'] for r in rows)} for e in ('cnn', 'multimodal')]\"",
        config={'batch_size': 16, 'seq_len': 64, 'presets': [r['preset'] for r in rows], 'encoders': ['cnn', 'multimodal']},
        title='World-model update time per preset and encoder (recorded runs)',
        source=f'parsed from the Markdown table in the prose of 11_rssm at commit {RSSM_BENCH} (no printed output behind it; '
               'the runs kept no folder); ranges are what the table gave for repeated runs',
        commit=RSSM_BENCH, machine=machine(threads))

if __name__ == '__main__':
    for f in (recover_qformer_bench, recover_qformer_probe, recover_rssm_fit, recover_rssm_variants, recover_rssm_square,
              recover_rssm_quick_fit, recover_world_model_bench):
        f(); print('recovered', f.__name__)
