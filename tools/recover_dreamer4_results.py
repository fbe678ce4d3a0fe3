#!/usr/bin/env python3
"""Recover the measured numbers of the Dreamer 4 notebooks (`20_tokenizer`, `30_shortcut_forcing`) into `results/`.

The run folders of these experiments were not kept. Their numbers survive in the printed outputs of the notebooks'
slow cells, and for a few runs only in the prose, at the commits where they were recorded. This script walks the git
history of each notebook, finds the commit where an output (or a sentence) was recorded -- the oldest commit of the
newest unbroken stretch of commits that hold the same text -- parses the text with regexes and writes one
`results/<experiment>/` per experiment with `embodied_nb.train.record_result`, saying in `source` where the numbers
came from. Nothing measured is typed in here. Rerunning rewrites the same files (idempotent).

    python tools/recover_dreamer4_results.py [--root DIR]
"""
import argparse, ast, json, re, subprocess, sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from embodied_nb.train import record_result  # noqa: E402

TOK, DYN = 'nbs/20_tokenizer.ipynb', 'nbs/30_shortcut_forcing.ipynb'
NOTE = "the project's 2-core CPU development machine; the CPU model was not recorded"
NUM = r'(\d[\d,]*(?:\.\d+)?)'   # a number as the notebooks print it (thousands separators allowed)

def machine(threads):
    "What is known of the machine the recovered numbers were measured on."
    return {'cpu': None, 'cores': 2, 'torch_threads': threads, 'gpu': None, 'note': NOTE}

def num(s:str):
    "'2,500' -> 2500, '0.58' -> 0.58."
    s = s.replace(',', '')
    return int(s) if re.fullmatch(r'-?\d+', s) else float(s)

# ---------------------------------------------------------------- reading notebooks at past commits
def git(*args)->str:
    return subprocess.run(['git', *args], cwd=REPO, capture_output=True, text=True, check=True).stdout

_CACHE = {}
def notebook(sha:str, path:str):
    "The notebook `path` as it was at commit `sha` (None where it did not exist)."
    if (sha, path) not in _CACHE:
        try: _CACHE[sha, path] = json.loads(git('show', f'{sha}:{path}'))
        except subprocess.CalledProcessError: _CACHE[sha, path] = None
    return _CACHE[sha, path]

def source(cell)->str:
    s = cell['source']
    return s if isinstance(s, str) else ''.join(s)

def printed(cell)->str:
    "The text a code cell printed (stdout streams and text results)."
    out = []
    for o in cell.get('outputs', []):
        t = o.get('text') if o.get('output_type') == 'stream' and o.get('name') == 'stdout' else o.get('data', {}).get('text/plain')
        if t: out.append(t if isinstance(t, str) else ''.join(t))
    return ''.join(out)

def output_of(marker:str):
    "Extractor: the printed output of the code cell whose source contains `marker` (None when absent or empty)."
    def extract(nb):
        for c in nb['cells']:
            if c['cell_type'] == 'code' and marker in source(c): return printed(c) or None
    return extract

def prose_match(pattern:str):
    "Extractor: the groups of `pattern` in the notebook's markdown (whitespace normalised), or None."
    def extract(nb):
        for c in nb['cells']:
            if c['cell_type'] != 'markdown': continue
            m = re.search(pattern, ' '.join(source(c).split()))
            if m: return m.groups()
    return extract

def code_of(nb, marker:str)->str:
    "The source of the code cell containing `marker`."
    return next(source(c) for c in nb['cells'] if c['cell_type'] == 'code' and marker in source(c))

def recorded(path:str, extract)->tuple:
    "(commit, value): where `extract` first gave the value it gives at the newest commit that has one."
    found = None
    for sha in git('log', '--format=%H', '--', path).split():   # newest first
        nb = notebook(sha, path)
        v = extract(nb) if nb else None
        if found is None:
            if v is not None: found = (sha, v)
        elif v == found[1]: found = (sha, v)
        else: break
    if found is None: raise SystemExit(f'{path}: no commit holds what {extract.__qualname__} looks for')
    return found

