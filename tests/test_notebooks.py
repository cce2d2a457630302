"""Smoke test: every notebook runs headless on a small folder and saves its figures."""
from __future__ import annotations

import json
import shutil

import pytest

from helpers import config

NOTEBOOKS = sorted((config.PROJ_ROOT / "notebooks").glob("*.ipynb"))


def test_four_notebooks_are_committed_clean():
    assert [p.stem for p in NOTEBOOKS] == ["01_articles", "02_timeline", "03_actor_network", "04_mentions"]
    for path in NOTEBOOKS:
        book = json.loads(path.read_text())
        cells = book["cells"]
        assert cells[0]["cell_type"] == "markdown"
        assert "parameters" in cells[1]["metadata"].get("tags", []) and "ARTICLES" in "".join(cells[1]["source"])
        assert not any(c.get("outputs") for c in cells if c["cell_type"] == "code"), f"{path.name} has outputs"


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes(path, tmp_path, monkeypatch):
    import papermill as pm

    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(config.ARTICLES_DIR / "reuters-france-coalition-islamic-state.txt", articles)
    (articles / "second.txt").write_text(
        "Minister criticizes rival\n\nLONDON (Reuters) - British Foreign Secretary Jane Doe criticized Russia "
        "on Tuesday, saying Moscow had to stop. \"This is unacceptable,\" Doe said.\n")
    figures = tmp_path / "figures"
    monkeypatch.setenv("MPLBACKEND", "Agg")
    out = tmp_path / path.name
    pm.execute_notebook(str(path), str(out), parameters={"ARTICLES": str(articles), "CACHE": False},
                        cwd=str(path.parent), kernel_name="python3", progress_bar=False)
    executed = json.loads(out.read_text())
    errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    images = [o for c in executed["cells"] for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images, "the notebook drew no chart"
    _ = figures
