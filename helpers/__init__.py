"""News-analysis helpers: articles in, tidy pandas tables out.

>>> from helpers import analyze
>>> corpus = analyze("data/articles")          # doctest: +SKIP
>>> corpus.quotes[["speaker", "text"]]         # doctest: +SKIP
"""
from __future__ import annotations

from . import charts
from .corpus import Corpus, analyze, analyze_text
from .nlp import load_pipeline

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_text", "load_pipeline", "Corpus", "charts", "__version__"]
