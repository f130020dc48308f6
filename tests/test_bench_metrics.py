
"""The benchmark's scoring rules: a wrong metric would mislead every tuning decision."""

from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

METRICS_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "metrics.py"


def _load_metrics() -> ModuleType:
    """Import benchmarks/metrics.py by path: benchmarks is a folder of scripts, not a package."""
    spec = importlib.util.spec_from_file_location("bench_metrics", METRICS_PATH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


m = _load_metrics()


def test_doctests_pass() -> None:
    failures, tried = doctest.testmod(m, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried > 20
    assert failures == 0


# --- tokenizer -----------------------------------------------------------------------------


def test_tokenize_splits_every_cjk_ideograph() -> None:
    assert m.tokenize("龙湖集团2019年") == ["龙", "湖", "集", "团", "2019", "年"]


def test_tokenize_keeps_latin_words_whole_and_lowercases() -> None:
    assert m.tokenize("Hello, World's END.") == ["hello", "world", "s", "end"]


def test_tokenize_covers_extension_a_and_supplementary_ideographs() -> None:
    ext_a, ext_b = "\u3400", "\U00020000"
    assert m.tokenize(f"a{ext_a}{ext_b}b") == ["a", ext_a, ext_b, "b"]


def test_tokenize_folds_compatibility_ideographs_and_full_width_forms() -> None:
    assert m.tokenize("\uf900ＡＢ１２") == ["\u8c48", "ab12"]


def test_tokenize_keeps_other_scripts_as_word_runs() -> None:
    assert m.tokenize("Привет мир カタカナ") == ["привет", "мир", "カタカナ"]


def test_tokenize_ignores_punctuation_and_line_breaks() -> None:
    assert m.tokenize("新闻，\n报道！") == m.tokenize("新闻 报道")


# --- shingles and per-page body scores -------------------------------------------------------


def test_shingles_are_a_multiset() -> None:
    grams = m.shingles(["a", "b", "a", "b", "a", "b"], 2)
    assert grams[("a", "b")] == 3
    assert grams[("b", "a")] == 2


def test_body_score_perfect_match() -> None:
    s = m.body_score("one two three four five", "One two three four five")
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    assert s.exact
    assert s.precision == s.recall == 1.0


def test_body_score_extra_boilerplate_costs_precision_only() -> None:
    s = m.body_score("a b c d e f menu home login", "a b c d e f")
    assert (s.tp, s.fp, s.fn) == (3, 3, 0)
    assert s.precision == pytest.approx(0.5)
    assert s.recall == 1.0
    assert not s.exact


def test_body_score_missing_paragraph_costs_recall_only() -> None:
    s = m.body_score("a b c d", "a b c d e f g h")
    assert (s.tp, s.fp, s.fn) == (1, 0, 4)
    assert s.precision == 1.0
    assert s.recall == pytest.approx(0.2)


def test_body_score_counts_repeated_shingles_once_each() -> None:
    s = m.body_score("a b c d a b c d", "a b c d")
    assert (s.tp, s.fp, s.fn) == (1, 4, 0)


def test_body_score_short_gold_uses_its_own_length() -> None:
    assert m.body_score("breaking news", "Breaking news").recall == 1.0
    s = m.body_score("news breaking", "breaking news")
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_body_score_empty_cases() -> None:
    both = m.body_score("", "")
    assert (both.precision, both.recall, both.exact) == (1.0, 1.0, True)
    missed = m.body_score("", "a b c d e")
    assert (missed.precision, missed.recall) == (0.0, 0.0)
    spurious = m.body_score("a b c d e", "")
    assert (spurious.precision, spurious.recall) == (0.0, 1.0)


def test_body_score_chinese_counts_characters() -> None:
    s = m.body_score("长三角科技创新", "长三角科技创新共同体")
    assert (s.tp, s.fp, s.fn) == (4, 0, 3)


def test_halfwidth_mapping_applies_to_both_sides() -> None:
    assert m.halfwidth("如何？这（一）：好；是！，") == "如何?这(一):好;是!,"


# --- averaging -----------------------------------------------------------------------------


def test_summarise_macro_averages_pages_then_takes_f1() -> None:
    long_page = m.BodyScore(tp=90, fp=10, fn=0, exact=False)  # P 0.9, R 1.0
    short_page = m.BodyScore(tp=1, fp=0, fn=1, exact=False)  # P 1.0, R 0.5
    s = m.summarise([long_page, short_page])
    assert s.precision == pytest.approx(0.95)
    assert s.recall == pytest.approx(0.75)
    assert s.f1 == pytest.approx(2 * 0.95 * 0.75 / 1.7)
    assert s.exact == 0.0


def test_summarise_exact_rate() -> None:
    scores = [m.body_score("a b", "a b"), m.body_score("a b", "a c"), m.body_score("x", "x")]
    assert m.summarise(scores).exact == pytest.approx(2 / 3)


def test_summarise_zero_when_nothing_right() -> None:
    s = m.summarise([m.body_score("", "a b c d")])
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)


# --- headline ------------------------------------------------------------------------------


def test_headline_normalises_width_and_whitespace_but_not_words() -> None:
    assert m.headline_match(" 长三角？\u3000发布会 ", "长三角? 发布会")
    assert not m.headline_match("长三角?发布会_网易新闻", "长三角?发布会")
    assert not m.headline_match("", "")


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        ("2019-09-07T13:43:45+08:00", "2019-09-07T13:43:00+08:00", True),  # seconds ignored
        ("2019-09-07T05:43:59Z", "2019-09-07T13:43:00+08:00", True),  # same instant
        ("2019-09-07T13:43:00Z", "2019-09-07T13:43:00+08:00", False),  # wrong offset sense
        ("2019-09-07 13:43", "2019-09-07T13:43:00+08:00", True),  # naive: wall clock
        ("2019年09月07日 13:43", "2019-09-07T13:43:00+08:00", True),
        ("2019-09-07T13:44:00+08:00", "2019-09-07T13:43:00+08:00", False),
        ("2019-09-07", "2019-09-07T13:43:00+08:00", False),  # a time was due
        ("2019-09-07T23:30:00-05:00", "2019-09-07", True),  # date only: the date as written
        ("2019/9/7", "2019-09-07", True),
        ("2019-09-08", "2019-09-07", False),
        (None, "2019-09-07", False),
        ("not a date", "2019-09-07", False),
        ("2021-11-01T09:52:50Z", "2021-11-01T10:52:50+0100", True),
        ("2018-04-05T06:00:30+02:00", "2018-04-05T06:00", True),  # naive gold: wall clock
    ],
)
def test_date_match(pred: str | None, gold: str, ok: bool) -> None:
    assert m.date_match(pred, gold) is ok


