#!/usr/bin/env python3
"""Check an `embodied_nb.widgets` widget in a real JupyterLab, in headless Chromium (too slow for `make test`: a minute or two).

    .venv/bin/python tools/check_jupyterlab.py [--out /tmp/jupyterlab_widget.png] [--chromium /usr/bin/chromium] [--timeout 300]

1. Writes a small notebook into a temporary folder: it imagines a rollout with the shipped Dreamer 4 agent from a fresh
   cartpole context and shows it in a `RolloutScrubber`.
2. Starts `jupyter lab` (this Python's) on 127.0.0.1 at a free port, with a random token, no browser, that folder as
   its root and its own settings, workspaces and runtime folders (so nothing of a user's JupyterLab is read or changed).
3. Opens the notebook with Playwright in headless Chromium, runs all cells from the Run menu, waits for the widget.
4. Moves the scrubber's slider through the page with the keyboard (a mouse drag if the keys do not move it) and checks
   that the step label and the frame image's `src` changed, and that no cell printed a traceback.
5. Saves a screenshot (`--out`), also when a check fails, then stops the server (its API, then the process group it
   started) and removes the folder (kept after a failure, with the server log, or with --keep).

Exit status: 0 all checks passed, 1 a check failed, 2 the server or the browser could not start.
"""
from __future__ import annotations
import argparse, json, os, re, secrets, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = 'check_widget.ipynb'
CELLS = [
    "import embodied_nb.widgets as W\n"
    "model = W.load_play_model('dreamer4_cartpole_balance_agent')\n"
    "env, kw = model.env_spec()\n"
    "context = W.record_context(env, seed=0, length=8, **kw)\n"
    "rollout = model.rollout(context, horizon=16, seed=0)\n"
    "print('front end attached:', W.has_frontend(), '| steps:', len(rollout))",
    "W.RolloutScrubber(rollout)",
]

class CheckFailed(Exception): "A check of the page failed."
class CannotStart(Exception): "The server or the browser did not start."

def write_notebook(folder:Path)->Path:
    "The small notebook that shows a widget, in nbformat 4."
    cells = [dict(cell_type='code', id=f'c{i}', metadata={}, execution_count=None, outputs=[], source=src) for i, src in enumerate(CELLS)]
    nb = dict(cells=cells, nbformat=4, nbformat_minor=5,
              metadata={'kernelspec': {'display_name': 'Python 3 (ipykernel)', 'language': 'python', 'name': 'python3'}})
    path = folder/NOTEBOOK
    path.write_text(json.dumps(nb, indent=1))
    return path

def free_port()->int:
    "A TCP port nothing listens on now."
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0)); return s.getsockname()[1]

def server_env(folder:Path)->dict:
    "The server's (and so the kernel's) environment: headless rendering, one thread, offline, its own JupyterLab folders."
    env = dict(os.environ, MUJOCO_GL='egl', PYOPENGL_PLATFORM='egl', OMP_NUM_THREADS='1', HF_HUB_OFFLINE='1', TRANSFORMERS_OFFLINE='1',
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}", PYTHONPATH=str(ROOT))
    for var, sub in (('JUPYTER_CONFIG_DIR', 'config'), ('JUPYTER_RUNTIME_DIR', 'runtime'), ('JUPYTERLAB_SETTINGS_DIR', 'settings'),
                     ('JUPYTERLAB_WORKSPACES_DIR', 'workspaces'), ('IPYTHONDIR', 'ipython')):
        (folder/'.jupyter'/sub).mkdir(parents=True, exist_ok=True); env[var] = str(folder/'.jupyter'/sub)
    return env