def newest(path:str, *shas)->str:
    "The newest of `shas` in the history of `path`."
    order = git('log', '--format=%H', '--', path).split()
    return min(shas, key=order.index)

def output_source(path, sha, what):
    return f'parsed from the recorded output of {path} ({what}) at commit {sha[:12]}; the run folder is not kept'

def prose_source(path, sha, what):
    return (f'parsed from the prose of {path} ({what}) at commit {sha[:12]}; the notebook kept no printed output '
            'of these runs and their run folders are not kept')

# ---------------------------------------------------------------- 20_tokenizer
def tokenizer_results(root):
    sha, out = recorded(TOK, output_of("cpu_run = Path('../runs/tokenizer-dmc64-cpu')"))
    head = re.search(rf'{NUM} parameters, {NUM} steps in ([\d.]+) min of wall-clock, lpips: (\w+)', out)
    curve = [dict(step=num(s), psnr=num(a), eval_psnr=num(b), eval_ssim=num(c)) for s, a, b, c in
             re.findall(rf'step\s+{NUM}\s+train PSNR\s+{NUM}\s+held-out PSNR\s+{NUM}\s+SSIM\s+{NUM}', out)]
    assert head and curve and curve[-1]['step'] == num(head.group(2)), out[:300]
    nb = notebook(sha, TOK)
    prose = ' '.join(' '.join(source(c).split()) for c in nb['cells'] if c['cell_type'] == 'markdown')
    cmd = re.search(r'`(embodied train tokenizer --preset dmc64 model\.dim=128[^`]*)`', prose).group(1)
    words = cmd.split()
    config = {'preset': words[words.index('--preset') + 1], 'overrides': [w for w in words if '=' in w and not w.startswith('--')]}
    threads = 1 if re.search(r'on one CPU thread|one thread\)', prose) else None
    first, last = curve[0], curve[-1]
    summary = dict(step=last['step'], eval_psnr=last['eval_psnr'], eval_ssim=last['eval_ssim'], psnr=last['psnr'],
                   lpips=head.group(4), params=num(head.group(1)), first_eval_step=first['step'],
                   first_eval_psnr=first['eval_psnr'], first_eval_ssim=first['eval_ssim'])
    yield record_result('tokenizer_dmc64_reduced', {'summary': summary}, command=cmd, config=config,
                        wall_clock_s=round(float(head.group(3)) * 60, 1), curves={'metrics': curve},
                        title='Tokenizer: dmc64 token layout at half width (model.dim=128) on random-policy DMC frames, MSE only',
                        source=output_source(TOK, sha, 'the slow training cell: parameter count, steps, wall-clock, LPIPS tier, '
                                             'then step, train PSNR, held-out PSNR and SSIM at every evaluation'),
                        commit=sha, machine=machine(threads), root=root)

    sha1, (psnr_, frm, to) = recorded(TOK, prose_match(
        rf'An earlier run with 2 \+ 2 blocks \(a single space layer in each of encoder and decoder, the other block '
        rf'attending across time\) never left that plateau \({NUM} dB from step {NUM} to step {NUM}\)'))
    yield record_result('tokenizer_dmc64_one_space_layer',
                        {'summary': dict(eval_psnr_plateau=num(psnr_), plateau_from_step=num(frm), plateau_to_step=num(to))},
                        command=' '.join(w for i, w in enumerate(words) if '--out' not in words[max(0, i - 1):i + 1])
                                + ' model.enc_depth=2 model.dec_depth=2 model.time_every=2 --out runs/tokenizer-dmc64-one-space-layer',
                        config={**config, 'overrides': config['overrides'] + ['model.enc_depth=2', 'model.dec_depth=2', 'model.time_every=2']},
                        title='Tokenizer with one space layer in encoder and decoder (2 + 2 blocks): held-out PSNR stays on the per-task-mean plateau',
                        source=prose_source(TOK, sha1, 'the paragraph on the reduced run: "an earlier run with 2 + 2 blocks ... never left '
                                            'that plateau"') + '; the command is the reduced run\'s with the 2 + 2 blocks the prose '
                                            'describes, the exact command of that earlier run was not recorded',
                        commit=sha1, machine=machine(None), root=root)

    sha, out = recorded(TOK, output_of('r = context_ablation(trained, held_clips, p)'))
    rows = []
    for mask, frames, past, alone in re.findall(r'mask (\d+)%\s+frame:\s+([\d ]+)\n\s+MSE with past frames:\s+([\d. ]+)\n\s+MSE frame alone:\s+([\d. ]+)', out):
        rows += [{'mask': num(mask) / 100, 'frame': num(t), 'mse_with_past': num(a), 'mse_alone': num(b)}
                 for t, a, b in zip(frames.split(), past.split(), alone.split())]
    assert rows, out
    yield record_result('tokenizer_context_ablation', {'tables': {'reconstruction MSE per frame position of held-out clips': rows}},
                        command='the slow cells of nbs/20_tokenizer.ipynb (context_ablation on the tokenizer of tokenizer_dmc64_reduced)',
                        config={'mask_probs': sorted({r['mask'] for r in rows}), 'clip_len': 1 + max(r['frame'] for r in rows),
                                'tokenizer': 'tokenizer_dmc64_reduced'},
                        title='Tokenizer: reconstruction error with and without the past frames',
                        source=output_source(TOK, sha, 'the context-ablation cell: per frame position, the MSE with the past frames '
                                             'in context and with each frame encoded alone, clean and with 60% of the patches masked'),
                        commit=sha, machine=machine(None), root=root)

    marker = "bench_cpu = benchmark_tokenizer(TokenizerConfig.preset('dmc64')"
    sha, out = recorded(TOK, output_of(marker))
    vals = {k: (num(v) if isinstance(v, str) and re.fullmatch(r'[\d.e+-]+', v) else v) for k, v in ast.literal_eval(out.strip()).items()}
    args = re.search(r"benchmark_tokenizer\(TokenizerConfig\.preset\('(\w+)'\), batch_size=(\d+), seq_len=(\d+), device='(\w+)', "
                     r"window=(\d+), reps=(\d+)\)", code_of(notebook(sha, TOK), marker)).groups()
    preset, bs, sl, dev, win, reps = args
    row = {'preset': preset, **vals}
    yield record_result('bench_tokenizer_recorded', {'tables': {f'tokenizer {preset} training and streaming encode on {dev}': [row]}},
                        command=f'embodied bench tokenizer --preset {preset} --device {dev} --batch-size {bs} --seq-len {sl} --window {win} --reps {reps}',
                        config={'argv': ['--preset', preset, '--device', dev, '--batch-size', bs, '--seq-len', sl, '--window', win, '--reps', reps]},
                        title='embodied bench tokenizer (the recorded dmc64 CPU run)',
                        source=output_source(TOK, sha, 'the slow throughput cell: the dict benchmark_tokenizer returned, floats to 3 '
                                             'significant digits') + f'; times were then the best of {reps} calls (the benchmark now reports medians)',
                        commit=sha, machine=machine(None), root=root)

