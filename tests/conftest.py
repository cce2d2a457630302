"""Shared fixtures: one spaCy pipeline and one analysed seed article per test session."""
from __future__ import annotations

import os
import shutil

import pytest

from helpers import config

SEED = config.ARTICLES_DIR / "reuters-france-coalition-islamic-state.txt"


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory):
    """Tests never read or write the user's .cache/."""
    os.environ["HELPERS_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield


@pytest.fixture(scope="session")
def nlp():
    from helpers import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory):
    """The example article from a copy whose file name carries no date."""
    from helpers import analyze

    folder = tmp_path_factory.mktemp("seed")
    shutil.copy(SEED, folder / "story.txt")
    return analyze(folder, cache=False, progress=False)