def test_parse_when_rejects_impossible_dates() -> None:
    assert m.parse_when("2019-02-30") is None


# --- authors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("Jane Doe, John Roe and Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
        ("Maria & Katerina", ["Maria", "Katerina"]),
        ("张三、李四", ["张三", "李四"]),
        ("张三，李四", ["张三", "李四"]),
        ("Genevieve Carlton, Ph.D.", ["Genevieve Carlton"]),
        ("Anderson Cooper", ["Anderson Cooper"]),  # 'and' only as a word
        ("", []),
    ],
)
def test_split_authors(raw: str, names: list[str]) -> None:
    assert m.split_authors(raw) == names


def test_authors_match_is_an_unordered_normalised_set() -> None:
    assert m.authors_match(["john roe", "JANE DOE"], ["Jane Doe and John Roe"])
    assert not m.authors_match(["Jane Doe"], ["Jane Doe and John Roe"])


def test_empty_gold_author_list_wants_no_authors() -> None:
    assert m.authors_match([], [])
    assert not m.authors_match(["网易"], [])


# --- --strip-names ---------------------------------------------------------------------------


def test_strip_names_removes_class_and_id_attributes_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The robustness run must change the names and nothing else: text, other attributes, tags."""
    monkeypatch.syspath_prepend(str(METRICS_PATH.parent))
    monkeypatch.setitem(sys.modules, "metrics", m)  # corpora imports its sibling by that name
    from corpora import strip_names

    page = (
        b"<html><body CLASS='home'><div id=\"main\" class=\"article-body\" data-id=\"7\">"
        b"<p class=lead>The class=\"x\" text stays.</p><img src=\"a.jpg\" id='pic'></div></body></html>"
    )
    assert strip_names(page) == (
        b'<html><body><div data-id="7"><p>The class="x" text stays.</p><img src="a.jpg"></div></body></html>'
    )


def test_strip_metadata_removes_json_ld_meta_and_itemprop_but_the_charset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The metadata-free run keeps what a reader sees and the page's declared charset."""
    monkeypatch.syspath_prepend(str(METRICS_PATH.parent))
    monkeypatch.setitem(sys.modules, "metrics", m)
    from corpora import strip_metadata

    page = (
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        b'<meta property="article:published_time" content="2025-01-02">'
        b'<script type="application/ld+json">{"author": "A"}</script>'
        b'<script>var x = 1;</script></head><body><h1 itemprop="headline" class="t">Title</h1>'
        b'<time itemprop="datePublished" datetime="2025-01-02">Jan 2</time></body></html>'
    )
    assert strip_metadata(page) == (
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        b'<script>var x = 1;</script></head><body><h1 class="t">Title</h1>'
        b'<time datetime="2025-01-02">Jan 2</time></body></html>'
    )


