#!/usr/bin/env python3
"""Recover the measured numbers of the R2-Dreamer notebooks (12_r2dreamer, 13_text_swap, 95_demo) into results/.

The run folders of these experiments are not kept. Their numbers survive in the notebooks' recorded cell outputs
(printed text) and in their markdown, at the commits named below. This script reads the notebook JSON at those
commits (`git show SHA:nbs/NAME.ipynb`), parses the printed text and the markdown tables and sentences with regular
expressions, resolves each run's config with the package code of the commit that recorded it, and writes one
`results/<experiment>/` record per experiment with `embodied_nb.train.record_result`. No number is typed here: every
measured value comes out of a regex match, and the script fails when a pattern no longer matches.

Idempotent: a rerun rewrites the same files (only the `recorded` date changes). Run it from the repository root
with the project's environment:

    .venv/bin/python tools/recover_r2dreamer_results.py [--root results]

The commits below were found with `git log --format=%H -S'<printed text>' -- nbs/<notebook>`; the script checks that
each one holds the text it parses.
"""
from __future__ import annotations
import argparse, ast, base64, json, re, shlex, subprocess, sys, tarfile, tempfile, io
from pathlib import Path
from statistics import mean

REPO = Path(__file__).resolve().parent.parent
NB12, NB13, NB95 = 'nbs/12_r2dreamer.ipynb', 'nbs/13_text_swap.ipynb', 'nbs/95_demo.ipynb'
OLD_DEMO = 'nbs/03_demo.ipynb'            # 95_demo's name before the notebooks were renumbered

# The last commit whose notebooks still hold the lab-log prose (the markdown numbers are parsed here).
PROSE = 'bfd0f0033e334e2ca9bb146c308f5148b3bf0273'
# Commits that recorded each printed output (or wrote a markdown-only measurement).
FIRST_PRESET = '3ddf87c'     # 12: the first cpu preset's multimodal run (eval returns printed)
SECOND_PRESET = 'f29d7a5'    # 12: the second cpu preset's CNN run, action_use of both AR2 runs (printed)
THIRD_PRESET = '9fa59a2'     # 12: the third cpu preset (action repeat 8): random policy, eval returns, action_use (printed)
RESUMED = '772a49c'          # 12: eval curves of the third preset's runs resumed past 100k frames (printed)
CURRENT = '80d5c7a'          # 12: the current cpu preset's seed runs (printed curves, last-four, warnings)
TINY = 'e26e394'             # 12: the tiny-preset learning run (markdown table; its lr 3e-4 row completed at 4d552c7)
TINY_LR = '4d552c7'
BENCH = 'e91f5fa'            # 12: the typed `embodied bench r2dreamer` table (markdown only)
TEXT_SWAP = '744de72'        # 13: the text-swap table (printed as markdown)
DEMO = 'dfa0d49'             # 95 (then 03_demo): the demo's summary line (printed)
DEMO_40K = '96409b0'         # 95 (then 03_demo): the 40k-step run (markdown only)

def _machine(threads=None)->dict:
    return {'cpu': None, 'cores': 2, 'torch_threads': threads, 'gpu': None,
            'note': "the project's 2-core CPU development machine; the CPU model was not recorded"}

# ---------------------------------------------------------------------------------------------------------------
# Reading notebooks at a commit

def git(*args)->str:
    return subprocess.run(['git', *args], cwd=REPO, capture_output=True, text=True, check=True).stdout

_full = {}
def full_sha(sha:str)->str:
    if sha not in _full: _full[sha] = git('rev-parse', sha).strip()
    return _full[sha]

_nbs = {}
def notebook(sha:str, path:str)->list:
    "The cells of notebook `path` at commit `sha`."
    key = (sha, path)
    if key not in _nbs: _nbs[key] = json.loads(git('show', f'{sha}:{path}'))['cells']
    return _nbs[key]

def _outputs(cell:dict, kind:str='text')->str:
    "The printed text (or markdown / a base64 image) of a code cell's outputs, joined."
    out = []
    for o in cell.get('outputs', []):
        if kind == 'text' and 'text' in o: out.append(''.join(o['text']))
        elif kind in o.get('data', {}): out.append(''.join(o['data'][kind]))
    return ''.join(out)

def cell(sha:str, path:str, marker:str, where:str='source')->dict:
    "The one cell whose source (or printed output) contains `marker` at commit `sha`."
    text = (lambda c: ''.join(c['source'])) if where == 'source' else (lambda c: _outputs(c) + _outputs(c, 'text/markdown'))
    found = [c for c in notebook(sha, path) if marker in text(c)]
    if len(found) != 1: raise LookupError(f"{path}@{sha}: expected one cell with {marker!r} in its {where}, found {len(found)}")
    return found[0]

def source(sha, path, marker)->str: return ''.join(cell(sha, path, marker)['source'])
def printed(sha, path, marker)->str: return _outputs(cell(sha, path, marker, 'output'))

def images(sha, path, marker)->list[bytes]:
    "The PNG images a cell displayed, in order."
    return [base64.b64decode(''.join(o['data']['image/png'])) for o in cell(sha, path, marker).get('outputs', [])
            if 'image/png' in o.get('data', {})]

# ---------------------------------------------------------------------------------------------------------------
# Parsing

NUM = r'−?-?[\d,]*\.?\d+'

def num(s:str):
    "A number as the notebooks typed it: '1,700', '0.79x', '**1.74x**', '−0.1', '86 (1 env)' -> int or float."
    s = s.strip().strip('*').replace(',', '').replace('−', '-')
    m = re.match(r'^-?\d*\.?\d+', s)
    if not m: raise ValueError(f"not a number: {s!r}")
    v = m.group(0)
    return float(v) if '.' in v else int(v)

def grab(text:str, pattern:str, what:str)->tuple:
    "The numbers of the groups of `pattern` in `text` (whitespace in the pattern matches any line break)."
    m = re.search(pattern.replace(' ', r'\s+'), text)
    if not m: raise LookupError(f"{what}: pattern {pattern!r} not found")
    vals = tuple(num(g) for g in m.groups())
    return vals if len(vals) > 1 else vals[0]

def md_table(text:str, first_header:str)->list[dict]:
    "The rows (header -> cell text) of the markdown table whose first header cell is `first_header`."
    lines = [l.strip() for l in text.splitlines()]
    start = next(i for i, l in enumerate(lines) if l.startswith('|') and l.strip('| ').startswith(first_header))
    head = [c.strip() for c in lines[start].strip('|').split('|')]
    rows = []
    for l in lines[start + 2:]:
        if not l.startswith('|'): break
        rows.append(dict(zip(head, (c.strip() for c in l.strip('|').split('|')))))
    return rows

