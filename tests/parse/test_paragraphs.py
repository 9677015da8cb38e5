"""Paragraphs as a reader sees them: breaks mended (even mid-word, across a page header), real ends kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.parse import parse_issue
from etl.parse.blocks import split_blocks
from etl.parse.features import issue_stats, join_cues, junction_features
from etl.parse.issue import _cut_word

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


@pytest.fixture
def two_pages() -> str:
    return (FIXTURES / "two_pages.txt").read_text(encoding="utf-8")


def test_break_mid_word_across_a_page_header_is_mended(two_pages: str) -> None:
    first = parse_issue(two_pages)[0]
    assert any("各地扛牢新一轮改革任务" in p for p in first.paragraphs)
    assert not any("第02版" in p for p in first.paragraphs)


def test_real_paragraph_ends_are_kept(two_pages: str) -> None:
    first = parse_issue(two_pages)[0]
    assert first.paragraphs[3] == "筑牢生态根基，促进林下经济可持续发展。"
    assert len(first.paragraphs) == 5


def test_byline_and_dateline_are_not_paragraph_text(two_pages: str) -> None:
    articles = parse_issue(two_pages)
    assert articles[0].paragraphs[0].startswith("4月，浙江省衢州市")
    assert articles[2].paragraphs[0].startswith("记者从雄安海关获悉")
    assert articles[2].dateline == "本报雄安4月26日电"


def test_page_headers_give_page_number_and_name(two_pages: str) -> None:
    assert [(a.page, a.page_name) for a in parse_issue(two_pages)] == [(1, "要闻"), (2, "要闻"), (2, "要闻")]


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: t.replace("\n", "\r"), id="cr"),
        pytest.param(
            lambda t: "\n".join("\u3000\u3000" + line if len(line) > 30 else line for line in t.split("\n")),
            id="indented-body",
        ),
        pytest.param(lambda t: "\n".join(line + "  " for line in t.split("\n")), id="trailing-spaces"),
    ],
)
def test_line_endings_and_indentation_are_layout_not_text(two_pages: str, layout) -> None:
    plain = parse_issue(two_pages)
    shifted = parse_issue(layout(two_pages))
    assert [a.paragraphs for a in shifted] == [a.paragraphs for a in plain]
    assert not any("\r" in p or p.startswith("\u3000") for a in shifted for p in a.paragraphs)


def test_parsing_is_deterministic(two_pages: str) -> None:
    assert parse_issue(two_pages) == parse_issue(two_pages)


def test_specimen_broken_sentences_are_rejoined(seed_issue_text: str) -> None:
    text = "\n".join(a.body for a in parse_issue(seed_issue_text))
    for joined in ("座谈交流", "尤其是新能源产业", "扛牢新一轮太湖治理", "要扫除遗漏点,确保摸排零死角"):
        assert joined in text


def test_lines_of_verse_are_paragraphs_of_their_own() -> None:
    # A photo page's poem: each line set on its own, though the first of a pair ends on a comma.
    text = (
        "图片报道\n\n　　4月23日是世界读书日，各地举办丰富多彩的阅读活动。\n\n"
        "　　徐徐书卷展，\n\n　　处处盈墨香。\n\n　　但使勤翻阅，\n\n　　人生自芬芳。\n"
    )
    (article,) = parse_issue(text)
    assert article.paragraphs[1:] == ("徐徐书卷展，", "处处盈墨香。", "但使勤翻阅，", "人生自芬芳。")


def test_a_sentence_broken_at_a_comma_is_mended() -> None:
    text = (
        "标题在这里\n\n　　今年一季度，我国规模以上工业增加值同比增长6.1%，\n\n　　其中装备制造业增加值同比增长8.9%。\n"
    )
    (article,) = parse_issue(text)
    assert article.paragraphs == ("今年一季度，我国规模以上工业增加值同比增长6.1%，其中装备制造业增加值同比增长8.9%。",)


_ISSUE = (
    "城市要发展，文物要保护，这个道理大家都懂。讲道理、摆事实，才能凝聚共识。\n"
    "道理不辩不明。把道理讲透，把办法想全，保护与发展就能相得益彰。这些道理，说起来容易，做起来难。\n"
    + "推动高质量发展，发展成果更多惠及全体人民，以发展促保护，在发展中保护。\n" * 3
    + "发展成效显著，发展成为共识。\n"
    + "坚持发展，促进发展，统筹发展和安全，实现更好发展。\n" * 10
    + "各方形成合力，如期完成任务，促成更多合作，建成完整体系，成为共同的榜样。\n" * 12
)


@pytest.mark.parametrize(
    ("left", "right", "cut"),
    [
        ("道", "理", True),  # 发展是硬道 / 理，但……: a word of this text cut in two
        ("展", "成", False),  # 推动产城协同发展 / 成都产业……: 展成 occurs, but 展 mostly in other words
        ("理", "讲", False),  # a pair that never occurs whole
    ],
)
def test_a_word_cut_by_a_break(left: str, right: str, cut: bool) -> None:
    stats = issue_stats(split_blocks(_ISSUE))
    assert _cut_word(left, right, stats) is cut


@pytest.mark.parametrize(
    ("before", "after", "spans"),
    [
        ("南涅水石刻博物馆馆", "长申虎峰也感慨：", True),  # 馆长 cut by a column break
        ("到达元宇", "宙街区，小文和商厦内", True),  # 元宇宙
        ("田野调查留存珍贵语料数据", "弥足珍贵的音像资料从何而来？", False),  # a subhead, then its text
        ("王子为", "河海大学大禹学院", False),  # a name over the profile under it
        ("一以贯之，久久为功", "长江生态环境保护是", False),
    ],
)
def test_a_dictionary_word_across_a_break(before: str, after: str, spans: bool) -> None:
    cues = join_cues(before, after)
    assert any(c.startswith("jx=span") for c in cues) is spans


@pytest.mark.parametrize(
    ("before", "after", "cue"),
    [
        ("农场内，近", "万亩萝卜田生机勃发。", "jx=l1"),  # the line stops on a lone character
        ("如今，叶青", "参与研制的PET设备", "jx=N>V"),  # a name, then the verb of its sentence
        ("44家企业", "涵盖集成电路、生物医药", "jx=N>V"),
        (
            "第一面旗帜，把“不可能”变成现实",
            "拿起一张老照片",
            "jx=N>V",
        ),  # a subhead's verb-first text: the model decides
    ],
)
def test_the_words_on_each_side_of_a_break(before: str, after: str, cue: str) -> None:
    assert cue in join_cues(before, after)


def test_no_word_cues_across_punctuation() -> None:
    assert join_cues("实施好“", "十五五”规划纲要") == []


def test_a_subhead_shaped_like_the_articles_others() -> None:
    siblings = ["数字赋能，让文物活起来", "让石刻走出库房"]
    feats = junction_features(
        "一以贯之，久久为功", "一以贯之，久久为功", "文物保护是一个长期工程", siblings, True, True
    )
    assert {"cur=J", "sib=2", "sibsim=2|sib=2", "sibshape=1|sib=2", "title"} <= set(feats)
    alone = junction_features("如今，叶青", "如今，叶青", "参与研制的设备", [], False, True)
    assert "sib=0" in alone and not any(f.startswith("sibsim") for f in alone)


_CUT_BY_A_COLUMN = (
    "让石刻“活”起来\n\n"
    "　　本报太原4月27日电  （记者 王  明）山西沁县南涅水石刻，是北魏至宋代的佛教石刻群，数量多、时间跨度长。\n\n"
    "　　近年来，当地加大保护力度，修缮展厅，引入数字化手段，石刻的面貌焕然一新。\n\n"
    "　　南涅水石刻博物馆馆\n\n"
    "　　长申虎峰也感慨：“受限于展陈条件与专业力量，南涅水石刻的文化价值难以充分释放。”\n\n"
    "　　如今，叶青\n\n"
    "　　参与研制的设备成为主流机型，还进入了欧美市场。\n"
)


def test_a_paragraph_cut_mid_word_by_a_column_break_is_mended() -> None:
    (article,) = parse_issue(_CUT_BY_A_COLUMN)
    assert article.paragraphs == (
        "山西沁县南涅水石刻，是北魏至宋代的佛教石刻群，数量多、时间跨度长。",
        "近年来，当地加大保护力度，修缮展厅，引入数字化手段，石刻的面貌焕然一新。",
        "南涅水石刻博物馆馆长申虎峰也感慨：“受限于展陈条件与专业力量，南涅水石刻的文化价值难以充分释放。”",
        "如今，叶青参与研制的设备成为主流机型，还进入了欧美市场。",
    )


@pytest.mark.parametrize(
    ("block", "after", "cue"),
    [
        ("凌晨5时", "许，湖北宜昌长阳土家族自治县秀峰桥村", "fp=1|title"),  # a clause of one character: a cut sentence
        ("我们悄悄摸", "进去，偷出一个甜蜜饱满的西瓜", "fp=2|title"),
        ("热播行业剧《金关》将镜头对准海关旅检关员，讲述", "机场旅检科科长郭聪带领团队", None),  # no clause mark soon
    ],
)
def test_how_soon_the_block_after_a_break_ends_a_clause(block: str, after: str, cue: str | None) -> None:
    feats = junction_features(block, block, after, [], False, "，" not in block)
    assert [f for f in feats if f.startswith("fp=") and "|" in f] == ([cue] if cue else [])


def test_a_break_is_read_with_the_issues_own_pairs() -> None:
    # 道理 is a word of this text: the pair across 硬道 / 理 occurs inside its lines again and again.
    stats = issue_stats(split_blocks(_ISSUE))
    feats = junction_features("发展是硬道", "发展是硬道", "理，但发展建设", [], False, False, stats)
    assert "bi=5-19" in feats or "bi=20+" in feats


def test_a_writers_name_on_its_own_line_is_not_run_into_the_text() -> None:
    text = (
        "挎上警务背包进村寨\n\n杨文明  陈  敏\n\n"
        "　　滇西盈江，山路沿着中缅边境林蜿蜒，傣族、景颇族、阿昌族等少数民族村寨星星点点落在山间。\n\n"
        "　　云南省德宏傣族景颇族自治州盈江县有9个抵边乡镇、22个抵边行政村。\n"
    )
    (article,) = parse_issue(text)
    assert article.paragraphs[0].startswith("滇西盈江")


@pytest.mark.parametrize(
    ("fragment", "rest"),
    [
        ("实施好“", "十五五”规划纲要，首要的是在思想认识和工作方法上更好统筹两个大局。"),
        ("近日，他出版了新书《", "山河岁月》，讲述家乡的变迁。"),
    ],
)
def test_a_line_stopping_on_an_opening_quote_runs_on(fragment: str, rest: str) -> None:
    text = (
        "标题在这里\n\n　　今年一季度，我国规模以上工业增加值同比增长6.1%。\n\n"
        f"　　{fragment}\n\n　　{rest}\n\n　　这是下一段。\n"
    )
    (article,) = parse_issue(text)
    assert fragment + rest in article.paragraphs