# ---------------------------------------------------------------- 30_shortcut_forcing
def toy_config(nb)->dict:
    "TOY_CONFIG as the notebook defined it."
    expr = re.search(r'TOY_CONFIG = (dict\(.*?\))\n', code_of(nb, 'TOY_CONFIG = dict('), re.S).group(1)
    call = ast.parse(expr, mode='eval').body
    return {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}

def toy_results(root):
    sha, out = recorded(DYN, output_of('toy_mixed = {}'))
    header, *lines = [l for l in out.splitlines() if l.strip()]
    cols = re.findall(r'K=\d+|\d+ vs \d+', header)
    rows = []
    for line in lines:
        name, *vals = re.match(r'^(\S.*?)\s{2,}(.*)$', line).group(1, 2)
        vals = vals[0].split()
        assert len(vals) == len(cols), line
        rows.append({'run': name, **{c: num(v) for c, v in zip(cols, vals)}})
    yield record_result('dynamics_toy_ring', {'tables': {"sliced Wasserstein distance of 1,000 samples to the data (K=...) and to the "
                                                         "model's own K=64 samples (... vs 64)": rows}},
                        command='nbdev_test --path nbs/30_shortcut_forcing.ipynb --flags slow  (the ring cells)',
                        config={'toy_config': toy_config(notebook(sha, DYN))},
                        title="Shortcut forcing on a ring of eight Gaussians: flow only, the paper's d sampling, flow_fraction 0.75",
                        source=output_source(DYN, sha, 'the ring table: sliced Wasserstein distances per run and number of sampling steps'),
                        commit=sha, machine=machine(None), root=root)

