"""Paths and settings in one place (cookiecutter-data-science habit).

Every path the package, the notebooks and the tests use is derived from here, so a
notebook run from ``notebooks/`` and a test run from the repository root agree.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = Path(__file__).resolve().parent
LEXICON_DIR = PACKAGE_DIR / "lexicons"
DATA_DIR = PROJ_ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
USER_ALIASES = DATA_DIR / "aliases.csv"
REPORTS_DIR = PROJ_ROOT / "reports"
#: ``HELPERS_FIGURES_DIR`` overrides (helpers.report sends each run's figures to its own folder)
FIGURES_DIR = Path(os.environ.get("HELPERS_FIGURES_DIR") or REPORTS_DIR / "figures")
SHARED_DIR = PROJ_ROOT.parent / "shared"

#: modules that draw, run notebooks or read finished tables and never shape one: editing them keeps the cache
PRESENTATION_ONLY = frozenset({"charts.py", "report.py", "network_view.py", "dossier.py"})
#: bump by hand when a change alters tables in a way the source hash cannot see
SCHEMA_VERSION = "1"


def cache_dir() -> Path:
    """Where per-article results are cached (``HELPERS_CACHE_DIR`` overrides)."""
    return Path(os.environ.get("HELPERS_CACHE_DIR") or PROJ_ROOT / ".cache")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A stamp of everything that shapes the tables.

    The cache key of an article is its content hash plus this stamp: the helpers'
    source and lexicons (not the chart and notebook-runner modules), the user's alias file, the
    spaCy model's name and version.
    Changing any of them invalidates the cache instead of serving stale rows.
    """
    from .nlp import model_signature

    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.name in PRESENTATION_ONLY:
            continue
        if path.is_file() and path.suffix in {".py", ".csv", ".txt", ".json"}:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    if USER_ALIASES.is_file():
        h.update(USER_ALIASES.read_bytes())
    h.update(model_signature().encode())
    return h.hexdigest()[:16]
