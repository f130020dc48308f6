"""Content hash and simhash: what counts as the same article, a copy, or another article."""

from __future__ import annotations

import random

import pytest

from newscrawl.fingerprint import (
    BAND_RADIUS,
    BANDS,
    NEAR_DISTANCE,
    band_probes,
    bands,
    content_hash,
    hamming,
    has_enough_text,
    is_near_duplicate,
    shingles,
    simhash,
    tokens,
)

LIGHTS = (
    "Every street light along Westerby's quayside will be replaced this summer after years in which "
    "residents say whole stretches of the waterfront were left dark for weeks at a time while the council "
    "waited for spare parts that were no longer made.\n"
    "The council's highways committee approved the work on Monday evening. The 96 lamp columns, most of "
    "them installed in the 1970s, will be taken down and replaced with new columns carrying low-energy "
    "lamps that can be dimmed after midnight and report faults automatically.\n"
    "The work will cost 410,000 pounds and is due to start in July, one section of the quay at a time, so "
    "that the fish market and the ferry terminal can stay open throughout."
)
FERRY = (
    "The ferry between Westerby and Holm island will add a sailing at 5.40 in the morning from June, after "
    "nurses and porters who live on the island said the first crossing of the day reached the mainland too "
    "late for the start of the early shift at the general hospital.\n"
    "The operator said the extra sailing would run on weekdays for a trial period of six months and would "
    "be kept if it carried an average of at least forty passengers a day."
)
JIANGMEN = (
    "南都记者向江门警方了解到，在公安部、广东省公安厅对电信网络诈骗犯罪窝点“落地快打”的工作机制下，"
    "自3月5日至9月1日，江门市公安局对公安部下发的156条涉电信网络诈骗线索成功实施抓捕、抓获嫌疑人92名、"
    "捣毁窝点56个。自落地快打工作开展以来，截至8月25日，全市立电信网络诈骗案件1187宗，同比下降25%；"
    "刑拘314人，同比下降12.3%；破案559宗，同比上升5.9%。"
)
HARBOUR = (
    "3月7日，来自友好城市的代表团抵达阿什科姆，进行为期三天的访问。双方在港务局签署了港口合作备忘录，"
    "约定在渔港管理、航道疏浚和海洋环境监测等方面开展交流。代表团团长在签字仪式上表示，两座城市都以港口"
    "为生，面临的问题也十分相似，希望通过定期互派技术人员，共同提高港口的运营效率和防灾能力。"
)


def test_content_hash_ignores_layout_but_not_words() -> None:
    base = content_hash("Quay lights replaced", LIGHTS)
    assert content_hash(" Quay  lights replaced ", LIGHTS.replace("\n", "\n\n  ")) == base
    assert content_hash("QUAY LIGHTS REPLACED", LIGHTS) == base  # case is not an edit
    assert content_hash("Quay lights replaced", LIGHTS.replace("410,000", "420,000")) != base
    assert content_hash("Quay lights to be replaced", LIGHTS) != base  # a headline edit is an edit
    assert content_hash(None, LIGHTS) != base


def test_content_hash_full_width_forms_are_the_same_text() -> None:
    assert content_hash("江门", "破案５５９宗") == content_hash("江门", "破案559宗")


def test_tokens_split_every_ideograph_and_keep_word_runs() -> None:
    assert tokens("公安局 Police HQ 2025年") == ["公", "安", "局", "police", "hq", "2025", "年"]
    assert tokens("—— ，。!? ") == []


def test_shingles_of_a_short_text_are_the_text() -> None:
    assert shingles(["a", "b"]) == ["a b"]
    assert shingles([]) == []


def test_simhash_is_64_bit_and_deterministic() -> None:
    value = simhash(LIGHTS)
    assert value == simhash(LIGHTS)
    assert 0 < value < 1 << 64
    assert simhash("") == 0


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        (LIGHTS, LIGHTS.replace("at a time while", "at a time best casino bonus while")),
        (LIGHTS, LIGHTS.replace("throughout.", "throughout crypto trading signals.")),
        (JIANGMEN, JIANGMEN.replace("工作机制下，", "工作机制下配资炒股，")),
        (JIANGMEN, JIANGMEN.replace("同比下降25%；", "同比下降25%；51炒股配资开户")),
        (HARBOUR, HARBOUR.replace("，", ",").replace("。", ".")),  # punctuation made half-width
    ],
)
def test_copy_with_injected_keywords_is_near(text: str, copy: str) -> None:
    assert is_near_duplicate(simhash(text), simhash(copy)), hamming(simhash(text), simhash(copy))


@pytest.mark.parametrize(("a", "b"), [(LIGHTS, FERRY), (JIANGMEN, HARBOUR), (LIGHTS, HARBOUR)])
def test_different_articles_are_far(a: str, b: str) -> None:
    assert hamming(simhash(a), simhash(b)) > 2 * NEAR_DISTANCE


def test_short_texts_get_no_simhash_verdict() -> None:
    assert not has_enough_text("Photo: the quay at dusk.")
    assert not has_enough_text("")
    assert has_enough_text(FERRY)
    assert has_enough_text(HARBOUR)  # 24+ ideographs


def test_bands_cover_all_64_bits() -> None:
    value = random.Random(7).getrandbits(64)
    parts, shift, rebuilt = bands(value), 0, 0
    assert len(parts) == BANDS
    for i, part in enumerate(parts):
        rebuilt |= part << shift
        shift += 64 // BANDS + (1 if i < 64 % BANDS else 0)
    assert rebuilt == value
    assert shift == 64


def test_band_probes_find_every_simhash_within_the_distance() -> None:
    """Pigeonhole: within NEAR_DISTANCE bits overall, some band is within BAND_RADIUS bits."""
    rng = random.Random(11)
    assert BANDS * (BAND_RADIUS + 1) > NEAR_DISTANCE
    for _ in range(300):
        value = rng.getrandbits(64)
        other = value
        for bit in rng.sample(range(64), rng.randint(0, NEAR_DISTANCE)):
            other ^= 1 << bit
        probes = band_probes(value)
        assert any(band in probes[i] for i, band in enumerate(bands(other)))
