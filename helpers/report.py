"""Run the notebooks headless, with timeouts that make a stalled kernel a failure, not a hang.

One function, :func:`run_notebook`, is used by ``make report``, by the notebook tests and by
``benchmarks/real_folders.py``:

- papermill executes the notebook with a per-cell timeout (``cell_timeout``) and a
  kernel-start timeout (``start_timeout``), so nbclient gives up on a cell or a kernel that
  never answers;
- the execution runs in a child process in its own session, under a wall-clock budget
  (start + cells x cell timeout + grace); if that is exceeded the whole process group
  (papermill and its kernel) is killed, whatever state the kernel is in;
- a kernel that sits idle (no CPU) for ``idle_timeout`` seconds while a cell should be
  running is stuck (nbclient waiting for a reply that does not come): the group is killed
  at once instead of waiting out the cell timeout;
- cells tagged ``interactive`` (ipywidgets filters for JupyterLab) are left out: with no
  frontend such a cell sometimes never answers, and a static report cannot use it;
- a run that timed out, stalled or lost its kernel is tried once more with a fresh kernel, then
  reported as a failure. A cell that raises is a failure at once (running it again would
  only raise again).

From the command line (what ``make report`` calls)::

    python -m helpers.report data/articles            # every notebook, HTML + figures
    python -m helpers.report ~/news --out reports/news --cell-timeout 1800
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import config

__all__ = ["NotebookRun", "run_notebook", "run_notebooks", "export_html", "NOTEBOOKS"]

#: the notebooks ``make report`` runs, in order
NOTEBOOKS = ("01_articles", "02_timeline", "03_actor_network", "04_mentions", "05_actor_dossier")
NOTEBOOK_DIR = config.PROJ_ROOT / "notebooks"

# outcomes of one attempt that a fresh kernel may cure
_STALLED = ("timeout", "kernel-start", "dead-kernel", "killed", "stalled")


@dataclass
class NotebookRun:
    """What happened when one notebook ran."""

    notebook: str
    ok: bool
    seconds: float
    attempts: int
    output: Path | None = None
    error: str = ""  #: "<ExceptionName>: <message>" of the failure, "" when ok
    kind: str = ""  #: ok, error (a cell raised), timeout, stalled, kernel-start, dead-kernel, killed
    log: list[str] = field(default_factory=list)  #: one line per attempt

    def __str__(self) -> str:
        state = "ok" if self.ok else f"FAILED ({self.kind}) {self.error}"
        return f"{self.notebook}: {state} in {self.seconds:.1f}s, {self.attempts} attempt(s)"


def _classify(exc: BaseException) -> str:
    """Name the failure: a cell that raised, or a kernel that stalled, died or never started."""
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    if isinstance(exc, CellTimeoutError):
        return "timeout"
    if isinstance(exc, DeadKernelError):
        return "dead-kernel"
    if isinstance(exc, (TimeoutError, RuntimeError)) and "kernel" in str(exc).lower():
        return "kernel-start"
    return "error"


def _describe(exc: BaseException) -> str:
    """One line: papermill's error carries the failing cell's exception name and value."""
    name = getattr(exc, "ename", None) or type(exc).__name__
    value = getattr(exc, "evalue", None)
    if value is None:
        value = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{name}: {value}"[:500]


#: cells with this tag are widgets for JupyterLab; a headless run skips them
INTERACTIVE_TAG = "interactive"


def _headless(path: str):
    """The notebook without its ``interactive`` cells.

    An ipywidgets ``interact`` cell run with no frontend sometimes never answers (the
    kernel sits idle while nbclient waits: nbclient issue 312; here about one run in ten
    of notebook 04), and a static report could not use the widget anyway.
    """
    import nbformat

    book = nbformat.read(path, as_version=4)
    book.cells = [c for c in book.cells if INTERACTIVE_TAG not in c.get("metadata", {}).get("tags", [])]
    return book


def _execute(spec: dict) -> dict:
    """Child side: run one notebook with papermill and return how it went."""
    import papermill as pm

    os.environ.setdefault("MPLBACKEND", "Agg")
    try:
        pm.execute_notebook(_headless(spec["input"]), spec["output"], parameters=spec["parameters"],
                            cwd=spec["cwd"], kernel_name=spec["kernel"], progress_bar=False,
                            execution_timeout=spec["cell_timeout"],
                            start_timeout=spec["start_timeout"], log_output=False)
    except Exception as exc:  # noqa: BLE001 - every failure is reported, none is lost
        return {"kind": _classify(exc), "error": _describe(exc)}
    return {"kind": "ok", "error": ""}


def _code_cells(path: Path) -> int:
    return sum(c.get("cell_type") == "code" for c in _headless(str(path)).cells)


def _tree_cpu(proc) -> float:
    """CPU seconds used so far by ``proc`` and every process below it (the kernel)."""
    import psutil

    total = 0.0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return total
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def _wait(proc: subprocess.Popen, budget: float, idle_timeout: float | None) -> str:
    """Wait for ``proc``: "done", "killed" past ``budget`` s, or "stalled" when idle.

    Stalled: the run and its kernel together used less than half a CPU second in
    ``idle_timeout`` seconds. A notebook cell here always computes (no network, no input),
    so a silent kernel is stuck, with nbclient waiting for a reply (what widget cells did
    here; papermill/nbclient hangs of this kind otherwise last until the cell timeout).
    """
    import psutil

    watched = psutil.Process(proc.pid)
    start = last_busy = time.monotonic()
    last_cpu = _tree_cpu(watched)
    while proc.poll() is None:
        now = time.monotonic()
        if now - start > budget:
            return "killed"
        cpu = _tree_cpu(watched)
        if cpu - last_cpu >= 0.5:
            last_cpu, last_busy = cpu, now
        elif idle_timeout and now - last_busy > idle_timeout:
            return "stalled"
        time.sleep(min(2.0, (idle_timeout or 2.0) / 4))
    return "done"


def _running_cell(output: str) -> str:
    """Where a killed run was: the cell papermill had marked running in its output copy."""
    try:
        book = json.loads(Path(output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "before the first cell"
    for i, cell in enumerate(book.get("cells", [])):
        if cell.get("metadata", {}).get("papermill", {}).get("status") == "running":
            first = "".join(cell.get("source", "")).strip().splitlines()[:1] or [""]
            return f"in cell {i} ({first[0][:60]})"
    return "between cells"


def _attempt(spec: dict, budget: float, idle_timeout: float | None, env: dict) -> dict:
    """Run :func:`_execute` in a child process group; kill the group when it overruns or stalls."""
    with tempfile.TemporaryDirectory(prefix="nbrun-") as tmp:
        spec_file, result_file = Path(tmp) / "spec.json", Path(tmp) / "result.json"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        cmd = [sys.executable, "-m", "helpers.report", "--_child", str(spec_file), str(result_file)]
        errors = open(Path(tmp) / "stderr.txt", "wb")  # a file: a pipe nobody reads can fill up
        with errors:
            proc = subprocess.Popen(cmd, cwd=str(config.PROJ_ROOT), env=env, start_new_session=True,
                                    stdout=subprocess.DEVNULL, stderr=errors)
            state = _wait(proc, budget, idle_timeout)
            if state != "done":
                os.killpg(proc.pid, signal.SIGKILL)  # papermill and the kernel it started
                proc.wait()
        if state == "killed":
            return {"kind": "killed", "error": f"TimeoutError: no result after {budget:.0f}s "
                                               f"{_running_cell(spec['output'])}; the run and its "
                                               "kernel were killed"}
        if state == "stalled":
            return {"kind": "stalled", "error": f"TimeoutError: the kernel sat idle for {idle_timeout:.0f}s "
                                                f"{_running_cell(spec['output'])}; it was killed"}
        if result_file.is_file():
            return json.loads(result_file.read_text(encoding="utf-8"))
        tail = (Path(tmp) / "stderr.txt").read_text("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return {"kind": "error", "error": f"exit {proc.returncode}: {tail[0]}"[:500]}


def run_notebook(notebook: str | Path, output: str | Path, parameters: dict | None = None, *,
                 cell_timeout: float = 600, start_timeout: float = 60,
                 idle_timeout: float | None = 120, retries: int = 1,
                 kernel_name: str = "python3", cwd: str | Path | None = None,
                 env: dict | None = None) -> NotebookRun:
    """Execute ``notebook`` headless and write the executed copy to ``output``.

    Parameters
    ----------
    notebook : path
        The .ipynb to run (papermill injects ``parameters`` after its ``parameters`` cell).
    output : path
        Where the executed notebook is written (also on failure, up to the failing cell).
    cell_timeout, start_timeout : seconds
        Longest wait for one cell, and for the kernel to start.
    idle_timeout : seconds or None
        A run whose kernel uses no CPU for this long is stalled and is killed, however
        long the cell timeout; None turns this check off.
    retries : int
        How many more times a run that stalled (a timeout, a dead or silent kernel) is
        tried with a fresh kernel. A cell that raises is not retried.
    cwd : path, optional
        Working directory of the kernel; default the notebook's folder.
    env : dict, optional
        Extra environment variables for the kernel (e.g. ``HELPERS_FIGURES_DIR``).

    Returns
    -------
    NotebookRun
        Never raises for a failing notebook: ``ok`` is False and ``error`` says why.
    """
    notebook, output = Path(notebook).resolve(), Path(output).resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    spec = {"input": str(notebook), "output": str(output), "parameters": parameters or {},
            "cwd": str(Path(cwd).resolve() if cwd else notebook.parent), "kernel": kernel_name,
            "cell_timeout": cell_timeout, "start_timeout": start_timeout}
    child_env = {**os.environ, "MPLBACKEND": "Agg", **(env or {})}
    # what nbclient may legitimately take, plus room for papermill and the kernel shutdown
    budget = start_timeout + _code_cells(notebook) * (cell_timeout + 10) + 30
    t0, log, result = time.perf_counter(), [], {}
    for attempt in range(1, retries + 2):
        result = _attempt(spec, budget, idle_timeout, child_env)
        log.append(f"attempt {attempt}: {result['kind']} {result['error']}".strip())
        if result["kind"] not in _STALLED:
            break
    ok = result["kind"] == "ok"
    return NotebookRun(notebook.stem, ok, time.perf_counter() - t0, len(log), output,
                       "" if ok else result["error"], result["kind"], log)


def export_html(executed: str | Path, directory: str | Path) -> Path:
    """Write the executed notebook as ``<directory>/<name>.html`` (code and outputs)."""
    import nbformat
    from nbconvert import HTMLExporter

    executed = Path(executed)
    body, _ = HTMLExporter().from_notebook_node(nbformat.read(executed, as_version=4))
    html = Path(directory) / f"{executed.stem}.html"
    html.parent.mkdir(parents=True, exist_ok=True)
    html.write_text(body, encoding="utf-8")
    return html


def resolve_articles(articles: str | Path) -> Path:
    """An absolute path for ``articles``: as given, else relative to ``notebooks/``.

    The second form keeps ``ARTICLES=../data/articles`` (the notebooks' own default)
    working from the repository root.
    """
    path = Path(articles).expanduser()
    if path.is_absolute():
        return path
    if not path.exists() and (NOTEBOOK_DIR / path).exists():
        return (NOTEBOOK_DIR / path).resolve()
    return path.resolve()


def run_notebooks(articles: str | Path, out: str | Path, *, notebooks=NOTEBOOKS,
                  html: bool = True, cache: bool = True, **options) -> list[NotebookRun]:
    """Run ``notebooks`` on ``articles``: HTML in ``out``, figures in ``out/figures``.

    ``options`` go to :func:`run_notebook` (timeouts, retries, env). Every notebook runs
    even when an earlier one failed, so one broken chart does not hide the others.
    """
    out = Path(out).resolve()
    figures = out / "figures"
    env = {"HELPERS_FIGURES_DIR": str(figures), **options.pop("env", {})}
    params = {"ARTICLES": str(resolve_articles(articles)), "CACHE": cache}
    runs = []
    with tempfile.TemporaryDirectory(prefix="report-") as tmp:
        for name in notebooks:
            executed = Path(tmp) / f"{name}.ipynb"
            run = run_notebook(NOTEBOOK_DIR / f"{name}.ipynb", executed, params, env=env, **options)
            if html and executed.is_file():
                export_html(executed, out)
            runs.append(run)
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="?", default=str(config.ARTICLES_DIR),
                        help="folder, file or glob of articles (default data/articles)")
    parser.add_argument("--out", default=str(config.REPORTS_DIR),
                        help="HTML goes here, figures into <out>/figures (default reports/)")
    parser.add_argument("--cell-timeout", type=float, default=1800,
                        help="seconds one cell may take (default 1800: a big corpus parses in one cell)")
    parser.add_argument("--start-timeout", type=float, default=120, help="seconds for the kernel to start")
    parser.add_argument("--idle-timeout", type=float, default=120,
                        help="seconds a kernel may sit without CPU before the run counts as stalled")
    parser.add_argument("--retries", type=int, default=1, help="fresh-kernel retries of a stalled run")
    parser.add_argument("--no-cache", action="store_true", help="analyse every article again")
    parser.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._child:
        spec_file, result_file = map(Path, args._child)
        result = _execute(json.loads(spec_file.read_text(encoding="utf-8")))
        result_file.write_text(json.dumps(result), encoding="utf-8")
        return 0
    runs = run_notebooks(args.articles, args.out, cache=not args.no_cache,
                         cell_timeout=args.cell_timeout, start_timeout=args.start_timeout,
                         idle_timeout=args.idle_timeout, retries=args.retries)
    for run in runs:
        print(run, flush=True)
    out = Path(args.out)
    print("reports written:")
    for path in sorted([*out.glob("*.html"), *(out / "figures").glob("*.png")]):
        print("  " + str(path))
    return 0 if all(r.ok for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
