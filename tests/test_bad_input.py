"""Bad input: whatever is in the folder, the rest is read and every problem is a row of errors.

Checked twice: through the reading API (fast, no spaCy) and through
``helpers.analyze(folder, cache=False, progress=False)`` on one shared folder.
"""
from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import os
import signal
from pathlib import Path

import pandas as pd
import pytest

from helpers.reading import ReadError, Source, iter_sources

GOOD = """Tram line approved after long debate

Workers stand next to a tram depot in Berlin, Germany March 3, 2015. REUTERS/Jane Doe (Reuters)

BERLIN (Reuters) - The city council approved a new tram line, its chairwoman said on Wednesday.

(Reporting by Anna Berg; Editing by Greta Hahn)
"""
INNER = "Bakery wins prize\n\nThe bakery on Mill Street won the regional bread prize, its owner said.\n"
DUPLICATE = "Pool reopens\n\nThe town pool reopened after repairs, the mayor said on Friday.\n"
BROKEN_MD = ("---\ntitle: [unclosed\ndate: 2016-01-02\n---\n"
             "The harbour authority postponed a vote on ferry fees, a spokesman said.\n")
CSV_TEXT = ('text,title\n'
            '"The library extended its opening hours, the city said.",Library\n'
            '"The marathon route changed.",Marathon,an extra field\n'
            '"The school choir left on tour, teachers said.",Choir\n')
JSONL_TEXT = ('{"text": "The museum opened a new wing, its director said."}\n'
              '{"text": "This line is cut off"\n'
              '{"text": "The zoo welcomed a baby giraffe, keepers said."}\n')