def k_frames(s:str)->int:
    "'10k' -> 10000."
    return int(float(s.rstrip('k')) * 1000)

def curve_lines(text:str)->dict:
    "label -> (frames, returns, last_four, warnings) of lines 'LABEL: 10k 228, 20k 373, ... [| last four N, W stale-replay warnings]'."
    out = {}
    for line in text.splitlines():
        m = re.match(r'^(.+?): ((?:\d+k \d+(?:, )?)+)(?: \| last four (\d+), (\d+) stale-replay warnings)?$', line.strip())
        if not m: continue
        pts = [p.split() for p in m.group(2).split(', ')]
        out[m.group(1)] = ([k_frames(f) for f, _ in pts], [int(r) for _, r in pts],
                           int(m.group(3)) if m.group(3) else None, int(m.group(4)) if m.group(4) else None)
    return out

def step_returns(text:str, prefix:str='')->list[tuple]:
    "The `[(agent step, eval return), ...]` list printed after '<prefix>eval return by agent step: '."
    m = re.search(re.escape(prefix) + r'eval return by agent step: (\[.*?\])', text)
    if not m: raise LookupError(f"no '{prefix}eval return by agent step' line")
    return ast.literal_eval(m.group(1))

def printed_dict(text:str, prefix:str)->dict:
    "The dict literal printed after `prefix` on one line."
    m = re.search(re.escape(prefix) + r'\s*(\{.*?\})', text)
    if not m: raise LookupError(f"no dict printed after {prefix!r}")
    return ast.literal_eval(m.group(1))

def wide(curves:dict, x:str='env_frames', y:str='eval_return', prefix:str='eval_')->list[dict]:
    "One CSV table of several runs' curves: the x column, then one column per run (empty where a run has no point)."
    xs = sorted({r[x] for rows in curves.values() for r in rows})
    by = {name.removeprefix(prefix): {r[x]: r[y] for r in rows} for name, rows in curves.items()}
    return [{x: v, **{name: pts.get(v) for name, pts in by.items()}} for v in xs]

def curve_rows(points, repeat:int, resumed_after:int|None=None)->list[dict]:
    "Flat curve rows from (agent step, return) points."
    rows = []
    for step, ret in points:
        r = dict(agent_steps=int(step), env_frames=int(step) * repeat, eval_return=ret)
        if resumed_after is not None: r['resumed'] = int(step * repeat > resumed_after)
        rows.append(r)
    return rows

# ---------------------------------------------------------------------------------------------------------------
# Configs, resolved by the package code of the commit that recorded the run