CHEETAH = {'flow_fraction 0.75': 'dynamics_cheetah_run', 'paper d': 'dynamics_cheetah_run_paper_d',
           'paper d, EMA teacher': 'dynamics_cheetah_run_paper_d_ema'}

def cheetah_results(root):
    line_re = (rf'dynamics: step {NUM}, (\d+)-step PSNR {NUM} dB \(repeat last frame {NUM}, tokenizer {NUM}\), '
               rf'action ratio {NUM} \(next frame {NUM}\) -> \S*?/(\w+)\s*$')
    sha_a, out_a = recorded(DYN, output_of("dmc_run = Path(tempfile.mkdtemp())/'dynamics'"))
    sha_b, out_b = recorded(DYN, output_of("variant_runs = {'flow_fraction 0.75': dmc_run}"))
    sha_c, out_c = recorded(DYN, output_of("reports = {name: json.loads((run/'eval.json').read_text())"))
    lines = {m[-1]: m for m in (re.match(line_re, l).groups() for l in (out_a + out_b).splitlines() if l.startswith('dynamics:'))}
    table = {}
    for l in out_c.splitlines()[1:]:
        m = re.match(r'^(\D.*?)\s{2,}([\d.\s]+)$', l)
        if m: table[m.group(1)] = [num(v) for v in m.group(2).split()]
    sha = newest(DYN, sha_a, sha_b, sha_c)
    nb = notebook(sha, DYN)
    prose = ' '.join(' '.join(source(c).split()) for c in nb['cells'] if c['cell_type'] == 'markdown')
    threads = 2 if 'with one thread instead of two' in prose else None
    preset = re.search(r"train_cli\(\['--preset', '(\w+)', '--out', str\(dmc_run\)", code_of(nb, "dmc_run = Path(tempfile.mkdtemp())/'dynamics'")).group(1)
    variants = dict(ast.literal_eval(re.search(r'for name, overrides in (\(.*?\)):\n', code_of(nb, "variant_runs = {'flow_fraction 0.75'")).group(1)))
    minutes = float(re.search(r'^([\d.]+) minutes$', out_a, re.M).group(1))
    (rep_real, rep_recon), (tok_recon,) = table['repeat last frame'], table['tokenizer recon']
    for label, name in CHEETAH.items():
        folder = 'dynamics' if label == 'flow_fraction 0.75' else label.replace(' ', '_').replace(',', '')
        step, horizon, psnr_, rep, tok, ratio, next_ratio, _ = lines[folder]
        real, vs_recon, t_ratio, next_mse, t_next = table[label]
        assert (num(psnr_), num(ratio), num(next_ratio), num(rep), num(tok)) == (real, t_ratio, t_next, rep_real, tok_recon), label
        overrides = variants.get(label, [])
        run = f'runs/{name}'
        cmd = f'embodied train dynamics --preset {preset} --out {run}'
        if overrides:
            cmd = (f'mkdir -p {run} && cp runs/{CHEETAH["flow_fraction 0.75"]}/episodes.npz {run}/ && {cmd} '
                   f'tokenizer_run=runs/{CHEETAH["flow_fraction 0.75"]}/tokenizer ' + ' '.join(overrides))
        summary = dict(step=num(step), horizon=num(horizon), psnr_model_mean=real, psnr_repeat_last_mean=rep_real, psnr_recon_mean=tok_recon,
                       psnr_model_vs_recon_mean=vs_recon, psnr_repeat_last_vs_recon_mean=rep_recon, action_ratio=t_ratio,
                       next_action_ratio=t_next, next_mse_true=next_mse)
        yield record_result(name, {'summary': summary}, command=cmd, config={'preset': preset, 'overrides': overrides},
                            wall_clock_s=round(minutes * 60, 1) if not overrides else None,
                            title=f'Dreamer 4 dynamics, `{preset}` preset on cheetah-run ({label}): {horizon} imagined steps of held-out episodes',
                            source=output_source(DYN, sha, 'the summary line `embodied train dynamics` printed for this run and the '
                                                 'table of 16-step means that the next slow cell printed')
                                   + ('; the wall-clock covers the whole command, tokenizer training included' if not overrides else ''),
                            commit=sha, machine=machine(threads), root=root)

    sha1, g1 = recorded(DYN, prose_match(rf'gave {NUM} / {NUM} / {NUM} dB against the real frames, with action ratios {NUM} / {NUM} / {NUM}'))
    sha2, g2 = recorded(DYN, prose_match(rf'\({NUM} dB with the teacher against {NUM} without, in the one-thread replicate\)'))
    ema = re.search(r'`teacher_ema=([\d.]+)`: an EMA copy', prose)
    rows = [{'run': label, 'psnr_model_mean': num(g1[i]), 'action_ratio': num(g1[3 + i])} for i, label in enumerate(CHEETAH)]
    on_top = [{'teacher_ema': num(ema.group(1)), 'psnr_model_mean': num(g2[0])}, {'teacher_ema': 0.0, 'psnr_model_mean': num(g2[1])}]
    sha = newest(DYN, sha1, sha2)
    yield record_result('dynamics_cheetah_run_one_thread',
                        {'tables': {'the three cheetah-run commands, run with one torch thread (16 imagined steps)': rows,
                                    f'an EMA teacher on top of flow_fraction=0.75, one torch thread': on_top}},
                        command='OMP_NUM_THREADS=1: the commands of dynamics_cheetah_run, dynamics_cheetah_run_paper_d and '
                                f'dynamics_cheetah_run_paper_d_ema, and embodied train dynamics --preset {preset} teacher_ema={ema.group(1)}',
                        config={'preset': preset, 'runs': {**{label: variants.get(label, []) for label in CHEETAH},
                                                          'flow_fraction 0.75, EMA teacher': [f'teacher_ema={ema.group(1)}']}},
                        title='Dreamer 4 dynamics on cheetah-run: a replicate with one thread',
                        source=prose_source(DYN, sha, 'the paragraph on the replicate run with one thread and the EMA-teacher '
                                            'bullet of "Why a small model needs fewer bootstrap elements"'),
                        commit=sha, machine=machine(1), root=root)

