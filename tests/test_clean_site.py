"""The crawl-wide tracker: a farm's recurring affixes are learned, a clean site's column label is not."""

from __future__ import annotations

import json
from pathlib import Path

from scrapy.statscollectors import StatsCollector
from scrapy.utils.test import get_crawler

from newscrawl.clean.site import SiteSpamTracker
from newscrawl.items import Article, SpamVerdict
from pipelines.spam import SiteSpamPipeline

FARM = "www.kuaile-peizi.test"
CLEAN = "news.hexi-daily.test"
STORIES = [
    "河西新区公交线路调整",
    "本地农贸市场完成改造",
    "山区小学用上新图书馆",
    "老城区供暖管网更新",
    "湿地公园迎来候鸟",
    "高校招聘会本周举行",
    "港口疏浚工程获批",
    "滨江步道二期开放",
]
KEYWORDS = ["股票配资平台", "杠杆炒股网", "配资开户宝", "在线配资王"]


def farm_tracker() -> SiteSpamTracker:
    """Eight farm pages, each headline prefixed with one of four keywords."""
    tracker = SiteSpamTracker()
    for index, story in enumerate(STORIES):
        keyword = KEYWORDS[index % len(KEYWORDS)]
        terms = [keyword] if index % 3 == 0 else []  # page cleaning confirmed only some
        tracker.observe(FARM, f"{keyword} {story}", terms, page_score=0.7)
    return tracker


def test_farm_prefixes_are_learned_and_stripped() -> None:
    tracker = farm_tracker()
    assert set(tracker.learned_terms(FARM)) == set(KEYWORDS)
    headline, removal = tracker.clean_headline(
        FARM, "杠杆炒股网 河西新区地铁二号线开通", body="地铁今日开通。"
    )
    assert headline == "河西新区地铁二号线开通"
    assert removal is not None
    assert removal.rule == "site_recurring_affix"
    score, is_farm, evidence = tracker.verdict(FARM)
    assert is_farm
    assert score >= 0.6
    assert evidence


def test_learned_prefix_is_kept_when_the_body_uses_it() -> None:
    tracker = farm_tracker()
    headline, removal = tracker.clean_headline(
        FARM, "配资开户宝 一家平台的倒闭", body="配资开户宝去年被查处。"
    )
    assert headline == "配资开户宝 一家平台的倒闭"
    assert removal is None


def test_column_label_on_a_minority_of_clean_headlines_is_not_learned() -> None:
    tracker = SiteSpamTracker()
    for index, story in enumerate(STORIES):
        headline = f"专栏 | {story}" if index % 4 == 0 else story
        tracker.observe(CLEAN, headline, [], page_score=0.0)
    assert tracker.learned_terms(CLEAN) == []
    assert tracker.clean_headline(CLEAN, "专栏 | 滨江步道二期开放")[0] == "专栏 | 滨江步道二期开放"
    assert tracker.verdict(CLEAN)[1] is False


def test_several_columns_on_a_clean_site_without_page_evidence_are_not_learned() -> None:
    tracker = SiteSpamTracker()
    labels = ["专栏", "视频", "快讯", "评论"]
    for index, story in enumerate(STORIES):
        tracker.observe(CLEAN, f"{labels[index % 4]}：{story}", [], page_score=0.1)
    assert tracker.learned_terms(CLEAN) == []
    assert tracker.verdict(CLEAN)[1] is False


def test_republished_copies_do_not_make_a_suffix_recur() -> None:
    tracker = SiteSpamTracker()
    tracker.observe(
        FARM, "股票配资平台 女警打百个电话遭停机 评：运营商识别太慢", ["股票配资平台"], page_score=0.7
    )
    tracker.observe(FARM, "女警打百个电话遭停机 评：运营商识别太慢", [], page_score=0.7)
    tracker.observe(FARM, "杠杆炒股网 湿地公园迎来候鸟", ["杠杆炒股网"], page_score=0.7)
    state = tracker.to_dict()[FARM]["affixes"]
    assert state["suffix|运营商识别太慢"]["count"] == 1


def test_english_farm() -> None:
    tracker = SiteSpamTracker()
    keywords = ["free spins casino", "cheap essay writers", "best casino bonus"]
    stories = [
        "Ferry fares frozen",
        "Library adds Sunday hours",
        "Bridge repairs start",
        "Market moves indoors",
    ]
    for index, story in enumerate(stories * 2):
        tracker.observe("wire.test", f"{keywords[index % 3]} {story} {index}", [], page_score=0.8)
    assert set(tracker.learned_terms("wire.test")) == set(keywords)
    assert tracker.clean_headline("wire.test", "best casino bonus Harbour seawall approved")[0] == (
        "Harbour seawall approved"
    )


def test_state_round_trips_through_json() -> None:
    tracker = farm_tracker()
    restored = SiteSpamTracker.from_dict(json.loads(json.dumps(tracker.to_dict())))
    assert restored.learned_terms(FARM) == tracker.learned_terms(FARM)
    assert restored.verdict(FARM) == tracker.verdict(FARM)
    assert restored.hosts() == [FARM]


def test_unknown_host() -> None:
    tracker = SiteSpamTracker()
    assert tracker.learned_terms("nowhere.test") == []
    assert tracker.verdict("nowhere.test") == (0.0, False, [])
    assert tracker.clean_headline("nowhere.test", "Headline") == ("Headline", None)


def test_saved_state_keeps_each_hosts_most_counted_affixes_only() -> None:
    tracker = farm_tracker()
    for index in range(2100):  # a big site's one-off prefixes
        tracker.observe(FARM, f"专题{index:04d} 河西新区公交线路调整第{index}期", [])
    saved = tracker.to_dict()[FARM]
    assert len(saved["affixes"]) == 2000
    restored = SiteSpamTracker.from_dict(tracker.to_dict())
    assert set(restored.learned_terms(FARM)) == set(KEYWORDS)  # what recurs survives the cut


# --- the pipeline: evidence that outlives a crawl ---------------------------------------------


def _run(state_dir: Path, headlines: list[str], *, page_score: float = 0.7) -> list[Article]:
    """One crawl's worth of farm articles through a SiteSpamPipeline keeping state in ``state_dir``."""
    crawler = get_crawler(settings_dict={"NEWSCRAWL_STATE_DIR": str(state_dir)})
    crawler.stats = StatsCollector(crawler)
    pipeline = SiteSpamPipeline.from_crawler(crawler)
    pipeline.open_spider()
    items = []
    for index, headline in enumerate(headlines):
        item = Article(
            url=f"http://{FARM}/news/{len(headline)}{index}.html", headline=headline, articleBody="正文。"
        )
        item.spam = SpamVerdict(score=page_score)
        items.append(pipeline.process_item(item))
    pipeline.close_spider()
    return items


def test_a_later_run_strips_the_affixes_earlier_runs_learned(tmp_path: Path) -> None:
    first = [f"{KEYWORDS[i % 4]} {story}" for i, story in enumerate(STORIES)]
    _run(tmp_path, first)
    later = _run(tmp_path, ["杠杆炒股网 河西新区地铁二号线开通"], page_score=0.0)[0]
    assert later.headline == "河西新区地铁二号线开通"
    assert later.spam.isContentFarm  # the site's verdict, from the first run's pages
    fresh = _run(tmp_path / "other", ["杠杆炒股网 河西新区地铁二号线开通"], page_score=0.0)[0]
    assert fresh.headline == "杠杆炒股网 河西新区地铁二号线开通"  # no state: one page proves nothing