def resolve_configs(sha:str, specs:dict)->dict:
    "name -> cfg.to_dict() of `R2DreamerConfig.preset(preset, **kw).override(*words)` with the code at `sha`."
    code = ("import json, sys\nfrom embodied_nb.r2dreamer import R2DreamerConfig\nout = {}\n"
            "for name, (preset, kw, words) in json.loads(sys.argv[1]).items():\n"
            "    cfg = R2DreamerConfig.preset(preset, **kw)\n"
            "    out[name] = (cfg.override(*words) if words else cfg).to_dict()\n"
            "print(json.dumps(out))\n")
    with tempfile.TemporaryDirectory() as d:
        archive = subprocess.run(['git', 'archive', full_sha(sha), 'embodied_nb'], cwd=REPO, capture_output=True, check=True).stdout
        tarfile.open(fileobj=io.BytesIO(archive)).extractall(d, filter='data')
        r = subprocess.run([sys.executable, '-c', code, json.dumps(specs)], cwd=d, capture_output=True, text=True,
                           env={'PYTHONPATH': d, 'PATH': '/usr/bin:/bin', 'MUJOCO_GL': 'egl', 'HOME': str(Path.home())})
    if r.returncode: raise RuntimeError(f"resolving configs at {sha}: {r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])

def train_words(command:str)->list[str]:
    "The `a.b=value` words of an `embodied train r2dreamer` command."
    return [w for w in shlex.split(command) if '=' in w and not w.startswith('-')]

def preset_of(command:str)->str:
    w = shlex.split(command)
    return w[w.index('--preset') + 1]

def configs_for(sha:str, commands:dict)->dict:
    "name -> resolved config of each `embodied train r2dreamer` command, with the code at `sha`."
    return resolve_configs(sha, {n: (preset_of(c), {}, train_words(c)) for n, c in commands.items()})

def src(path, what, sha)->str:
    "'<what> of <notebook> at commit <sha>' for a record's `source`."
    return f"{what} of {Path(path).stem} at commit {full_sha(sha)[:7]}"

# ---------------------------------------------------------------------------------------------------------------
# 12_r2dreamer: the typed benchmark table

def bench_recorded(root):
    text = source(BENCH, NB12, 'env frames / s (collecting)')
    command = grab_text(text, r'Measured with `(embodied bench r2dreamer[^`]*)`')
    rows = []
    for r in md_table(text, 'preset'):
        env = re.match(r'([\d,]+) \((\d+) envs?\)', r['env frames / s (collecting)'])
        rows.append(dict(preset=r['preset'], encoder=r['encoder'], batch=r['batch'].replace(' × ', 'x'), amp=r['amp'] == 'on',
                         seconds=num(r['s / update']), updates_per_s=num(r['updates / s']),
                         replayed_frames_per_s=num(r['replayed frames / s']), seconds_fp32=num(r['fp32 s']),
                         seconds_bf16=num(r['bf16 s']), bf16_speedup=num(r['bf16 speed-up']), params=num(r['trainable params']),
                         env_frames_per_s=num(env.group(1)), collect_envs=int(env.group(2))))
    words = shlex.split(command)[3:]
    return record('bench_r2dreamer_recorded', {'tables': {'agent updates': rows}}, root, command=command,
                  config={'argv': words}, title='embodied bench r2dreamer (recorded table)', commit=BENCH, machine=_machine(),
                  source=f"parsed from the markdown table of {src(NB12, 'the Benchmark section', BENCH)} (typed from the "
                         "command's printed rows; no cell output was kept); measured with nothing else running, when the cpu "
                         "preset ran at action repeat 2 (update times do not depend on it)")

def grab_text(text, pattern)->str:
    "The first group of `pattern` in `text` with its whitespace normalised (a space in the pattern matches any)."
    m = re.search(pattern.replace(' ', r'\s+'), text, re.S)
    if not m: raise LookupError(f"pattern {pattern!r} not found")
    return ' '.join(m.group(1).split())

# ---------------------------------------------------------------------------------------------------------------
# 12_r2dreamer: the tiny-preset learning run

def tiny_balance(root):
    slow = source(PROSE, NB12, 'run_dir = Path("../runs/r2dreamer_tiny_balance")')
    out_dir = re.search(r'run_dir = Path\("\.\./(runs/[^"]+)"\)', slow).group(1)
    argv = ast.literal_eval(re.search(r'train_cli\((\[.*?\])\)', slow.replace('str(run_dir)', repr(out_dir)), re.S).group(1))
    command = 'embodied train r2dreamer ' + ' '.join(argv)
    prose = source(PROSE, NB12, 'same with `optim.lr=3e-4 optim.warmup=100`')
    variant = grab_text(prose, r'same with `([^`]*)`')
    table = md_table(prose, 'agent steps')
    steps = [num(k) for k in table[0] if k != 'agent steps']
    first, second = ([num(r[k]) for k in r if k != 'agent steps'] for r in table)
    # the run's action repeat: the tiny preset's, as the code of that commit resolves it
    cfgs = configs_for(TINY, {'paper_lr': command, 'lr_3e-4': command + ' ' + variant})
    repeat = cfgs['paper_lr']['action_repeat']
    curve = lambda rets: [dict(agent_steps=s, env_frames=s * repeat, eval_return=r) for s, r in zip(steps, rets)]
    diag = source(PROSE, NB12, '*The world model has not learned what actions do.*')
    sens = grab(diag, r'reward sums of (NUM) \(a = −1\), (NUM) \(−0.5\), (NUM) \(0\), (NUM) \(\+0.5\) and (NUM) \(\+1\)'.replace('NUM', NUM), 'action_sensitivity')
    stale = source(PROSE, NB12, '## The stale-replay monitor')
    s = dict(agent_steps=steps[-1], env_frames=steps[-1] * repeat,
             updates=grab(prose, r'(NUM) updates in about'.replace('NUM', NUM), 'updates'),
             agent_steps_per_s_min=grab(prose, r'(\d+)–\d+ agent steps/s', 'steps/s'),
             agent_steps_per_s_max=grab(prose, r'\d+–(\d+) agent steps/s', 'steps/s'),
             eval_last_paper_lr=first[-1], eval_last_lr_3e4=second[-1],
             random_policy_mean=grab(prose, r'random policy scores (NUM) ±'.replace('NUM', NUM), 'random'),
             random_policy_std=grab(prose, r'random policy scores NUM ± (NUM)'.replace('NUM', NUM), 'random'),
             random_policy_episodes=grab(prose, r'random policy scores NUM ± NUM \((\d+) episodes\)'.replace('NUM', NUM), 'random'))
    s |= dict(zip(('loss_total_first', 'loss_total_last'), grab(prose, r'total loss (NUM) → (NUM)'.replace('NUM', NUM), 'loss')))
    s |= dict(zip(('reward_mae_first', 'reward_mae_last'), grab(prose, r'reward MAE (NUM) → (NUM) per step'.replace('NUM', NUM), 'mae')))
    s |= dict(zip(('imagined_value_first', 'imagined_value_last'), grab(prose, r'mean imagined value (NUM) → (NUM)'.replace('NUM', NUM), 'value')))
    s |= dict(zip(('lr_3e4_reward_mae', 'lr_3e4_imagined_value'),
                  grab(prose, r'reward MAE (NUM), imagined values (NUM)'.replace('NUM', NUM), 'lr 3e-4 fit')))
    s |= dict(zip(('lr_3e4_real_reward_per_step', 'lr_3e4_real_return_per_episode'),
                  grab(prose, r'about (NUM) per step, (NUM) per episode'.replace('NUM', NUM), 'lr 3e-4 real reward')))
    s |= dict(zip(('lr_3e4_actor_entropy_first', 'lr_3e4_actor_entropy_last'), grab(prose, r'entropy (NUM) → (NUM)'.replace('NUM', NUM), 'entropy')))
    s |= dict(zip(('stale_barlow_recent', 'stale_barlow_replay'), grab(stale, r'tiny learning run below: (NUM) vs (NUM)'.replace('NUM', NUM), 'barlow')))
    s['probe_frame_difference_pct'] = grab(diag, r'differ by (NUM)% of the pixel range'.replace('NUM', NUM), 'probe')
    s['action_sensitivity_sequences'] = grab(diag, r'last states of (\d+) replayed sequences', 'sequences')
    sens_rows = [dict(action=a, imagined_reward_sum=v) for a, v in zip((-1.0, -0.5, 0.0, 0.5, 1.0), sens)]
    minutes = grab(prose, r'updates in about (\d+) minutes', 'minutes')
    return record('r2dreamer_tiny_balance', {'summary': s, 'tables': {
                      'eval return by agent steps': [dict(run=lbl, **{str(st): v for st, v in zip(steps, vals)})
                                                     for lbl, vals in ((f"lr {cfgs['paper_lr']['optim']['lr']:g}", first), (variant, second))],
                      'action_sensitivity of the lr 3e-4 run (15 imagined steps)': sens_rows}},
                  root, command=command, config={'runs': cfgs, 'variant_words': variant.split()},
                  curves={'eval': wide({'paper_lr': curve(first), 'lr_3e-4': curve(second)})}, wall_clock_s=minutes * 60,
                  title='R2-Dreamer tiny preset on cartpole-balance, 10k agent steps', commit=TINY, machine=_machine(),
                  source=f"parsed from the markdown of {src(NB12, 'the learning run (table and prose; the lr 3e-4 row was completed at commit ' + full_sha(TINY_LR)[:7] + ', the action_sensitivity sums and the stale-replay Barlow terms in the diagnosis and monitor sections)', PROSE)}; "
                         "the cell that ran it printed no kept output; wall-clock approximate ('about 20 minutes', load about 4); the run folder is not kept")

# ---------------------------------------------------------------------------------------------------------------
# 12_r2dreamer: the earlier cpu presets

def preset_history(root, rnd8):
    first_out = printed(FIRST_PRESET, NB12, 'eval return by agent step: [(5000, 400)')
    second_out = printed(SECOND_PRESET, NB12, "action_use {'recorded'")
    third_out = printed(THIRD_PRESET, NB12, 'random policy at action repeat 8:')
    resumed = curve_lines(printed(RESUMED, NB12, 'resumed: 10k'))
    p1 = source(PROSE, NB12, '**The issue\'s learning benchmark, multimodal encoder, with the first `cpu` preset**')
    p2 = source(PROSE, NB12, '**The same benchmark with the second `cpu` preset, CNN encoder**')
    p3 = source(PROSE, NB12, '**The third `cpu` preset, both encoders**')
    frames_seen = source(PROSE, NB12, 'The frame strips show where the remaining return is.')
    commands = {  # as recorded at each run's commit (the presets changed in between)
        'first_multimodal_ar2': 'embodied train r2dreamer --preset cpu world.encoder=multimodal --out runs/r2dreamer_cpu_multimodal',
        'second_cnn_ar2': 'embodied train r2dreamer --preset cpu --out runs/r2dreamer_cpu_cnn',
        'second_multimodal_ar2_stopped': 'embodied train r2dreamer --preset cpu world.encoder=multimodal',
        'third_cnn_ar8': 'embodied train r2dreamer --preset cpu world.encoder=cnn --out runs/r2dreamer_cpu_ar8_cnn',
        'third_multimodal_ar8': 'embodied train r2dreamer --preset cpu world.encoder=multimodal --out runs/r2dreamer_cpu_ar8_multimodal'}
    reproduce = {  # the same runs with the current preset, as the notebook stated them
        'first_multimodal_ar2': grab_text(p1, r'recorded: `(embodied train r2dreamer[^`]*)`') + ' ' + ar2_words(),
        'second_cnn_ar2': 'embodied train r2dreamer --preset cpu world.encoder=cnn ' + ar2_words(),
        'third_cnn_ar8': 'embodied train r2dreamer --preset cpu world.encoder=cnn agent.gamma=' + paper_gamma_word(),
        'third_multimodal_ar8': 'embodied train r2dreamer --preset cpu world.encoder=multimodal agent.gamma=' + paper_gamma_word()}
    cfgs = (configs_for(FIRST_PRESET, {k: commands[k] for k in ('first_multimodal_ar2',)})
            | configs_for(SECOND_PRESET, {k: commands[k] for k in ('second_cnn_ar2', 'second_multimodal_ar2_stopped')})
            | configs_for(THIRD_PRESET, {k: commands[k] for k in ('third_cnn_ar8', 'third_multimodal_ar8')}))
    rep = {k: c['action_repeat'] for k, c in cfgs.items()}
    # eval curves
    curves = {'eval_first_multimodal_ar2': curve_rows(step_returns(first_out), rep['first_multimodal_ar2'])}
    second = step_returns(second_out)
    res_vals = grab_list(p2, r'evaluations ((?:\d+, )+\d+ and \d+) at (\d+)k–(\d+)k steps')
    res_steps = spaced(res_vals[1], res_vals[2], len(res_vals[0]))
    curves['eval_second_cnn_ar2'] = curve_rows(second + list(zip(res_steps, res_vals[0])), rep['second_cnn_ar2'],
                                               resumed_after=second[-1][0] * rep['second_cnn_ar2'])
    mm_vals = grab_list(p2, r'\(evaluations (\d+ and \d+) at (\d+)k and (\d+)k')
    curves['eval_second_multimodal_ar2_stopped'] = curve_rows(list(zip((mm_vals[1], mm_vals[2]), mm_vals[0])), rep['second_multimodal_ar2_stopped'])
    for enc in ('cnn', 'multimodal'):
        pts = step_returns(third_out, f'{enc}: ')
        label = next(l for l in resumed if l.lower().startswith(enc) and 'resumed' in l)
        frames, rets, _, _ = resumed[label]
        r = rep[f'third_{enc}_ar8']
        if [(s * r, v) for s, v in pts] != list(zip(frames, rets))[:len(pts)]:
            raise ValueError(f"third preset {enc}: the resumed curve does not extend the recorded run's")
        curves[f'eval_third_{enc}_ar8'] = curve_rows([(f // r, v) for f, v in zip(frames, rets)], r, resumed_after=pts[-1][0] * r)
    # action_use
    use = {'second_cnn_ar2': printed_dict(second_out, 'r2dreamer_cpu_cnn (world-model lr 0.0003): action_use'),
           'first_multimodal_ar2': printed_dict(second_out, 'r2dreamer_cpu_multimodal (world-model lr 4e-05): action_use'),
           'third_cnn_ar8': printed_dict(third_out, 'cnn: action_use'),
           'third_multimodal_ar8': printed_dict(third_out, 'multimodal: action_use')}
    last4 = lambda name: round(mean([r['eval_return'] for r in curves[name] if not r.get('resumed')][-4:]), 1)
    def row(name, preset, curve, **kw):
        c, pts = cfgs[name], [r for r in curves[curve] if not r.get('resumed')]
        return dict(run=name, preset=preset, encoder=c['world']['encoder'], action_repeat=c['action_repeat'],
                    gamma=c['agent']['gamma'], world_model_lr=c['optim']['lr'],
                    actor_critic_lr=c['optim'].get('actor_critic_lr') or c['optim']['lr'],
                    frames_at_last_eval=pts[-1]['env_frames'], **kw)
    tr1 = grab(p1, r'Training episodes average (\d+) over the first (\d+)k steps and (\d+) over the last', 'first training')
    tr2 = grab(p2, r'training episodes \(sampled actions\) average (\d+) over the first (\d+)k steps and (\d+) over the last', 'second training')
    tr3c = grab(p3, r'(?s)CNN: .*? Training episodes average (\d+) over the first (\d+)k frames and (\d+) over the last', 'third cnn training')
    tr3m = grab(p3, r'(?s)Multimodal: .*? Training episodes average (\d+) over the first (\d+)k frames and (\d+) over the last', 'third mm training')
    mae1 = grab(p1, r'reward MAE falls from (NUM) to (NUM)'.replace('NUM', NUM), 'first mae')
    mae2 = grab(p2, r'reward MAE (NUM) per step against'.replace('NUM', NUM), 'second mae')
    mae3 = grab(p3, r'predict reward to (NUM) per agent step \(8 frames\), (NUM) per frame, against (NUM) at repeat 2'.replace('NUM', NUM), 'third mae')
    v1 = grab(p1, r"critic's mean value climbs steadily to (\d+)", 'first value')
    v2 = grab(p2, r"mean value reaches (\d+) against", 'second value')
    v3 = grab(frames_seen, r'rising linearly at the end of both runs \(about ([\d,]+),', 'third value')
    minutes = dict(first_multimodal_ar2=grab(p1, r'about (\d+) minutes on', 'first minutes'),
                   second_cnn_ar2=grab(p2, r'updates, (\d+) minutes on one core', 'second minutes'),
                   third_cnn_ar8=grab(p3, r'about (\d+) minutes each', 'third minutes'))
    minutes['third_multimodal_ar8'] = minutes['third_cnn_ar8']
    windows = {'first': f'{tr1[1]}k agent steps', 'second': f'{tr2[1]}k agent steps', 'third': f'{tr3c[1]}k env frames'}
    rows = [row('first_multimodal_ar2', 'first', 'eval_first_multimodal_ar2', last4_eval=last4('eval_first_multimodal_ar2'),
                action_use_recorded=use['first_multimodal_ar2']['recorded'], action_use_shuffled=use['first_multimodal_ar2']['shuffled'],
                action_use_ratio=use['first_multimodal_ar2']['ratio'], train_episodes_first=tr1[0], train_episodes_last=tr1[2],
                train_window=windows['first'], reward_mae_end=mae1[1], critic_value_end=v1, wall_clock_min=minutes['first_multimodal_ar2']),
            row('second_cnn_ar2', 'second', 'eval_second_cnn_ar2', last4_eval=last4('eval_second_cnn_ar2'),
                action_use_recorded=use['second_cnn_ar2']['recorded'], action_use_shuffled=use['second_cnn_ar2']['shuffled'],
                action_use_ratio=use['second_cnn_ar2']['ratio'], train_episodes_first=tr2[0], train_episodes_last=tr2[2],
                train_window=windows['second'], reward_mae_end=mae2, critic_value_end=v2, wall_clock_min=minutes['second_cnn_ar2']),
            row('second_multimodal_ar2_stopped', 'second', 'eval_second_multimodal_ar2_stopped'),
            *(row(f'third_{enc}_ar8', 'third', f'eval_third_{enc}_ar8', last4_eval=last4(f'eval_third_{enc}_ar8'),
                  action_use_recorded=use[f'third_{enc}_ar8']['recorded'], action_use_shuffled=use[f'third_{enc}_ar8']['shuffled'],
                  action_use_ratio=use[f'third_{enc}_ar8']['ratio'], train_episodes_first=tr[0], train_episodes_last=tr[2],
                  train_window=windows['third'], reward_mae_end=mae3[0], critic_value_end=v3, wall_clock_min=minutes[f'third_{enc}_ar8'])
              for enc, tr in (('cnn', tr3c), ('multimodal', tr3m)))]
    for r in rows: r['reproduce_with_current_preset'] = reproduce.get(r['run'])
    # the prose's own last-four means (of the unrounded returns) must agree with the printed curves
    for name, pat, text in (('eval_first_multimodal_ar2', r'The last four evaluations average (\d+)', p1),
                            ('eval_second_cnn_ar2', r'last four evaluations average (\d+), against', p2),
                            ('eval_third_cnn_ar8', r'CNN: the last four evaluations average \*\*(\d+)\*\*', p3),
                            ('eval_third_multimodal_ar8', r'Multimodal: the last four evaluations average \*\*(\d+)\*\*', p3)):
        stated = grab(text, pat, name)
        if abs(last4(name) - stated) > 1: raise ValueError(f"{name}: last four {last4(name)} from the curve, {stated} in the prose")
        next(r for r in rows if r['run'] == name.removeprefix('eval_'))['last4_eval'] = stated
    resumed_rows = []
    for enc in ('cnn', 'multimodal'):
        label = next(l for l in resumed if l.lower().startswith(enc) and 'resumed' in l)
        frames, rets, l4, warn = resumed[label]
        resumed_rows.append(dict(run=f'third_{enc}_ar8', resumed_to_env_frames=frames[-1], last4_eval=l4, stale_warnings=warn))
    tr_res = grab(p3, r'training episodes (\d+) on average over (\d+)k–(\d+)k and (\d+) over (\d+)k–(\d+)k', 'resumed training')
    resumed_rows[1] |= dict(train_episodes_120k_130k=tr_res[0], train_episodes_130k_140k=tr_res[3])
    resumed_rows.insert(0, dict(run='second_cnn_ar2', resumed_to_env_frames=curves['eval_second_cnn_ar2'][-1]['env_frames'],
                                last4_eval=round(mean(res_vals[0]), 1), stale_warnings=None,
                                train_episodes_last=grab(p2, r'training episodes (\d+) on average over', 'second resumed')))
    s = dict(random_policy_ar8_mean=rnd8['mean'], random_policy_ar8_std=rnd8['std'], random_policy_ar8_episodes=rnd8['episodes'],
             random_policy_ar2_mean=grab(p3, r'\((\d+) episodes; (\d+) ± (\d+) at repeat 2\)', 'random ar2')[1],
             random_policy_ar2_std=grab(p3, r'\((\d+) episodes; (\d+) ± (\d+) at repeat 2\)', 'random ar2')[2],
             random_policy_ar2_5ep_mean=grab(p1, r'against (\d+) ± (\d+) for a random policy', 'random 5ep')[0],
             random_policy_ar2_5ep_std=grab(p1, r'against (\d+) ± (\d+) for a random policy', 'random 5ep')[1],
             reward_mae_per_frame_ar8=mae3[1], reward_mae_per_frame_ar2=mae3[2],
             third_cnn_stale_warnings_by_100k=WORD_NUMBER[grab_text(p3, r'monitor warned (\w+) times late in the CNN run')],
             third_cnn_stale_ratio_min=grab(p3, r'late in the CNN run \(ratios (NUM)–(NUM)\)'.replace('NUM', NUM), 'ratios')[0],
             third_cnn_stale_ratio_max=grab(p3, r'late in the CNN run \(ratios (NUM)–(NUM)\)'.replace('NUM', NUM), 'ratios')[1],
             updates_per_run=grab(p3, r'frames, ([\d,]+) bf16 updates', 'updates'))
    return record('r2dreamer_cpu_preset_history', {'summary': s, 'tables': {'runs at 100k env frames': rows, 'runs resumed past 100k env frames': resumed_rows}},
                  root, command='; '.join(commands.values()), config={'runs': cfgs, 'commands': commands}, curves={'eval': wide(curves)},
                  title='R2-Dreamer on cartpole-balance: the earlier cpu presets (action repeat 2, then 8 with the paper\'s discount)',
                  commit=RESUMED, machine=_machine(1),
                  source=(f"parsed from the recorded outputs of 12_r2dreamer: eval returns of the first preset's run (cell printing "
                          f"'eval return by agent step') at commit {full_sha(FIRST_PRESET)[:7]}; the second preset's eval returns and "
                          f"both action_use scores at commit {full_sha(SECOND_PRESET)[:7]}; the third preset's random policy, eval "
                          f"returns and action_use at commit {full_sha(THIRD_PRESET)[:7]}; the third preset's curves resumed past 100k "
                          f"frames with last-four means and stale-replay warnings at commit {full_sha(RESUMED)[:7]}; training-episode "
                          f"means, reward errors, critic values, wall-clock minutes, the second preset's resumed and stopped evaluations "
                          f"and the AR2 random-policy scores parsed from {src(NB12, 'the markdown', PROSE)}. Configs resolved with the "
                          "code of each run's commit; torch threads 1 per run (two runs side by side) except the first preset's run. "
                          "The run folders are not kept"))

WORD_NUMBER = {'once': 1, 'twice': 2, 'two': 2, 'three': 3, 'four': 4, 'five': 5}

def ar2_words()->str:
    "The words that turn the current cpu preset back into the action-repeat-2 presets (as the notebook stated them)."
    text = source(PROSE, NB12, 'written *AR2* below')
    return grab_text(text, r'overrides `(action_repeat=2[^`]*)`')

def paper_gamma_word()->str:
    "The paper's discount as the notebook wrote it as an override."
    text = source(PROSE, NB12, 'written *AR2* below')
    return grab_text(text, r'paper\'s discount \(`agent.gamma=([\d.]+)`\)')

def grab_list(text, pattern):
    "([numbers of the first group's list], further groups as ints)."
    m = re.search(pattern.replace(' ', r'\s+'), text)
    if not m: raise LookupError(f"pattern {pattern!r} not found")
    vals = [int(v) for v in re.findall(r'\d+', m.group(1))]
    return (vals, *(int(g) * 1000 for g in m.groups()[1:]))

def spaced(a:int, b:int, n:int)->list[int]:
    "n evenly spaced integers from a to b."
    return [a + (b - a) * i // (n - 1) for i in range(n)]

# ---------------------------------------------------------------------------------------------------------------
# 12_r2dreamer: the current cpu preset, seeds of both encoders and recency-mixed batches

def cartpole_balance(root, rnd8):
    out = printed(CURRENT, NB12, 'multimodal, seed 1: 10k')
    runs_src = source(CURRENT, NB12, 'cnn_seed_runs = {')
    dirs = dict(re.findall(r'"([^"]+)": Path\("\.\./runs/([^"]+)"\)', runs_src))
    curves_by_label = curve_lines(out)
    p_cur = source(PROSE, NB12, '**Recorded** (the current preset:')
    p_seed = source(PROSE, NB12, '**Recorded** (`embodied train r2dreamer --preset cpu world.encoder=cnn seed=1')
    target_return = grab(source(PROSE, NB12, 'summarise_eval_curves(runs:dict, target:float='), r'target:float=(\d+)', 'target')
    def parse_label(label):
        enc = 'multimodal' if label.startswith('multimodal') else 'cnn'
        seed = int(re.search(r'seed (\d+)', label).group(1))
        recent = re.search(r'recent_frac = ([\d.]+)', label)
        return enc, seed, float(recent.group(1)) if recent else 0.0
    commands, names = {}, {}
    window = grab(p_seed, r'recent_window=(\d+)', 'recent window')
    for label, d in dirs.items():
        enc, seed, recent = parse_label(label)
        words = [f'world.encoder={enc}'] + ([f'seed={seed}'] if seed else []) + (
            [f'recent_frac={recent:g}', f'recent_window={window}'] if recent else [])
        name = f'{enc}_seed{seed}' + (f'_recent_frac_{recent:g}' if recent else '')
        names[label] = name
        commands[name] = f'embodied train r2dreamer --preset cpu {" ".join(words)} --out runs/{d}'
    cfgs = configs_for(CURRENT, commands)
    # per-run facts stated only in the prose
    facts = {
        'multimodal_seed0': dict(zip(('train_episodes_first_20k', 'train_episodes_last_20k'),
                                     grab(p_cur, r'Its training episodes average (\d+) over the first 20k frames and (\d+) over the last', 'mm0'))),
        'cnn_seed0': dict(zip(('train_episodes_first_20k', 'train_episodes_last_20k'),
                              grab(p_cur, r'Training episodes average (\d+) over the first 20k frames and (\d+) over the last 20k; its critic', 'cnn0'))),
        'cnn_seed1': dict(zip(('train_episodes_first_20k', 'train_episodes_last_20k', 'critic_value_end'),
                              grab(p_seed, r'episodes average (\d+) over the first 20k frames and (\d+) over the last 20k, its critic ends at (\d+)', 'cnn1')))}
    facts['multimodal_seed0']['critic_value_end'] = grab(p_cur, r"critic's mean value ends at (\d+)", 'mm0 critic')
    facts['cnn_seed0']['critic_value_end'] = grab(p_cur, r'its critic ends at (\d+)', 'cnn0 critic')
    facts['cnn_seed0']['imagined_reward_per_step_end'] = grab(p_cur, r'imagined reward per step \((NUM)\)'.replace('NUM', NUM), 'cnn0 reward')
    last20 = grab(p_seed, r'training episodes (\d+) and (\d+) over the last 20k frames, critics at (\d+) and (\d+)', 'seed2/mm1')
    facts['cnn_seed2'] = dict(train_episodes_last_20k=last20[0], critic_value_end=last20[2])
    facts['multimodal_seed1'] = dict(train_episodes_last_20k=last20[1], critic_value_end=last20[3])
    stale = grab(p_seed, r'seed 0 warned at (\d+) of (\d+) checks from (\d+)k frames on \(mean recent/replay ratio (NUM)\), the other four runs never \(means (NUM)–(NUM)\)'.replace('NUM', NUM), 'stale')
    ratios0 = grab(p_cur, r'warned (\d+) times from (\d+)k frames on \(ratios (NUM)–(NUM)\)'.replace('NUM', NUM), 'cnn0 ratios')
    curves, rows = {}, []
    for label, (frames, rets, l4, warn) in curves_by_label.items():
        name = names[label]
        enc, seed, recent = parse_label(label)
        c = cfgs[name]
        curves[f'eval_{name}'] = [dict(agent_steps=f // c['action_repeat'], env_frames=f, eval_return=r) for f, r in zip(frames, rets)]
        rows.append(dict(run=name, encoder=enc, seed=seed, recent_frac=recent, eval_at_100k=rets[-1],
                         last4_eval=l4, meets_target=bool(l4 >= target_return), stale_warnings=warn,
                         **{k: facts.get(name, {}).get(k) for k in ('train_episodes_first_20k', 'train_episodes_last_20k', 'critic_value_end')},
                         command=commands[name]))
    plain = [r for r in rows if r['recent_frac'] == 0]
    enc_rows = [dict(encoder=e, runs=len(rs), seeds=' '.join(str(r['seed']) for r in rs),
                     last4_eval_mean=round(mean(r['last4_eval'] for r in rs), 1),
                     runs_meeting_target=sum(r['meets_target'] for r in rs),
                     stale_warnings=sum(r['stale_warnings'] for r in rs))
                for e in ('multimodal', 'cnn') for rs in [[r for r in plain if r['encoder'] == e]]]
    c0 = next(iter(cfgs.values()))
    s = dict(target_return=target_return, env_frames=c0['steps'] * c0['action_repeat'],
             random_policy_mean=rnd8['mean'], random_policy_std=rnd8['std'], random_policy_episodes=rnd8['episodes'],
             **{f"{r['encoder']}_last4_mean": r['last4_eval_mean'] for r in enc_rows},
             **{f"{r['encoder']}_runs_meeting_target": r['runs_meeting_target'] for r in enc_rows},
             **{f"{r['encoder']}_runs": r['runs'] for r in enc_rows},
             **{f"stale_warnings_{r['run']}": r['stale_warnings'] for r in rows},
             cnn_seed0_stale_checks_warned=stale[0], cnn_seed0_stale_checks=stale[1], stale_checks_from_env_frames=stale[2] * 1000,
             cnn_seed0_stale_ratio_mean=stale[3], other_runs_stale_ratio_mean_min=stale[4], other_runs_stale_ratio_mean_max=stale[5],
             cnn_seed0_stale_ratio_min=ratios0[2], cnn_seed0_stale_ratio_max=ratios0[3],
             cnn_seed0_imagined_reward_per_step_end=facts['cnn_seed0']['imagined_reward_per_step_end'])
    return record('r2dreamer_cartpole_balance', {'summary': s, 'tables': {'runs': rows, 'encoders (runs without recent_frac)': enc_rows}},
                  root, command='; '.join(commands.values()), config={'runs': cfgs}, curves={'eval': wide(curves)},
                  title='R2-Dreamer, cpu preset, cartpole-balance at 100k env frames: seeds of both encoders and recency-mixed batches',
                  commit=CURRENT, machine=_machine(1),
                  source=(f"parsed from the recorded output of 12_r2dreamer (the cell printing each run's eval returns by env frames, "
                          f"last-four mean and stale-replay warnings) at commit {full_sha(CURRENT)[:7]}; the random policy at action "
                          f"repeat 8 from the cell printing it at commit {full_sha(THIRD_PRESET)[:7]}; training-episode means, critic "
                          f"values and stale-replay ratios from {src(NB12, 'the markdown', PROSE)}. Each run on one torch thread beside "
                          "another run; configs resolved with the code of the recording commit; the run folders are not kept"))

# ---------------------------------------------------------------------------------------------------------------
# 13_text_swap

def text_swap(root):
    table = cell(TEXT_SWAP, NB13, 'Markdown(text_swap_table', 'source')
    md = _outputs(table, 'text/markdown')
    run_src = source(TEXT_SWAP, NB13, 'res = text_swap_experiment(exp_dir')
    call = re.search(r'text_swap_experiment\(exp_dir, (.*)\)', run_src).group(1)
    kw = {k: ast.literal_eval(v) for k, v in re.findall(r'(\w+)=([^,]+)', call)}
    rows = []
    tasks = None
    for r in md_table(md, 'agent'):
        tasks = tasks or [k for k in r if k not in ('agent', 'condition')]
        row = dict(agent=r['agent'], condition=r['condition'])
        for t in tasks:
            m = re.match(rf'({NUM})(?: ± ({NUM}))?$', r[t])
            row[f'{t} mean'], row[f'{t} std'] = num(m.group(1)), (num(m.group(2)) if m.group(2) else None)
        rows.append(row)
    mix = '+'.join(tasks)
    prose = source(PROSE, NB13, '**Recorded result** (the cells above;')
    steps, frames, updates, minutes = grab(prose, r'(NUM) agent steps = (NUM) env frames per agent, (NUM) updates, about (\d+) minutes per agent'.replace('NUM', NUM), 'text swap')
    enc = [r['agent'] for r in rows if r['agent'] != 'random policy']
    cfgs = resolve_configs(TEXT_SWAP, {e: ('demo', {**kw, 'env': f'multitask:{mix}', 'seed': 0, 'world': {'encoder': e}}, [])
                                       for e in dict.fromkeys(enc)})
    episodes = WORD_NUMBER[grab_text(source(PROSE, NB13, 'The recorded run (`#| slow`'), r'(\w+) evaluation episodes per task and condition')]
    s = dict(agent_steps=steps, env_frames_per_agent=frames, updates_per_agent=updates, minutes_per_agent=minutes,
             episodes_per_cell=episodes, **{f'random_policy_{t}': next(r[f'{t} mean'] for r in rows if r['agent'] == 'random policy') for t in tasks})
    command = ("python -c \"from embodied_nb.text_swap import text_swap_experiment; text_swap_experiment('runs/text_swap', "
               + call + ')"')
    folder = record('text_swap_recorded', {'summary': s, 'tables': {'return by instruction (mean and std over episodes)': rows}}, root,
                    command=command, config={'mix': mix, 'preset': 'demo', 'experiment_kwargs': kw, 'runs': cfgs},
                    wall_clock_s=minutes * 60 * len(cfgs), title='text swap on the cartpole balance/swingup mix (demo preset, 8k agent steps)',
                    commit=TEXT_SWAP, machine=_machine(),
                    source=(f"parsed from the recorded output of 13_text_swap (the cell showing text_swap_table as markdown) at commit "
                            f"{full_sha(TEXT_SWAP)[:7]}; steps, updates and minutes from {src(NB13, 'the markdown', PROSE)} "
                            "(wall-clock approximate: 'about 20 minutes per agent'); the plot is the recorded cell's image; "
                            "the run folders are not kept"))
    write_png(folder/'text_swap.png', images(PROSE, NB13, 'plot_text_swap(res["results"]')[0])
    return folder

# ---------------------------------------------------------------------------------------------------------------
# 95_demo

def demo(root):
    line = printed(DEMO, OLD_DEMO, 'eval return ')
    ev, rnd, sd, ratio, steps, updates, minutes = grab(
        line, r'eval return (NUM) vs random policy (NUM) ± (NUM) \((NUM)x random\) after (\d+) agent steps, (\d+) updates, (NUM) min'.replace('NUM', NUM), 'demo line')
    prose = source(PROSE, NB95, '**Recorded result** (the cell above')
    s = dict(last_eval=ev, random_policy_mean=rnd, random_policy_std=sd, eval_over_random=ratio, agent_steps=steps, updates=updates,
             train_minutes=minutes)
    s |= dict(zip(('loss_total_first', 'loss_total_last'), grab(prose, r'total (NUM) → (NUM)'.replace('NUM', NUM), 'total')))
    s |= dict(zip(('loss_reward_first', 'loss_reward_last'), grab(prose, r'reward (NUM) → (NUM)'.replace('NUM', NUM), 'reward')))
    cfg = resolve_configs(DEMO, {'demo': ('demo', {'progress': False}, [])})['demo']
    folder = record('demo_run', {'summary': s}, root, command='embodied demo --out runs/demo', config=cfg, wall_clock_s=round(minutes * 60, 1),
                    title='embodied demo: the demo preset on cartpole-balance (5k agent steps)', commit=DEMO, machine=_machine(),
                    source=(f"parsed from the recorded output of 03_demo, now 95_demo (the cell printing run_demo's summary line) at "
                            f"commit {full_sha(DEMO)[:7]}; the world-model losses from {src(NB95, 'the markdown', PROSE)}; wall-clock is "
                            "the training time the line printed; two CPU cores shared with another training run; the pictures are "
                            "the recorded cell's images; the run folder is not kept"))
    for name, png in zip(('curves.png', 'imagination.png'), images(PROSE, NB95, 'summary = run_demo(')): write_png(folder/name, png)
    return folder

def demo_40k(root):
    run_src = source(PROSE, NB95, 'long_dir = Path("../runs/r2dreamer_demo_40k")')
    argv = ast.literal_eval(re.search(r'r2dreamer_train_cli\((\[.*?\])\)', run_src.replace('str(long_dir)', '"runs/r2dreamer_demo_40k"'), re.S).group(1))
    command = 'embodied train r2dreamer ' + ' '.join(argv)
    intro = source(PROSE, NB95, '## A longer run')
    prose = source(PROSE, NB95, '**Recorded result**: learning starts.')
    evals = grab_list(prose, r'average \*\*\d+\*\* \((\d+, \d+, \d+, \d+)\)')[0]
    first_step, last_step = grab(prose, r'last four evaluations \(([\d,]+)–([\d,]+) steps\)', 'eval steps')
    cfg = configs_for(DEMO_40K, {'run': command})['run']
    steps = spaced(first_step, last_step, len(evals))
    s = dict(agent_steps=cfg['steps'], updates=grab(intro, r'\(([\d,]+) updates;', 'updates'),
             last4_eval_mean=grab(prose, r'average \*\*(\d+)\*\*', 'last four'),
             random_policy_mean=grab(prose, r'against \*\*(\d+) ± (\d+)\*\* for a random policy \((\d+) episodes\)', 'random')[0],
             random_policy_std=grab(prose, r'against \*\*(\d+) ± (\d+)\*\* for a random policy \((\d+) episodes\)', 'random')[1],
             random_policy_episodes=grab(prose, r'against \*\*(\d+) ± (\d+)\*\* for a random policy \((\d+) episodes\)', 'random')[2],
             train_return_first_10_episodes=grab(prose, r'climb from (\d+) over the first 10 episodes to (\d+) over the last 10', 'train')[0],
             train_return_last_10_episodes=grab(prose, r'climb from (\d+) over the first 10 episodes to (\d+) over the last 10', 'train')[1])
    if abs(mean(evals) - s['last4_eval_mean']) > 1: raise ValueError('demo 40k: the last four do not average to the stated mean')
    sens = grab(prose, r'reward sums of (NUM), (NUM), (NUM), (NUM) and (NUM) for a = −1 … \+1'.replace('NUM', NUM), 'sensitivity')
    s['action_sensitivity_sequences'] = grab(prose, r'`action_sensitivity` \((\d+) replayed sequences\)', 'sequences')
    minutes = grab(intro, r'about (\d+) minutes on one of the two cores', 'minutes')
    folder = record('demo_run_40k', {'summary': s, 'tables': {'action_sensitivity (15 imagined steps)': [
                        dict(action=a, imagined_reward_sum=v) for a, v in zip((-1.0, -0.5, 0.0, 0.5, 1.0), sens)]}}, root,
                    command=command, config=cfg, wall_clock_s=minutes * 60,
                    curves={'eval': [dict(env_frames=st * cfg['action_repeat'], eval_return=v) for st, v in zip(steps, evals)]},
                    title='the demo preset for 40k agent steps on cartpole-balance', commit=DEMO_40K, machine=_machine(),
                    source=(f"parsed from {src(NB95, 'the markdown (then 03_demo; the run was recorded at commit ' + full_sha(DEMO_40K)[:7] + ')', PROSE)}: "
                            "the cells that ran it displayed only figures; the eval curve holds the last four evaluations the prose "
                            "lists; wall-clock approximate ('about 80 minutes', one of two cores, the other busy); the pictures are "
                            "the recorded cells' images; the run folder is not kept"))
    for name, marker in (('curves.png', 'long_dir = Path("../runs/r2dreamer_demo_40k")'), ('imagination.png', 'long_agent, _ = load_agent(long_dir)')):
        write_png(folder/name, images(PROSE, NB95, marker)[0])
    return folder

# ---------------------------------------------------------------------------------------------------------------

def write_png(path:Path, data:bytes):
    from embodied_nb.files import atomic_write_bytes
    if data[:8] != b'\x89PNG\r\n\x1a\n': raise ValueError(f"{path.name}: not a PNG")
    atomic_write_bytes(path, data)

def record(name, metrics, root, *, commit, **kw):
    from embodied_nb.train import record_result
    return record_result(name, metrics, root=root, commit=full_sha(commit), **kw)

def random_ar8()->dict:
    return printed_dict(printed(THIRD_PRESET, NB12, 'random policy at action repeat 8:'), 'random policy at action repeat 8:')

def main(argv=None)->int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', type=Path, default=None, help='results folder (default: results_root(), the repository\'s results/)')
    a = ap.parse_args(argv)
    rnd8 = random_ar8()
    for f in (lambda r: bench_recorded(r), tiny_balance, lambda r: preset_history(r, rnd8), lambda r: cartpole_balance(r, rnd8),
              text_swap, demo, demo_40k):
        print('wrote', f(a.root))
    return 0

if __name__ == '__main__': sys.exit(main())