def cartpole_results(root):
    pats = {
        'main': rf"`(task=cartpole-swingup [^`]*)`, its own tokenizer, (\d+) minutes, recorded by hand\) the `(\w+)` preset reaches {NUM} dB "
                rf"against the tokenizer's reconstructions, where standing still reaches {NUM}\. Against the real frames it scores {NUM} dB "
                rf"to standing still's {NUM}:",
        'first': rf'it loses the first (\w+) steps, where the real cart has barely moved and the exact last frame \({NUM} dB at step 1\) '
                 rf'beats anything that passes through the tokenizer \({NUM} dB ceiling\)',
        'later': rf'it wins from step {NUM} on \({NUM} against {NUM} dB at step {NUM}\)',
        'ratios': rf'Its action ratios are {NUM} \(flow\) and {NUM} \(next frame\)',
        'paper': rf"The paper's sampling gave {NUM} dB there with ratio {NUM} \(earlier run, same command\)"}
    found = {k: recorded(DYN, prose_match(p)) for k, p in pats.items()}
    sha = newest(DYN, *(s for s, _ in found.values()))
    overrides, minutes, preset, vs_recon, rep_recon, real, rep_real = found['main'][1]
    lost, rep1, ceiling = found['first'][1]
    win_from, model16, rep16, step16 = found['later'][1]
    words = {'four': 4, 'three': 3, 'five': 5, 'two': 2}
    summary = dict(psnr_model_vs_recon_mean=num(vs_recon), psnr_repeat_last_vs_recon_mean=num(rep_recon), psnr_model_mean=num(real),
                   psnr_repeat_last_mean=num(rep_real), action_ratio=num(found['ratios'][1][0]), next_action_ratio=num(found['ratios'][1][1]),
                   psnr_recon_ceiling=num(ceiling), model_loses_first_steps=words.get(lost, lost), model_wins_from_step=num(win_from))
    per_step = [{'imagined_step': 1, 'psnr_repeat_last': num(rep1)}, {'imagined_step': num(step16), 'psnr_model': num(model16), 'psnr_repeat_last': num(rep16)}]
    paper = [{'psnr_model_mean': num(found['paper'][1][0]), 'action_ratio': num(found['paper'][1][1])}]
    cmd = f'embodied train dynamics --preset {preset} {overrides}'
    yield record_result('dynamics_cartpole_swingup',
                        {'summary': summary, 'tables': {'PSNR against the real frames at single imagined steps': per_step,
                                                        "an earlier run of the same command with the paper's d sampling "
                                                        "(its action ratio then scored the whole objective)": paper}},
                        command=cmd, config={'preset': preset, 'overrides': overrides.split()}, wall_clock_s=num(minutes) * 60,
                        title=f'Dreamer 4 dynamics, `{preset}` preset on cartpole-swingup (flow_fraction 0.75): 16 imagined steps of held-out episodes',
                        source=prose_source(DYN, sha, 'the cartpole-swingup paragraph, whose numbers were recorded by hand'),
                        commit=sha, machine=machine(None), root=root)

