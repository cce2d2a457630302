"""Smoke test: every notebook runs headless on a small folder and saves its figures.

Notebooks run through :func:`helpers.report.run_notebook`, the same runner as
``make report``: a cell or a kernel that never answers ends as a failure, never a hang.
"""
from __future__ import annotations

import json
import shutil
import time
import warnings

import nbformat
import pytest

from helpers import config, report

NOTEBOOKS = sorted((config.PROJ_ROOT / "notebooks").glob("*.ipynb"))


def test_five_notebooks_are_committed_clean():
    assert [p.stem for p in NOTEBOOKS] == ["01_articles", "02_timeline", "03_actor_network", "04_mentions",
                                           "05_actor_dossier"]
    assert tuple(p.stem for p in NOTEBOOKS) == report.NOTEBOOKS
    for path in NOTEBOOKS:
        book = json.loads(path.read_text())
        cells = book["cells"]
        assert cells[0]["cell_type"] == "markdown"
        assert "parameters" in cells[1]["metadata"].get("tags", []) and "ARTICLES" in "".join(cells[1]["source"])
        assert not any(c.get("outputs") for c in cells if c["cell_type"] == "code"), f"{path.name} has outputs"
        for cell in cells:  # widgets hang headless runs: the runner skips cells tagged so
            if "interact(" in "".join(cell["source"]):
                assert report.INTERACTIVE_TAG in cell["metadata"].get("tags", []), path.name


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    shutil.copy(config.ARTICLES_DIR / "reuters-france-coalition-islamic-state.txt", folder)
    (folder / "second.txt").write_text(
        "Minister criticizes rival\n\nLONDON (Reuters) - British Foreign Secretary Jane Doe criticized Russia "
        "on Tuesday, saying Moscow had to stop. \"This is unacceptable,\" Doe said.\n")
    for path in (config.PROJ_ROOT / "tests" / "fixtures" / "outlets").glob("*.txt"):  # two more outlets
        shutil.copy(path, folder)
    return folder


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes(path, tmp_path, articles):
    figures = tmp_path / "figures"
    out = tmp_path / path.name
    run = report.run_notebook(path, out, {"ARTICLES": str(articles), "CACHE": False},
                              cell_timeout=300, start_timeout=60, idle_timeout=60,
                              env={"HELPERS_FIGURES_DIR": str(figures)})
    assert run.ok, run.log
    if run.attempts > 1:  # a stalled kernel was restarted: visible in the warnings summary
        warnings.warn(f"{path.stem} needed {run.attempts} attempts: {run.log}")
    executed = json.loads(out.read_text())
    errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    images = [o for c in executed["cells"] for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images, "the notebook drew no chart"
    pngs = sorted(figures.glob("*.png"))
    assert pngs, "no figure saved in HELPERS_FIGURES_DIR"
    assert all(p.with_suffix(".csv").is_file() for p in pngs), "a PNG without its CSV"


def _notebook(tmp_path, *sources):
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "language": "python",
                                                           "display_name": "Python 3"}})
    nb.cells = [nbformat.v4.new_code_cell("X = 1", metadata={"tags": ["parameters"]}),
                *(nbformat.v4.new_code_cell(s) for s in sources)]
    path = tmp_path / "probe.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.notebooks
def test_a_cell_that_never_returns_fails_within_the_timeout(tmp_path):
    path = _notebook(tmp_path, "print('before')", "import time\ntime.sleep(10**6)")
    t0 = time.perf_counter()
    run = report.run_notebook(path, tmp_path / "out.ipynb", {"X": 2}, cell_timeout=3,
                              start_timeout=60, idle_timeout=None, retries=1)
    elapsed = time.perf_counter() - t0
    assert not run.ok
    assert run.kind in ("timeout", "killed")
    assert run.attempts == 2  # restarted once with a fresh kernel, then reported
    assert "Timeout" in run.error
    assert elapsed < 2 * (60 + 3 + 40)  # bounded by the budget, never the 10**6 s sleep


@pytest.mark.notebooks
def test_an_idle_kernel_is_killed_long_before_the_cell_timeout(tmp_path):
    # a kernel waiting for a lost message uses no CPU: the watchdog ends it, retried once
    path = _notebook(tmp_path, "import time\ntime.sleep(10**6)")
    t0 = time.perf_counter()
    run = report.run_notebook(path, tmp_path / "out.ipynb", cell_timeout=3600, idle_timeout=4,
                              retries=1)
    assert not run.ok and run.kind == "stalled" and run.attempts == 2
    assert "in cell 1 (import time)" in run.error  # where it stalled
    assert time.perf_counter() - t0 < 120  # not the hour of the cell timeout


@pytest.mark.notebooks
def test_interactive_cells_are_left_out_of_headless_runs(tmp_path):
    path = _notebook(tmp_path, "print('kept')", "raise RuntimeError('widget ran')")
    book = nbformat.read(path, as_version=4)
    book.cells[-1].metadata["tags"] = [report.INTERACTIVE_TAG]
    nbformat.write(book, path)
    run = report.run_notebook(path, tmp_path / "out.ipynb", cell_timeout=30)
    assert run.ok, run.log
    executed = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    assert not any("widget ran" in c.source for c in executed.cells)


@pytest.mark.notebooks
def test_a_cell_that_raises_is_reported_without_retry(tmp_path):
    path = _notebook(tmp_path, "raise ValueError('broken chart')")
    run = report.run_notebook(path, tmp_path / "out.ipynb", cell_timeout=30, retries=1)
    assert not run.ok and run.kind == "error" and run.attempts == 1
    assert "ValueError" in run.error and "broken chart" in run.error


def test_relative_articles_resolve_from_the_root_or_from_notebooks():
    assert report.resolve_articles("../data/articles") == config.ARTICLES_DIR.resolve()
    assert report.resolve_articles("data/articles").name == "articles"


@pytest.mark.notebooks
def test_the_dossier_of_an_actor_without_stances_or_quotes_says_so(tmp_path, articles):
    from helpers import analyze

    corpus = analyze(articles, progress=False)  # fills this session's cache for the notebook
    spoken = set(corpus.stances["source_id"]) | set(corpus.stances["target_id"]) | set(corpus.quotes["speaker_id"])
    silent = corpus.actors[~corpus.actors["actor_id"].isin(spoken)].sort_values("n_mentions", ascending=False)
    assert len(silent), "every actor of the fixture has a stance or a quote"
    name = silent["name"].iloc[0]
    out = tmp_path / "05.ipynb"
    run = report.run_notebook(config.PROJ_ROOT / "notebooks" / "05_actor_dossier.ipynb", out,
                              {"ARTICLES": str(articles), "CACHE": True, "ACTOR": name},
                              cell_timeout=300, start_timeout=60, idle_timeout=60,
                              env={"HELPERS_FIGURES_DIR": str(tmp_path / "figures")})
    assert run.ok, run.log
    text = "".join("".join(o.get("text", "")) for c in json.loads(out.read_text())["cells"]
                   for o in c.get("outputs", []))  # stream text is a string or a list of lines
    assert f"No stance from or about {name} was found" in text
    assert f"0 quotes attributed to {name}: none found" in text