def start_server(root:Path, state:Path, port:int, token:str, log)->subprocess.Popen:
    "`jupyter lab` on 127.0.0.1:port serving `root`, in its own process group."
    cmd = [sys.executable, '-m', 'jupyterlab', '--no-browser', '--ip=127.0.0.1', f'--port={port}', '--port-retries=0',
           f'--ServerApp.root_dir={root}', f'--IdentityProvider.token={token}', '--LabApp.news_url=', '--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate']
    if hasattr(os, 'geteuid') and os.geteuid() == 0: cmd.append('--allow-root')   # containers often run as root
    return subprocess.Popen(cmd, cwd=root, env=server_env(state), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

def wait_ready(proc:subprocess.Popen, base:str, token:str, timeout:float):
    "Poll the server's status API until it answers; CannotStart if it exits or times out."
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None: raise CannotStart(f"jupyter lab exited with status {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                if r.status == 200: return
        except OSError: pass
        time.sleep(0.5)
    raise CannotStart(f"jupyter lab did not answer on {base} within {timeout:.0f} s")

def stop_server(proc:subprocess.Popen, base:str, token:str):
    "Ask the server to shut down (it stops its kernels), then end the process group it started."
    if proc.poll() is None:
        try: urllib.request.urlopen(urllib.request.Request(f"{base}/api/shutdown?token={token}", method='POST'), timeout=5).close()
        except OSError: pass
        try: proc.wait(timeout=15)
        except subprocess.TimeoutExpired: pass
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try: os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError): return
        time.sleep(1)

# ------------------------------------------------------------------------------------------------ the page
LABEL = '.widget-html-content:has-text("step ")'

def accept_dialogs(page)->int:
    "Accept any open JupyterLab dialog (e.g. 'Select Kernel' with the notebook's kernel preselected); how many were open."
    n = 0
    while page.locator('.jp-Dialog .jp-mod-accept').count():
        page.locator('.jp-Dialog .jp-mod-accept').first.click(); page.wait_for_timeout(300); n += 1
    return n

def run_all_cells(page, timeout_ms:int):
    "Wait for the notebook, then Run > Run All Cells (accepting the kernel dialog if JupyterLab asks)."
    page.wait_for_selector('.jp-NotebookPanel .jp-Cell', timeout=timeout_ms)
    page.wait_for_timeout(2000); accept_dialogs(page)
    page.click('.lm-MenuBar-item:has-text("Run")')
    page.click('.lm-Menu-itemLabel:text-is("Run All Cells")')
    page.wait_for_timeout(1000); accept_dialogs(page)

def wait_widget(page, timeout_ms:int):
    "Wait for the scrubber (its step label and frame); fail early on a traceback."
    end = time.time() + timeout_ms / 1000
    while time.time() < end:
        accept_dialogs(page)
        if page.locator('.jp-OutputArea-output:has-text("Traceback")').count():
            raise CheckFailed("a cell failed:\n" + page.locator('.jp-OutputArea-output:has-text("Traceback")').first.inner_text()[-2000:])
        if page.locator(LABEL).count() and page.locator('img.widget-image').count(): return
        time.sleep(0.5)
    raise CheckFailed(f"the widget did not appear within {timeout_ms / 1000:.0f} s")

def state(page)->tuple[str, str]:
    "(step label text, first frame image src) as the page shows them."
    return page.locator(LABEL).first.inner_text(), page.locator('img.widget-image').first.get_attribute('src') or ''

def move_slider(page, presses:int=3):
    "Focus the slider's handle and press the right arrow; if the label does not change, drag the handle to the middle."
    handle = page.locator('.widget-slider .noUi-handle').first
    handle.scroll_into_view_if_needed(); handle.focus()
    before = state(page)[0]
    for _ in range(presses): page.keyboard.press('ArrowRight')
    if wait_change(page, before, 5): return 'keyboard'
    box, track = handle.bounding_box(), page.locator('.widget-slider .noUi-target').first.bounding_box()
    page.mouse.move(box['x'] + box['width'] / 2, box['y'] + box['height'] / 2); page.mouse.down()
    page.mouse.move(track['x'] + track['width'] * 0.5, box['y'] + box['height'] / 2, steps=10); page.mouse.up()
    return 'drag'

def wait_change(page, before:str, seconds:float)->bool:
    "Whether the step label differs from `before` within `seconds`."
    end = time.time() + seconds
    while time.time() < end:
        if state(page)[0] != before: return True
        time.sleep(0.2)
    return False

def settled(page, quiet:float=1.0, seconds:float=15)->tuple[str, str]:
    "The page's (label, src) once they have not changed for `quiet` seconds."
    last, since, end = state(page), time.time(), time.time() + seconds
    while time.time() < end and time.time() - since < quiet:
        time.sleep(0.2)
        now = state(page)
        if now != last: last, since = now, time.time()
    return last

def check_page(page, url:str, timeout_ms:int)->dict:
    "Open the notebook, run it, move the slider; the facts checked (CheckFailed when one does not hold)."
    page.goto(url)
    run_all_cells(page, timeout_ms)
    wait_widget(page, timeout_ms)
    page.wait_for_timeout(500)
    label0, src0 = state(page)
    if not re.match(r'step 0 / \d+', label0): raise CheckFailed(f"the step label should start at step 0, got {label0!r}")
    how = move_slider(page)
    if not wait_change(page, label0, 10): raise CheckFailed(f"moving the slider ({how}) did not change the step label {label0!r}")
    label1, src1 = settled(page)
    readout = page.locator('.widget-slider .widget-readout').first.inner_text().strip()
    if not label1.startswith(f'step {readout} /'): raise CheckFailed(f"the slider reads {readout} but the label says {label1!r}")
    if src1 == src0: raise CheckFailed(f"the step label changed ({label0!r} -> {label1!r}) but the frame image did not")
    if page.locator('.jp-OutputArea-output:has-text("front end attached: True")').count() == 0:
        raise CheckFailed("the kernel did not report a front end: the widget would have been a static picture")
    return dict(moved_by=how, slider=readout, label_before=label0, label_after=label1, image_src_changed=True)

def screenshot(page, out:Path):
    "The widget's cell, or the whole page when there is no widget."
    out.parent.mkdir(parents=True, exist_ok=True)
    target = page.locator('.jp-Cell:has(img.widget-image)')
    if target.count(): target.first.screenshot(path=str(out))
    else: page.screenshot(path=str(out))

def browse(url:str, chromium:str, out:Path, timeout_ms:int)->dict:
    "Run `check_page` in headless Chromium and save the screenshot whatever the outcome."
    from playwright.sync_api import sync_playwright, Error as PlaywrightError
    with sync_playwright() as p:
        try: browser = p.chromium.launch(executable_path=chromium, headless=True, args=['--no-sandbox', '--disable-gpu'])
        except PlaywrightError as e: raise CannotStart(f"Chromium at {chromium} did not start: {e}") from None
        try:
            page = browser.new_page(viewport={'width': 1400, 'height': 1000})
            try: return check_page(page, url, timeout_ms)
            except PlaywrightError as e: raise CheckFailed(f"the page did not behave: {e}") from None
            finally:
                try: screenshot(page, out)
                except PlaywrightError: pass
        finally: browser.close()

def main(argv=None)->int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default='/tmp/jupyterlab_widget.png', help='screenshot path')
    ap.add_argument('--chromium', default='/usr/bin/chromium', help='the Chromium executable Playwright drives')
    ap.add_argument('--timeout', type=float, default=300, help='seconds for the server, the kernel and the widget')
    ap.add_argument('--keep', action='store_true', help='keep the temporary folder (server log, notebook)')
    args = ap.parse_args(argv)
    folder, token, port = Path(tempfile.mkdtemp(prefix='check_jupyterlab_')), secrets.token_hex(16), free_port()
    root, base, out = folder/'root', f'http://127.0.0.1:{port}', Path(args.out)
    root.mkdir(); write_notebook(root)
    log, proc, t0, status = open(folder/'server.log', 'w'), None, time.time(), 2
    try:
        proc = start_server(root, folder, port, token, log)
        wait_ready(proc, base, token, args.timeout)
        facts = browse(f'{base}/lab/tree/{NOTEBOOK}?token={token}', args.chromium, out, int(args.timeout * 1000))
        print(f"ok in {time.time() - t0:.0f} s: {json.dumps(facts)}\nscreenshot: {out}")
        status = 0
    except CheckFailed as e: print(f"FAILED: {e}\nscreenshot: {out}\nserver log: {folder/'server.log'}", file=sys.stderr); status = 1
    except CannotStart as e: print(f"could not start: {e}\nserver log: {folder/'server.log'}", file=sys.stderr)
    finally:
        if proc is not None: stop_server(proc, base, token)
        log.close()
        if status == 0 and not args.keep: shutil.rmtree(folder, ignore_errors=True)   # kept after a failure, for its log
    return status

if __name__ == '__main__':
    sys.exit(main())