# --- hand labels ---------------------------------------------------------------------------------


def test_hand_label_scoring_reads_each_systems_date_form_and_labelled_precision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Dates come as ISO with or without offset, '+0800', or 'YYYY-MM-DD HH:MM:SS'; a timed
    label needs the minute (in +08:00), a day label only the day."""
    monkeypatch.syspath_prepend(str(METRICS_PATH.parent))
    import handlabels

    failures, tried = doctest.testmod(handlabels)
    assert (failures, tried > 0) == (0, True)
    assert handlabels.date_right("2012-01-12T08:45", "2012-01-12T00:45:00Z")
    assert not handlabels.date_right("2012-01-12T08:45", "2012-01-12")  # the day alone is a miss
    assert handlabels.date_right("2012-01-12", "2012-01-12T23:10:00+08:00")
    assert not handlabels.date_right("2012-01-12", "2012-01-12T23:10:00+00:00")  # 13 Jan in +08:00
    assert handlabels.names_right(["蒋 凌", "《X》"], ["X", "蒋凌"])
    assert handlabels.outlet_right(None, "")
    assert not handlabels.outlet_right("中央社", None)


# --- systems -------------------------------------------------------------------------------------


def test_noclean_system_is_opt_in_and_keeps_what_cleaning_removes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extraction-only row measures what cleaning costs: it must not run by default (the
    tables compare peers with the full product) and must really leave the cleaning out."""
    monkeypatch.syspath_prepend(str(METRICS_PATH.parent))
    from systems import SYSTEMS

    assert [name for name, s in SYSTEMS.items() if not s.by_default] == ["newscrawl-noclean"]
    paragraph = "<p>The council approved the new budget for schools after a long debate on Monday.</p>"
    page = (
        "<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>"
        + paragraph * 4
        + "<p>Copyright 2025 Example Daily. All rights reserved.</p></article></body></html>"
    ).encode()
    cleaned = SYSTEMS["newscrawl"].factory()(page, "https://example.com/budget")
    raw = SYSTEMS["newscrawl-noclean"].factory()(page, "https://example.com/budget")
    assert "All rights reserved" in raw.body
    assert "All rights reserved" not in cleaned.body
    assert raw.body.startswith(cleaned.body.splitlines()[0])