def flow_fraction_results(root):
    pats = {
        'setup': r'Latents follow `([^`]+)`, with a fixed random direction `v` and actions uniform in \[−1, 1\]; windows are (\d+) frames and the config is `(\w+)`',
        'regression': rf'Plain regression \(predict the last frame from clean context\) uses context and actions within {NUM} steps: '
                      rf'MSE {NUM} against {NUM} for the AR\(1\) part alone, and shuffling the actions multiplies its error by {NUM}\.',
        'flow': rf'Flow matching alone \(every element at d_min\) learns within {NUM} steps: rollout MSE {NUM}, loss ratio {NUM}\.',
        'full': rf'The full objective gives rollout MSE {NUM} after {NUM}–{NUM} steps\. That is worse than predicting the mean '
                rf'\(variance {NUM}\), and the action ratio stays at {NUM}–{NUM}\.',
        'switch': rf'rollout MSE goes from {NUM} after {NUM} flow-only steps \({NUM} with shuffled actions\) to {NUM} after {NUM} steps '
                  rf'of the full objective, with either actions\.',
        'cartpole': rf'with a flow-only warm-up \(`flow_warmup=(\d+)`\), the action ratio climbed to {NUM} and fell back to {NUM} '
                    rf'within {NUM} steps of the switch\.',
        'fix': rf'\(`flow_fraction=([\d.]+)`, the step sizes of the rest as in the paper\), {NUM} more synthetic steps improve the '
               rf'rollout MSE from {NUM} to {NUM}–{NUM}\.'}
    found = {k: recorded(DYN, prose_match(p)) for k, p in pats.items()}
    sha = newest(DYN, *(s for s, _ in found.values()))
    g = {k: v for k, (_, v) in found.items()}
    law, window, preset = g['setup']
    learn = [
        {'training': 'plain regression (the last frame from clean context)', 'steps': num(g['regression'][0]), 'mse': num(g['regression'][1]),
         'error_ratio_shuffled_actions': num(g['regression'][3])},
        {'training': 'the AR(1) part alone (baseline)', 'mse': num(g['regression'][2])},
        {'training': 'flow matching only', 'steps': num(g['flow'][0]), 'rollout_mse': num(g['flow'][1]), 'loss_ratio_shuffled_actions': num(g['flow'][2])},
        {'training': 'the full shortcut objective', 'steps_min': num(g['full'][1]), 'steps_max': num(g['full'][2]), 'rollout_mse': num(g['full'][0]),
         'action_ratio_min': num(g['full'][4]), 'action_ratio_max': num(g['full'][5])},
        {'training': 'predicting the mean (the variance)', 'rollout_mse': num(g['full'][3])}]
    switch = [
        {'data': 'synthetic', 'flow_only_steps': num(g['switch'][1]), 'rollout_mse_before': num(g['switch'][0]),
         'rollout_mse_before_shuffled_actions': num(g['switch'][2]), 'full_objective_steps': num(g['switch'][4]),
         'rollout_mse_after_either_actions': num(g['switch'][3])},
        {'data': 'cartpole-swingup', 'flow_only_steps': num(g['cartpole'][0]), 'action_ratio_before': num(g['cartpole'][1]),
         'full_objective_steps': num(g['cartpole'][3]), 'action_ratio_after': num(g['cartpole'][2])}]
    fix = [{'flow_fraction': num(g['fix'][0]), 'more_steps': num(g['fix'][1]), 'rollout_mse_before': num(g['fix'][2]),
            'rollout_mse_after_min': num(g['fix'][3]), 'rollout_mse_after_max': num(g['fix'][4])}]
    yield record_result('dynamics_flow_fraction',
                        {'tables': {f'synthetic latents {law}, {window}-frame windows, `{preset}` config: what each objective learns': learn,
                                    'the switch from flow matching to the full shortcut objective': switch,
                                    'continuing the flow-only synthetic model with flow_fraction': fix}},
                        command=(f'a synthetic check on latents {law} (not kept as a command); on cartpole-swingup: embodied train '
                                 f'dynamics --preset {preset} task=cartpole-swingup model.action_dim=1 flow_warmup={g["cartpole"][0]}'),
                        config={'synthetic_latents': law, 'window': num(window), 'preset': preset},
                        title="Why a small model needs fewer bootstrap elements: the collapse under the paper's d sampling and flow_fraction",
                        source=prose_source(DYN, sha, '"Why a small model needs fewer bootstrap elements", the account of how the '
                                            'collapse was found'),
                        commit=sha, machine=machine(None), root=root)