@contextlib.contextmanager
def time_limit(seconds: int):
    """Fail instead of hanging (a symlink loop must not make discovery loop forever)."""
    def on_alarm(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s: a loop?")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def build_folder(root: Path) -> Path:
    """One folder with every kind of trouble next to good articles."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "sub").mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "inner.txt").write_text(INNER, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\n\t \n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (root / "rows.csv").write_text(CSV_TEXT, encoding="utf-8")
    (root / "lines.jsonl").write_text(JSONL_TEXT, encoding="utf-8")
    (root / "broken.md").write_text(BROKEN_MD, encoding="utf-8")
    (root / "dup_a.txt").write_text(DUPLICATE, encoding="utf-8")
    (root / "dup_b.txt").write_text(DUPLICATE, encoding="utf-8")
    (root / "zz_link.txt").symlink_to("good.txt")          # a second name for good.txt
    (root / "sub" / "loop").symlink_to("..")               # a folder link to its own parent
    (root / "dangling.txt").symlink_to("missing.txt")      # a broken link
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")  # not a known ending: ignored
    return root


GOOD_PATHS = ["good.txt", "sub/inner.txt", "rows.csv:2", "rows.csv:4", "lines.jsonl:1", "lines.jsonl:3",
              "broken.md", "dup_a.txt"]
#: every error the folder must produce: (path relative to the folder, stage or None for any)
ERROR_PATHS = [("empty.txt", "read"), ("blank.txt", "read"), ("binary.txt", "decode"), ("rows.csv:3", "read"),
               ("lines.jsonl:2", "read"), ("broken.md", "front matter"), ("dangling.txt", None)]


def snapshot(root: Path) -> dict[str, tuple[str, int, int]]:
    """Content hash, mtime and mode of every regular file (links not followed)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        st = path.stat()
        out[str(path.relative_to(root))] = (hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_mode)
    return out


def rel(path: str, root: Path) -> str:
    return os.path.relpath(path, root) if path.startswith(str(root)) else path


# ----------------------------------------------------------------------------- reading API

@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return build_folder(tmp_path_factory.mktemp("bad") / "articles")


@pytest.fixture(scope="module")
def read_result(folder):
    before = snapshot(folder)
    with time_limit(20):
        items = list(iter_sources(folder))
    assert snapshot(folder) == before, "reading modified an input file"
    sources = [s for s in items if isinstance(s, Source)]
    errors = [e for e in items if isinstance(e, ReadError)]
    return sources, errors


def test_reading_keeps_every_good_article(read_result, folder):
    sources, _ = read_result
    # the duplicate's second copy is still read here: dropping duplicates is analyze()'s job
    assert sorted(rel(s.path, folder) for s in sources) == sorted(GOOD_PATHS + ["dup_b.txt"])


def test_reading_reports_every_problem(read_result, folder):
    _, errors = read_result
    got = {rel(e.path, folder): e.stage for e in errors}
    for path, stage in ERROR_PATHS:
        assert path in got, f"no error for {path}: {got}"
        if stage is not None:
            assert got[path] == stage


def test_each_file_read_once_despite_links(read_result):
    sources, _ = read_result
    def key(src):
        base, record = src.path.rsplit(":", 1) if src.fmt in ("csv", "json") else (src.path, "")
        return os.path.realpath(base), record

    keys = [key(s) for s in sources]
    assert len(keys) == len(set(keys))
    assert not any("loop" in s.path for s in sources)


def test_broken_front_matter_body_still_read(read_result, folder):
    sources, errors = read_result
    (src,) = [s for s in sources if s.path.endswith("broken.md")]
    assert src.text.startswith("The harbour authority postponed a vote")
    assert "---" not in src.text and "unclosed" not in src.text
    assert src.title is None  # the broken metadata is not guessed from
    (err,) = [e for e in errors if e.path.endswith("broken.md")]
    assert "line" in err.error  # says where


def test_line_numbers_in_errors(read_result):
    _, errors = read_result
    by_path = {Path(e.path).name: e.error for e in errors}
    assert "line 3" in by_path["rows.csv:3"]
    assert "line 2" in by_path["lines.jsonl:2"]


def test_error_messages_are_actionable(read_result):
    _, errors = read_result
    assert errors
    for e in errors:
        assert isinstance(e.error, str) and len(e.error.strip()) > 20, e
        assert e.stage and e.path


@pytest.mark.parametrize("name, data, stage", [
    ("empty.txt", b"", "read"),
    ("blank.md", b"   \r\n\r\n  \t", "read"),
    ("nul.txt", b"abc\x00def" * 50, "decode"),
    ("only-front-matter.md", b"---\ntitle: A\n---\n", "read"),
    ("only-markup.html", b"<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>", "read"),
    ("no-text-column.csv", b"title,date\nA,2016-01-01\n", "read"),
    ("header-only.csv", b"text,title\n", None),  # no rows: nothing to read, an error is optional
    ("bad.json", b'[{"text": "cut off"', "read"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_single_bad_file(tmp_path, name, data, stage):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.txt").write_text("The ferry resumed service, officials said.\n", encoding="utf-8")
    items = list(iter_sources(tmp_path))
    sources = [s for s in items if isinstance(s, Source)]
    errors = [e for e in items if isinstance(e, ReadError)]
    assert [Path(s.path).name for s in sources] == ["ok.txt"]
    if stage is None:
        assert all(len(e.error) > 20 for e in errors)
        return
    assert len(errors) == 1, errors
    assert errors[0].stage == stage
    assert Path(errors[0].path).name == name
    assert len(errors[0].error) > 20


def test_symlink_loop_alone(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text("A story, officials said.\n", encoding="utf-8")
    (tmp_path / "a" / "up").symlink_to("..")
    (tmp_path / "a" / "self").symlink_to(".")
    (tmp_path / "b").symlink_to("a")
    with time_limit(10):
        sources = [s for s in iter_sources(tmp_path) if isinstance(s, Source)]
    assert len(sources) == 1


def test_broken_symlink_given_directly(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (err,) = list(iter_sources(tmp_path / "gone.txt"))
    assert isinstance(err, ReadError)
    assert "link" in err.error


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file, so permissions cannot be tested")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("A story nobody may read.\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("A story anyone may read.\n", encoding="utf-8")
    path.chmod(0)
    try:
        items = list(iter_sources(tmp_path))
    finally:
        path.chmod(0o644)
    errors = [e for e in items if isinstance(e, ReadError)]
    assert [Path(s.path).name for s in items if isinstance(s, Source)] == ["ok.txt"]
    assert len(errors) == 1 and errors[0].path == str(path) and "permission" in errors[0].error


def test_csv_error_line_is_where_the_row_starts(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text('text,title\n"Row one.",One\n"Row two\n\nspans lines",Two,extra\n"Row three.",Three\n',
                    encoding="utf-8")
    errors = [e for e in iter_sources(path) if isinstance(e, ReadError)]
    assert [e.path for e in errors] == [f"{path}:3"]


def test_csv_unclosed_quote_is_reported_not_merged(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('text,title\n"Row one text.",One\n"Row two has an unclosed quote,Two\n'
                    '"Row three text.",Three\n', encoding="utf-8")
    items = list(iter_sources(path))
    sources = [s for s in items if isinstance(s, Source)]
    assert any(isinstance(e, ReadError) for e in items)
    assert not any("Row two" in s.text and "Row three" in s.text for s in sources)


# ----------------------------------------------------------------------------- through analyze()

@pytest.fixture(scope="module")
def helpers_api():
    helpers = pytest.importorskip("helpers")
    if not hasattr(helpers, "analyze"):
        pytest.skip("helpers.analyze is not written yet")
    return helpers


@pytest.fixture(scope="module")
def analysed(helpers_api, tmp_path_factory):
    root = build_folder(tmp_path_factory.mktemp("analyse") / "articles")
    cache_dir = tmp_path_factory.mktemp("cache")
    old = os.environ.get("HELPERS_CACHE_DIR")
    os.environ["HELPERS_CACHE_DIR"] = str(cache_dir)
    before = snapshot(root)
    try:
        with time_limit(120):
            corpus = helpers_api.analyze(root, cache=False, progress=False)
    finally:
        if old is None:
            os.environ.pop("HELPERS_CACHE_DIR", None)
        else:
            os.environ["HELPERS_CACHE_DIR"] = old
    after = snapshot(root)
    return root, corpus, before, after, cache_dir


def test_analyze_never_modifies_input(analysed):
    root, _, before, after, _ = analysed
    assert before and after == before


def test_analyze_cache_false_writes_no_cache(analysed):
    *_, cache_dir = analysed
    assert list(cache_dir.rglob("*")) == []


def test_analyze_keeps_good_articles(analysed):
    root, corpus, *_ = analysed
    paths = sorted(rel(p, root) for p in corpus.articles["path"])
    assert paths == sorted(GOOD_PATHS)
    assert corpus.articles["article_id"].is_unique
    assert (corpus.articles["n_words"] > 0).all()


def test_analyze_reports_problems(analysed):
    root, corpus, *_ = analysed
    errors = corpus.errors
    assert list(errors.columns[:3]) == ["path", "stage", "error"]
    got = {rel(p, root): s for p, s in zip(errors["path"], errors["stage"])}
    for path, stage in ERROR_PATHS:
        assert path in got, f"no error row for {path}: {got}"
        if stage is not None:
            assert got[path] == stage
    for message in errors["error"]:
        assert isinstance(message, str) and len(message.strip()) > 20, message


def test_analyze_broken_front_matter_body_analysed(analysed):
    _, corpus, *_ = analysed
    row = corpus.articles[corpus.articles["path"].str.endswith("broken.md")].iloc[0]
    assert "harbour authority postponed a vote" in row["text"]
    assert (corpus.sentences["article_id"] == row["article_id"]).any()
    assert corpus.errors["path"].str.endswith("broken.md").any()


def test_analyze_good_story_layout(analysed):
    _, corpus, *_ = analysed
    row = corpus.articles[corpus.articles["path"].str.endswith("good.txt")].iloc[0]
    assert row["title"] == "Tram line approved after long debate"
    assert (row["dateline"], row["source"]) == ("BERLIN", "Reuters")
    assert list(row["authors"]) == ["Anna Berg"] and list(row["editors"]) == ["Greta Hahn"]
    assert row["published"] == pd.Timestamp("2015-03-04")
    assert row["published_from"] == "caption+weekday"
    parts = set(corpus.sentences.loc[corpus.sentences["article_id"] == row["article_id"], "part"])
    assert parts == {"title", "caption", "body", "credits"}


def test_analyze_duplicate_nothing_lost(analysed):
    root, corpus, *_ = analysed
    seen = set(rel(p, root) for p in corpus.articles["path"]) | set(rel(p, root) for p in corpus.errors["path"])
    assert {"dup_a.txt", "dup_b.txt"} <= seen


def test_analyze_duplicate_analysed_once_and_reported(analysed):
    # DESIGN.md is silent; corpus.py analyses the first copy and reports the second
    root, corpus, *_ = analysed
    assert corpus.articles["path"].map(lambda p: rel(p, root)).isin(["dup_a.txt", "dup_b.txt"]).sum() == 1
    dup = corpus.errors[corpus.errors["path"].str.endswith("dup_b.txt")]
    assert list(dup["stage"]) == ["duplicate"]
    assert "dup_a.txt" in dup["error"].iloc[0]


def test_analyze_sentence_offsets(analysed):
    _, corpus, *_ = analysed
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
    sentences = corpus.sentences
    assert len(sentences) > 0
    assert set(sentences["article_id"]) == set(texts)
    for row in sentences.itertuples():
        text = texts[row.article_id]
        assert 0 <= row.start < row.end <= len(text)
        # the table strips whitespace off each sentence, and start/end follow the strip
        assert text[row.start:row.end] == row.text
        assert row.text == row.text.strip()
    for aid, group in sentences.groupby("article_id"):
        assert list(group["sent_id"]) == list(range(len(group)))
        assert (group["start"].diff().dropna() > 0).all()


def test_analyze_list_with_missing_file(helpers_api, tmp_path):
    good = tmp_path / "one.txt"
    good.write_text(INNER, encoding="utf-8")
    corpus = helpers_api.analyze([good, tmp_path / "missing.txt"], cache=False, progress=False)
    assert list(corpus.articles["path"]) == [str(good)]
    assert list(corpus.errors["path"]) == [str(tmp_path / "missing.txt")]


def test_analyze_empty_folder(helpers_api, tmp_path):
    corpus = helpers_api.analyze(tmp_path, cache=False, progress=False)
    assert len(corpus.articles) == 0 and len(corpus.sentences) == 0
    assert list(corpus.articles.columns[:3]) == ["article_id", "path", "title"]


@pytest.mark.parametrize("text, plain, kwargs, expected", [
    (GOOD, False, {}, {"title": "Tram line approved after long debate", "dateline": "BERLIN",
                       "published": pd.Timestamp("2015-03-04")}),
    (GOOD, True, {}, {"title": None, "dateline": None}),
    ("The ferry resumed service, officials said.", False, {"published": "2016-01-07", "title": "Ferry back"},
     {"title": "Ferry back", "published": pd.Timestamp("2016-01-07"), "published_from": "caller"}),
    ("Line one.\r\nLine two.\rLine three.", True, {}, {"text": "Line one.\nLine two.\nLine three."}),
], ids=["wire", "plain", "override", "newlines"])
def test_analyze_text(helpers_api, text, plain, kwargs, expected):
    corpus = helpers_api.analyze_text(text, plain=plain, **kwargs)
    assert len(corpus.articles) == 1
    row = corpus.articles.iloc[0]
    for key, value in expected.items():
        got = row[key]
        if value is None:
            assert got is None or pd.isna(got), key
        else:
            assert got == value, key
    for srow in corpus.sentences.itertuples():
        assert row["text"][srow.start:srow.end] == srow.text
    if plain:
        assert set(corpus.sentences["part"]) == {"body"}


def test_analyze_text_bad_date_raises(helpers_api):
    with pytest.raises(ValueError, match="not a date"):
        helpers_api.analyze_text("The ferry resumed service.", published="next Tuesday")


def test_analyze_dataframe_with_bad_rows(helpers_api):
    frame = pd.DataFrame({"text": ["The ferry resumed service, officials said.", "", None],
                          "article_id": ["ferry", "blank", "none"]})
    corpus = helpers_api.analyze(frame, cache=False, progress=False)
    assert list(corpus.articles["article_id"]) == ["ferry"]
    assert sorted(corpus.errors["path"]) == ["<DataFrame>:blank", "<DataFrame>:none"]


# ----------------------------------------------------------------------------- more input classes

STORY = "Ferry fares frozen\n\nThe island ferry will keep its fares for a year, the operator said on Monday.\n"
FRENCH = ("Le conseil vote le budget\n\nLe conseil municipal a adopté mercredi le budget de la ville, a déclaré "
          "le maire. Les impôts locaux ne changeront pas cette année, selon la mairie.\n")
QUOTES = ('Quotes gone wrong\n\n"We will not stop, the minister said. He added: "never," and left.\n\n'
          '\u201cThe \u2018plan\u2019 is \u201cgood\u201d, said Ana Lima.\n\n'
          'A stray \u201d and a lone \u2019 end here " said nobody.\n')
HTML_PAGE = ("<html><head><title>Harbour reopens</title><style>p { color: red }</style>"
             "<script>alert('SCRIPT-RAN');</script></head><body><h1>Harbour reopens</h1>"
             "<p>The harbour reopened on Friday &amp; fishermen returned, the port said &mdash; "
             "&ldquo;at last&rdquo;.</p><script>document.write('INLINE-SCRIPT')</script>"
             "<noscript>NOSCRIPT-TEXT</noscript></body></html>")
UNCLOSED_CSV = ('text,title\n"Row one text, with a comma.",One\n"Row two has an unclosed quote,Two\n'
                '"Row three text.",Three\n')

#: (file name, bytes, a piece of the expected articles.text, expected encoding or None)
ENCODED = [
    ("utf16.txt", codecs.BOM_UTF16_LE + "Caf\u00e9 prices rise\n\nThe caf\u00e9 raised prices, its owner said."
     .encode("utf-16-le"), "The caf\u00e9 raised prices", "utf-16"),
    ("utf8bom.txt", codecs.BOM_UTF8 + b"Bus lanes added\r\n\r\nThe city added bus lanes, officials said.\r\n",
     "Bus lanes added\n\nThe city added", "utf-8-sig"),
    ("win1252.txt", b"Rents go up\r\rThe landlord said \x93no\x94 to a \xa3500 cut.\rTenants objected.",
     "said \u201cno\u201d to a \u00a3500 cut.\nTenants", "cp1252"),
    ("latin1.txt", "Gr\u00fc\u00dfe aus K\u00f6ln\n\nDer B\u00fcrgermeister sagte, man sei froh.".encode("latin-1"),
     "Der B\u00fcrgermeister", None),
    # 0x81 and 0x8d are undefined in cp1252 and invalid in UTF-8: decoded anyway, never a crash
    ("undecodable.txt", b"Power cut ends\n\nPower returned to the valley \x81\x8d on Tuesday, the utility said.\n",
     "Power returned to the valley", None),
]


@pytest.fixture(scope="module")
def more_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("more") / "articles"
    root.mkdir(parents=True)
    for name, data, *_ in ENCODED:
        (root / name).write_bytes(data)
    (root / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "title_only.txt").write_text("Council approves budget\n", encoding="utf-8")
    (root / "quotes.txt").write_text(QUOTES, encoding="utf-8")
    (root / "french.txt").write_text(FRENCH, encoding="utf-8")
    (root / "english.txt").write_text(STORY, encoding="utf-8")
    (root / "unclosed.csv").write_text(UNCLOSED_CSV, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")                                   # a named pipe: opening it must not hang
    (root / "folder.txt").mkdir()                                  # a folder whose name looks like a file
    (root / "folder.txt" / "inside.txt").write_text(INNER, encoding="utf-8")
    (root / "to_folder.txt").symlink_to("folder.txt")              # a link to that folder: read once
    return root


@pytest.fixture(scope="module")
def more_analysed(helpers_api, more_folder):
    before = snapshot(more_folder)
    with time_limit(120):
        corpus = helpers_api.analyze(more_folder, cache=False, progress=False)
    assert snapshot(more_folder) == before, "analyze modified an input file"
    return more_folder, corpus


def article(corpus, name):
    rows = corpus.articles[corpus.articles["path"].map(lambda p: Path(p).name == name)]
    assert len(rows) == 1, (name, list(corpus.articles["path"]))
    return rows.iloc[0]


def errors_for(corpus, root, name):
    return corpus.errors[corpus.errors["path"].map(lambda p: rel(p, root)) == name]


@pytest.mark.parametrize("name, data, piece, encoding", ENCODED, ids=[e[0] for e in ENCODED])
def test_encodings_through_analyze(more_analysed, name, data, piece, encoding):
    root, corpus = more_analysed
    row = article(corpus, name)
    assert piece in row["text"]
    assert "\r" not in row["text"] and "\ufeff" not in row["text"]
    if encoding is not None:
        assert row["encoding"] == encoding
    assert errors_for(corpus, root, name).empty


def test_html_script_style_and_entities(more_analysed):
    _, corpus = more_analysed
    row = article(corpus, "page.html")
    assert row["title"] == "Harbour reopens"
    assert "Friday & fishermen returned" in row["text"] and "\u2014" in row["text"] and "\u201cat last\u201d" in row["text"]
    for leftover in ("SCRIPT-RAN", "INLINE-SCRIPT", "NOSCRIPT-TEXT", "color: red", "<p>", "&amp;"):
        assert leftover not in row["text"]


def test_title_without_body(more_analysed):
    root, corpus = more_analysed
    row = article(corpus, "title_only.txt")
    assert "Council approves budget" in row["text"]
    assert errors_for(corpus, root, "title_only.txt").empty


def test_unbalanced_and_nested_quotes(more_analysed):
    _, corpus = more_analysed
    row = article(corpus, "quotes.txt")
    quotes = corpus.quotes[corpus.quotes["article_id"] == row["article_id"]]
    for q in quotes.itertuples():
        assert row["text"][q.start:q.end] == q.text
        if not pd.isna(q.speaker_start):
            assert row["text"][q.speaker_start:q.speaker_end] == q.speaker_text


def test_non_english_article_flagged_and_parsed(more_analysed):
    _, corpus = more_analysed
    french, english = article(corpus, "french.txt"), article(corpus, "english.txt")
    assert (french["language"], english["language"]) == ("fr", "en")
    assert (corpus.sentences["article_id"] == french["article_id"]).sum() >= 2  # parsed as far as it goes
    assert french["n_words"] > 10


def test_language_column_is_never_a_guess_on_scraps(more_analysed):
    _, corpus = more_analysed
    assert article(corpus, "title_only.txt")["language"] is None  # three words: too little to tell
    assert set(corpus.articles["language"].dropna()) <= {"en", "fr", "de"}


def test_fifo_is_an_error_not_a_hang(more_analysed):
    root, corpus = more_analysed
    (err,) = errors_for(corpus, root, "pipe.txt").itertuples()
    assert err.stage == "read" and "named pipe" in err.error


def test_folder_named_like_a_file_is_walked_once(more_analysed):
    root, corpus = more_analysed
    paths = [rel(p, root) for p in corpus.articles["path"]]
    assert "folder.txt/inside.txt" in paths
    assert not any(p.startswith("to_folder.txt") for p in paths)  # the link to it adds nothing
    assert not corpus.errors["path"].map(lambda p: "folder.txt" in p).any()


def test_unclosed_csv_quote_through_analyze(more_analysed):
    root, corpus = more_analysed
    paths = {rel(p, root) for p in corpus.articles["path"]}
    assert {"unclosed.csv:2", "unclosed.csv:4"} <= paths
    (err,) = errors_for(corpus, root, "unclosed.csv:3").itertuples()
    assert "line 3" in err.error and "quote" in err.error


def test_every_input_accounted_for(more_analysed):
    root, corpus = more_analysed
    seen = {rel(p, root).split(":")[0] for p in list(corpus.articles["path"]) + list(corpus.errors["path"])}
    expected = {name for name, *_ in ENCODED} | {"page.html", "title_only.txt", "quotes.txt", "french.txt",
                                               "english.txt", "unclosed.csv", "pipe.txt", "folder.txt/inside.txt"}
    assert expected <= seen


def test_permission_denied_even_as_root(tmp_path, monkeypatch):
    """Root reads a chmod 000 file, so the refusal is simulated at the one place files are opened."""
    from helpers import reading

    secret = tmp_path / "secret.txt"
    secret.write_text("A story nobody may read.\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("A story anyone may read.\n", encoding="utf-8")
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if os.fspath(path) == str(secret):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(reading.os, "open", refusing_open)
    items = list(iter_sources(tmp_path))
    assert [Path(s.path).name for s in items if isinstance(s, Source)] == ["ok.txt"]
    (err,) = [e for e in items if isinstance(e, ReadError)]
    assert err.path == str(secret) and err.stage == "read" and "permission" in err.error


def test_fifo_given_directly(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    with time_limit(10):
        (err,) = list(iter_sources(tmp_path / "pipe.md"))
    assert isinstance(err, ReadError) and "named pipe" in err.error


def test_file_name_that_is_not_utf8(helpers_api, tmp_path):
    name = os.fsdecode(b"caf\xe9-story.txt")  # a Latin-1 file name on a UTF-8 file system
    (tmp_path / name).write_text(STORY, encoding="utf-8")
    corpus = helpers_api.analyze(tmp_path, cache=False, progress=False)
    assert len(corpus.articles) == 1 and corpus.errors.empty
    assert corpus.articles["path"].iloc[0].endswith("caf\ufffd-story.txt")  # storable, and still recognisable


# ----------------------------------------------------------------------------- huge texts

def big_story(n_chars: int) -> str:
    para = "The council approved a new tram line on Wednesday, its chairwoman said in Berlin."
    return "Tram line approved\n\n" + "\n\n".join([para] * (n_chars // (len(para) + 2) + 1))


def test_text_over_one_million_chars_is_read_whole(tmp_path):
    path = tmp_path / "long.txt"
    text = big_story(1_100_000)
    path.write_text(text, encoding="utf-8")
    (src,) = list(iter_sources(path))
    assert isinstance(src, Source) and src.text == text  # nothing cut: analysed as one article


@pytest.mark.parametrize("name, make", [
    ("long.txt", lambda text: text),
    ("long.jsonl", lambda text: json.dumps({"text": "A short one, officials said."}) + "\n"
                                + json.dumps({"text": text}) + "\n"),
], ids=["txt", "jsonl"])
def test_text_over_the_article_limit_is_an_error(helpers_api, tmp_path, name, make):
    from helpers.reading import MAX_TEXT_CHARS

    path = tmp_path / name
    path.write_text(make(big_story(MAX_TEXT_CHARS + 10)), encoding="utf-8")
    with time_limit(60):
        corpus = helpers_api.analyze(path, cache=False, progress=False)
    (err,) = corpus.errors.itertuples()
    assert err.stage == "read" and "split it" in err.error and "characters" in err.error
    assert len(corpus.articles) == (1 if name.endswith(".jsonl") else 0)  # the other record is kept


# ----------------------------------------------------------------------------- malformed records

@pytest.mark.parametrize("name, data, good, bad", [
    ("a.jsonl", '{"text": "One is fine, officials said."}\n[1, 2]\n' + "[" * 100_000 + "\n"
                '{"text": "Four is fine, officials said."}\n{"title": "no text"}\n',
     ["a.jsonl:1", "a.jsonl:4"], ["a.jsonl:2", "a.jsonl:3", "a.jsonl:5"]),
    ("deep.json", "[" * 100_000 + "]" * 100_000, [], ["deep.json"]),
    ("lines.json", '{"text": "Saved as .json, officials said."}\n{"text": "cut\n', ["lines.json:1"], ["lines.json:2"]),
    ("rows.csv", 'text,title\n"Good one, officials said.",A\n"Bad ""escape" here",B\n\n'
                 '"Multi\n\nline, officials said.",C\n"never closed,D\n',
     ["rows.csv:2", "rows.csv:5"], ["rows.csv:3", "rows.csv:8"]),
    ("bad-header.csv", '"text,title\nA,B\n', [], ["bad-header.csv"]),
], ids=["jsonl-mixed", "json-too-deep", "jsonl-as-json", "csv-mixed", "csv-bad-header"])
def test_malformed_records_keep_good_rows(tmp_path, name, data, good, bad):
    (tmp_path / name).write_text(data, encoding="utf-8")
    items = list(iter_sources(tmp_path))
    got_good = [rel(s.path, tmp_path) for s in items if isinstance(s, Source)]
    errors = [e for e in items if isinstance(e, ReadError)]
    assert got_good == good
    assert [rel(e.path, tmp_path) for e in errors] == bad
    for e in errors:
        line = e.path.rsplit(":", 1)[1] if e.path.count(":") else None
        if line:
            assert f"line {line}" in e.error, e  # the message names the line the path names
        assert "skipped" in e.error or "fix" in e.error or "nothing" in e.error, e


@pytest.mark.parametrize("front", [
    "title: [unclosed\n",
    "title: a\n\ttabbed: b\n",
    "- just\n- a list\n",
    "title: " + "[" * 5000 + "\n",
    "a: &x [1, 2]\nb: [*x, *x, *x]\nc: {k: *x}\n",
], ids=["unclosed", "tab", "list", "deep", "aliases"])
def test_broken_front_matter_never_stops_the_body(tmp_path, front):
    path = tmp_path / "post.md"
    path.write_text(f"---\n{front}---\nThe harbour authority postponed a vote, a spokesman said.\n", encoding="utf-8")
    items = list(iter_sources(path))
    (src,) = [s for s in items if isinstance(s, Source)]
    assert src.text == "The harbour authority postponed a vote, a spokesman said."
    assert src.title is None
    for e in items:
        if isinstance(e, ReadError):
            assert e.stage == "front matter" and "front matter" in e.error


# ----------------------------------------------------------------------------- found by fuzzing

# a title or paragraph boundary on the trailing whitespace of a token gave an empty char_span
# in helpers/nlp.py make_doc, and the IndexError stopped the whole batch (benchmarks/fuzz.py)
def test_whitespace_only_lines_between_paragraphs(helpers_api):
    corpus = helpers_api.analyze_text("Ferry fares frozen \n \n \nThe ferry keeps its fares, the operator said.")
    assert len(corpus.articles) == 1
    assert corpus.articles.loc[0, "title"] == "Ferry fares frozen"
    assert corpus.sentences["text"].str.startswith("The ferry keeps its fares").any()