def bench_dynamics_results(root):
    marker = 'threads = torch.get_num_threads(); torch.set_num_threads('
    sha, out = recorded(DYN, output_of(marker))
    header, *lines = [l.split() for l in out.splitlines() if l.strip()]
    rows = [{c: (None if v == 'nan' else num(v) if re.fullmatch(r'[\d.e+-]+', v) else v) for c, v in zip(header, line)} for line in lines]
    code = code_of(notebook(sha, DYN), marker)
    threads = int(re.search(r'torch\.set_num_threads\((\d+)\)', code).group(1))
    preset, rounds, contexts = re.search(r"bench_dynamics\('(\w+)', context=c, horizon=c, rounds=(\d+)\) for c in \(([\d, ]+)\)", code).groups()
    cmds = [f'OMP_NUM_THREADS={threads} embodied bench dynamics --preset {preset} --device cpu --context {c} --horizon {c} --rounds {rounds}'
            for c in contexts.replace(' ', '').split(',')]
    yield record_result('bench_dynamics_recorded', {'tables': {f'dynamics {preset} rollout (K=4) and training on cpu': rows}},
                        command=' && '.join(cmds), config={'argv': [c.split(' dynamics ', 1)[1].split() for c in cmds], 'torch_threads': threads},
                        title='embodied bench dynamics (the recorded dmc-preset CPU run)',
                        source=output_source(DYN, sha, 'the slow benchmark cell: the format_rows table of bench_dynamics, one row per '
                                             'context length; flop_utilisation was nan (no peak given) and is stored as null'),
                        commit=sha, machine=machine(threads), root=root)

RECOVER = (tokenizer_results, toy_results, cheetah_results, cartpole_results, flow_fraction_results, bench_dynamics_results)

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--root', help='results folder (default: results/ of this repository, or $EMBODIED_RESULTS)')
    args = ap.parse_args()
    for recover in RECOVER:
        for folder in recover(args.root): print('wrote', folder)
