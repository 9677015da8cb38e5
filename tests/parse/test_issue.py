"""The specimen issue comes out as a reader sees it: four articles, their headlines, reporters and mended sentences."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from etl.ingest.decode import decode_bytes
from etl.parse import explain_issue, parse_issue
from etl.parse.blocks import split_blocks
from etl.parse.issue import (
    _AGENCY_LEAD,
    Label,
    _column_headline,
    _Draft,
    _explode,
    _fold,
    _gather_guide,
    _inside_digest,
    _lone_subhead,
    _repeats_section,
    _roundup_item,
    _segment,
    _summary_under,
)
from etl.records import Reporter
from tests.conftest import shared_path

SPECIMEN_HEADLINES = [
    "乔俊杰带队赴深圳、东莞开展经贸交流活动",
    "省人大常委会来武进考察",
    "区政府召开第27次常务(扩大)会议",
    "我区召开太湖综合治理项目调度会",
]


def test_specimen_headlines(seed_issue_text: str) -> None:
    assert [a.headline for a in parse_issue(seed_issue_text)] == SPECIMEN_HEADLINES


def test_specimen_reporters(seed_issue_text: str) -> None:
    articles = parse_issue(seed_issue_text)
    assert [a.reporters for a in articles] == [
        (Reporter("朱梦琪", "记者", "本报"),),
        (Reporter("何新雨", "记者", "本报"),),
        (Reporter("万峰鸣", "见习记者", "本报"), Reporter("张可馨", "记者", "本报")),
        (Reporter("张可馨", "记者", "本报"),),
    ]


def test_specimen_explain_names_every_article(seed_issue_text: str) -> None:
    report = explain_issue(seed_issue_text)
    for headline in SPECIMEN_HEADLINES:
        assert headline in report


def test_specimen_datelines_and_paragraph_counts(seed_issue_text: str) -> None:
    articles = parse_issue(seed_issue_text)
    assert [a.dateline for a in articles] == ["本报讯"] * 4
    assert [len(a.paragraphs) for a in articles] == [8, 5, 7, 5]
    assert not any(p.startswith("本报讯") for a in articles for p in a.paragraphs)


def _norm(text: str) -> str:
    return re.sub(r"[\s\u3000\u00a0]+", "", text)


def _same_body(truth: str, predicted: str) -> bool:
    """Equal, or equal once the dateline/byline the truth keeps inline is set aside (as the project's scorer does)."""
    if truth == predicted:
        return True
    lead = truth[: len(truth) - len(predicted)]
    return (
        bool(predicted) and truth.endswith(predicted) and len(lead) <= 80 and re.search("电|记者|本报讯|通讯员", lead)
    )


@pytest.mark.parametrize(
    ("folder", "issue"), [("rmrb2026_dev", "rmrb_20260428.txt"), ("rmrb2019_dev", "rmrb_20190202.txt")]
)
def test_held_out_issue_articles_match_the_truth(folder: str, issue: str) -> None:
    """Issues the labeler was not trained on (odd-numbered) come out mostly right: a guard against regressions."""
    path = shared_path("corpus", folder, issue)
    with gzip.open(shared_path("corpus", folder, "truth.jsonl.gz"), "rt", encoding="utf-8") as fh:
        truth = [json.loads(line) for line in fh if f'"issue": "{issue}"' in line]
    predicted = [_norm(a.body) for a in parse_issue(decode_bytes(path.read_bytes()).text)]
    found = sum(1 for t in truth if any(_same_body(_norm("".join(t["paragraphs"])), p) for p in predicted))
    assert found / len(truth) >= 0.75


@pytest.mark.parametrize(
    ("folder", "issue", "first_line", "last_line", "reporter"),
    [
        # 警方揭露盗版影视剧资源流量变现套路 / 科技赋能，全链条打击侵权行为 / 本报记者  张天培: the subtitle was read as a
        # heading line running into the text, and the byline under it joined the first paragraph.
        ("rmrb2026_dev", "rmrb_20260427.txt", 1700, 1832, "张天培"),
    ],
)
def test_a_byline_under_a_subtitle_is_never_the_text_it_runs_into(
    folder: str, issue: str, first_line: int, last_line: int, reporter: str
) -> None:
    lines = shared_path("corpus", folder, issue).read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines[first_line:last_line])
    (article,) = [a for a in parse_issue(text) if reporter in (a.byline or "") + a.body]
    assert [r.name for r in article.reporters] == [reporter]
    assert reporter not in article.body


def test_a_report_after_a_document_closed_by_its_note_is_an_article() -> None:
    # A regulation printed in full ends on its note in brackets, broken over two lines (（2001年……根据……〈 / ……修订）);
    # the title lines under it and the byline under them (司法部负责人 / 就《……》修订答记者问 / 本报记者  张  璁) open the
    # ministry's interview, which was read as more of the regulation.
    path = shared_path("corpus", "rmrb2026_dev", "rmrb_20260520.txt")
    articles = parse_issue(path.read_text(encoding="utf-8"))
    (regulation,) = [a for a in articles if a.headline == "行政法规制定程序条例"]
    (interview,) = [a for a in articles if a.headline == "就《行政法规制定程序条例》修订答记者问"]
    assert interview.kicker == "司法部负责人"
    assert [r.name for r in interview.reporters] == ["张璁"]
    assert "司法部负责人" not in regulation.paragraphs
    assert regulation.paragraphs[-1].startswith("（2001年11月16日")


@pytest.mark.parametrize(
    ("issue", "headline", "box"),
    [
        # 记者手记 under a feature (自家客厅变成了爱心书屋 / …… / 记者手记 / 慢，有时也是一种快 / ……): the truth keeps the
        # box in the feature, as it keeps every 延伸阅读, 链接 and 记者手记 box of both corpora.
        ("rmrb_20260508.txt", "自家客厅变成了爱心书屋（守望）", "记者手记"),
    ],
)
def test_a_box_beside_a_report_is_part_of_it(issue: str, headline: str, box: str) -> None:
    articles = parse_issue(shared_path("corpus", "rmrb2026_dev", issue).read_text(encoding="utf-8"))
    (article,) = [a for a in articles if a.headline == headline]
    assert box in article.paragraphs
    assert not any(a.kicker == box or a.headline == box for a in articles)


def test_a_writer_signed_under_the_title_is_the_byline() -> None:
    # A commentary as 2026 issues print it: title, the writer's name alone, then the text.
    text = (
        "更好促进民营经济发展壮大（专题深思）\n\n剧锦文\n\n"
        "　　2025年5月20日，民营经济促进法正式施行。作为我国首部专门关于民营经济发展的基础性法律，意义重大。\n\n"
        "　　民营经济是推进中国式现代化的生力军，是高质量发展的重要基础。\n"
    )
    (article,) = parse_issue(text)
    assert article.headline == "更好促进民营经济发展壮大（专题深思）"
    assert article.reporters == (Reporter("剧锦文", "作者", None),)
    assert article.paragraphs[0].startswith("2025年5月20日")
    assert "byline" in explain_issue(text).split("| 剧锦文")[0].rsplit("\n", 2)[-2]


def test_a_break_inside_a_name_of_the_lead_byline() -> None:
    # A page break cut a reporter's name (（记者 罗阳 / 奇 吴量亮）): the byline is read with the break mended.
    text = (
        "热线接入提速  政务服务升温\n\n"
        "本报讯（记者 罗阳\n\n"
        "奇 吴量亮）“医院医保窗口排队时间长，能不能开发线上结算？”市民的一句建议，很快有了回音。\n\n"
        "　　2025全年受理工单58万余件，按期反馈率达100%。\n"
    )
    (article,) = parse_issue(text)
    assert [r.name for r in article.reporters] == ["罗阳奇", "吴量亮"]
    assert article.dateline == "本报讯"
    assert article.paragraphs[0].startswith("“医院医保窗口")


_TEXT = "当前，现代化产业体系建设持续推进，技能人才的作用日益凸显。"


def _draft(headings: list[str], paragraphs: int = 3, page: int = 16, proposed: bool = False) -> _Draft:
    d = _Draft(list(headings), page, None, proposed=proposed, head_ids=list(range(len(headings))))
    d.paragraphs = [_TEXT] * paragraphs
    d.para_ids = list(range(len(headings), len(headings) + paragraphs))
    d.para_pages = [(page, None)] * paragraphs
    return d


@pytest.mark.parametrize(
    ("headline", "folded", "run", "page", "expected"),
    [
        # Voices of a feature, each a title over the writer's name and country: the third is set like the second.
        (
            ["中国全球好感度何以稳步上升"],
            ["以实际行动赋能全球发展", "梁锦慧（新加坡）"],
            ["做和平、进步、向善的力量", "许庆琦（马来西亚）"],
            16,
            True,
        ),
        # A title over a post and name set with a gap (发言摘编): a contribution like the one already folded.
        (
            ["脱贫攻坚  不获全胜决不收兵"],
            ["激发脱贫内生动力", "光明日报社副总编辑\u00a0\u00a0张碧涌"],
            ["贫困治理理论的重大创新", "北京大学政府管理学院常务副院长\u00a0\u00a0燕继荣"],
            16,
            True,
        ),
        # A post and a name with no gap (……首席技师朱先波); the folded run held the editor's note's signature too.
        (
            ["大国工匠赋能“中国制造”（产经视野）"],
            ["——编  者", "中船集团大连船舶重工集团有限公司首席技师朱先波", "每道焊缝都是承诺"],
            ["广东省机械技师学院教师黄晓呈", "追求极致的精度与专注"],
            16,
            True,
        ),
        # The next voice on another page is not this feature's section.
        (
            ["中国全球好感度何以稳步上升"],
            ["以实际行动赋能全球发展", "梁锦慧（新加坡）"],
            ["做和平、进步、向善的力量", "许庆琦（马来西亚）"],
            17,
            False,
        ),
        # Voices of a feature, each a speaker's kicker over a quote (秦立新—— / “当好火线上的‘侦察兵’”).
        (
            ["在抗疫战场接受考验（让党旗在防控疫情斗争第一线高高飘扬）", "——走近四位火线入党的医护人员"],
            ["宁波北仑人民医院重症监护室护士焦萍——", "“要让他们从我们的眼神中看到希望”"],
            ["武汉市肺科医院放射科医生秦立新——", "“当好火线上的‘侦察兵’”"],
            16,
            True,
        ),
        # A kicker over a headline is how separate reports in a row are set: no evidence of a section.
        (
            ["困难户 多方助（关注困难群体生活保障①）"],
            ["社区工作者高静——", "用心照顾“老小孩”"],
            ["企业享受社保阶段性减免的同时——", "养老金足额发放有保障"],
            16,
            False,
        ),
        # Articles in a row set alike are siblings: the one folded by mistake does not pull in the next.
        (
            ["越是抵近目标  越要慎终如始", "杜家毫代表（湖南省委书记）"],
            ["把好事办好  让群众说好", "吴英杰代表（西藏自治区党委书记）"],
            ["高质量打赢脱贫攻坚战", "胡和平代表（陕西省委书记）"],
            16,
            False,
        ),
    ],
)
def test_a_run_set_like_a_section_already_folded_is_a_section(
    headline: list[str], folded: list[str], run: list[str], page: int, expected: bool
) -> None:
    prev = _draft(headline)
    _fold(prev, _draft(folded))
    d = _draft(run, page=page)
    assert _repeats_section(prev, d, _segment(d)) is expected


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (["抗疫情保民生两手抓（多棱镜）"], True),
        # A writer's name and country under a section's title is no column's name.
        (["创新成果惠及更多国家和人民", "菲利克斯·达帕雷·达科拉（加纳）"], False),
    ],
)
def test_a_headline_with_its_column(headings: list[str], expected: bool) -> None:
    assert _column_headline(_draft(headings)) is expected


@pytest.mark.parametrize(
    ("prev_paragraphs", "title", "after", "expected"),
    [
        # A commentary's title after a long report with no subheads, no title in the text under it.
        (8, "做科技交流的倡导者实践者", None, True),
        # A short text may carry a single subhead.
        (3, "做科技交流的倡导者实践者", None, False),
        # A box's label (记者手记, 链接) is a section of the text above.
        (8, "记者手记", None, False),
        # Another short line further down the text: the text is divided by subheads, this is one of them.
        (8, "做科技交流的倡导者实践者", "开放合作的共识", False),
        # The next candidate is an article the labeler opened: nothing further divides this text.
        (8, "做科技交流的倡导者实践者", "首届世界科技与发展论坛开幕", True),
    ],
)
def test_a_lone_title_after_an_undivided_text(
    prev_paragraphs: int, title: str, after: str | None, expected: bool
) -> None:
    prev = _draft(["700科学家甘为中学生当人梯（守望）"], paragraphs=prev_paragraphs)
    d = _draft([title], proposed=True)
    later = [] if after is None else [_draft([after], proposed=after.startswith("开放"))]
    assert _lone_subhead(prev, d, _segment(d), later) is expected


_COLUMN = (
    "第5版：评论\n\n"
    "{label}\n\n{title}\n\n孟亚生\n\n"
    "　　近段时间，多地中小学推行每周三为“无作业日”，取消当日书面家庭作业，将完整的课后时光归还给学生。\n\n"
    "　　教育“留白”，并非放任懈怠，而是一种育人智慧。\n\n"
    "　　（摘编自《新华日报》，原题为《教育“留白”定然不会白留》）\n\n"
    "用好数字，别困于数字\n\n李  姝\n\n"
    "　　站上体重秤，数字跳出来那一刻，心情就定了调：轻了，窃喜；重了，懊恼。\n\n"
    "　　数字用偏了，是焦虑；用好了，就是增进福祉的有效工具。\n\n"
    "　　（摘编自《辽宁日报》，原题为《数字焦虑，怎么破》）\n\n"
    "从“书店要有书”说起（金台随笔）\n\n常  晋\n\n"
    "　　书店，许多人向往的地方。漫步书香之间，随手轻翻书页，那份宁静与自在，让人心里觉得踏实。\n"
)


@pytest.mark.parametrize(
    ("label", "title", "headlines"),
    [
        # Pieces under a column's name, each with its title and writer and a source credit: one article.
        ("纵横", "教育“留白”不会白留", ["纵横", "从“书店要有书”说起（金台随笔）"]),
        # A piece under its own column's name stands alone, and a credit (郅  言文) is no column's name.
        (
            "郅  言文",
            "教育“留白”不会白留（纵横）",
            ["教育“留白”不会白留（纵横）", "用好数字，别困于数字", "从“书店要有书”说起（金台随笔）"],
        ),
    ],
)
def test_pieces_under_a_column_name(label: str, title: str, headlines: list[str]) -> None:
    articles = parse_issue(_COLUMN.format(label=label, title=title))
    assert [a.headline for a in articles] == headlines
    if label == "纵横":
        assert articles[0].paragraphs[:2] == ("教育“留白”不会白留", "孟亚生")
        assert "用好数字，别困于数字" in articles[0].paragraphs
        assert articles[0].reporters == ()


_GUIDE = (
    "第01版：要闻\n\n"
    "导读\n\n理论\n\n努力把农业建成现代化大产业\n\n第九版\n\n我国空间太阳能电站建设迈出关键一步\n\n电从太空来\n\n"
    "第十九版\n\n"
    "{header}\n\n"
    "从智能体到智能体集群，创新企业不断升级开源模型\n\n"
    "“提供更多普惠的人工智能技术成果”（年中数据微视角）\n\n"
    "本报讯  记者王昊男  上半年，我国国内生产总值同比增长4.7%，增量为近5万亿元。\n\n"
    "　　庞大增量来自各细分赛道的持续发力，国产人工智能大模型不断迭代。\n"
)


@pytest.mark.parametrize("header", ["第02版：要闻", "人民日报 2026年7月20日 第02版 要闻", "第二版"])
def test_page_references_in_a_guide_box_are_its_text(header: str) -> None:
    # 第九版 and 第十九版 come before the second page's header: pages are printed in order, so they are text.
    guide, report = parse_issue(_GUIDE.format(header=header))
    assert guide.headline == "导读"
    assert guide.paragraphs == ("理论", "努力把农业建成现代化大产业", "第九版") + (
        "我国空间太阳能电站建设迈出关键一步",
        "电从太空来",
        "第十九版",
    )
    assert (guide.page, report.page) == (1, 2)
    # The heading lines under the page header open the next article, with its byline.
    assert report.headline == "“提供更多普惠的人工智能技术成果”（年中数据微视角）"
    assert [r.name for r in report.reporters] == ["王昊男"]
    assert "page reference" in explain_issue(_GUIDE.format(header=header))


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("唐山工业职业技术大学校长  张建军", True),
        # A compound surname makes a four-character name.
        ("贵州开放大学（贵州职业技术学院）党委书记  令狐彩桃", True),
        # No speaker under the title: a report of its own.
        ("当前，我国职业教育正面临产业升级与人口结构变化双重挑战。", False),
    ],
)
def test_a_contribution_to_a_digest_of_speeches(speaker: str, expected: bool) -> None:
    prev = _draft(["加快建设现代职业教育体系", "——第三届职业教育论坛发言摘编"])
    d = _draft(["职业教育要主动走出校园"])
    d.paragraphs[0] = speaker
    assert _inside_digest(prev, d, _segment(d)) is expected


@pytest.mark.parametrize(
    ("headings", "paragraphs", "expected_headings", "moved"),
    [
        # A kicker over a title the labeler ran on as text, then the summary's label: both are headings.
        (
            ["针对基层党建短板，湖南湘潭市将优秀人才充实到基层党组织书记岗位"],
            ["选好“领头雁” 乡村风貌变", "核心阅读", _TEXT],
            ["针对基层党建短板，湖南湘潭市将优秀人才充实到基层党组织书记岗位", "选好“领头雁” 乡村风貌变"],
            1,
        ),
        # The label read as a heading line goes back to the text.
        (["坚定不移贯彻新发展理念", "核心阅读"], [_TEXT], ["坚定不移贯彻新发展理念"], 0),
        (["坚定不移贯彻新发展理念"], ["核心阅读", _TEXT], ["坚定不移贯彻新发展理念"], 0),
        # An editor's note's signature over the summary closes the note above: it heads nothing.
        (["——编  者"], ["核心阅读", _TEXT], ["——编  者"], None),
        # No summary's label: nothing to say.
        (["坚定不移贯彻新发展理念"], [_TEXT, _TEXT], ["坚定不移贯彻新发展理念"], None),
    ],
)
def test_a_summary_label_under_the_headings(
    headings: list[str], paragraphs: list[str], expected_headings: list[str], moved: int | None
) -> None:
    d = _draft(headings, paragraphs=len(paragraphs))
    d.paragraphs = list(paragraphs)
    got = _summary_under(d)
    assert d.headings == expected_headings
    assert (None if got is None else len(got)) == moved
    assert len(d.head_ids) == len(d.headings) and len(d.para_ids) == len(d.paragraphs) == len(d.para_pages)


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        # A speaker over a quote, with the reporters under it: the next voice of the feature.
        (["武汉市江汉区应急管理局干部徐宏博", "“把最困难的地方留给我”"], True),
        # A quote over a subtitle is how a report of its own is headed.
        (["“相信中国人民终将战胜挑战”", "——“一带一路”新闻合作联盟媒体积极评价中国抗击疫情高效努力"], False),
    ],
)
def test_a_section_with_its_reporters_set_like_one_folded(run: list[str], expected: bool) -> None:
    prev = _draft(["全力奋战 英勇奋战 团结奋战"])
    _fold(prev, _draft(["武汉大学人民医院急诊团队", "“关键时刻，这支队伍靠得住”"]))
    _fold(prev, _draft(["“感谢中国及时公开信息”", "——同舟共济，推动信息交流和科研合作"]))
    d = _draft(run)
    d.byline, d.byline_block = "本报记者  申少铁  李昌禹", True
    assert _repeats_section(prev, d, _segment(d)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社东京6月14日电  （记者李子越、刘洁秋）据《日本经济新闻》14日报道", True),
        # Wire copy rewritten by the paper is credited 据新华社……电: a dateline all the same.
        ("据新华社法国埃维昂莱班6月15日电  （记者孙毅）七国集团峰会15日在法国埃维昂莱班开幕", True),
        ("本报北京6月15日电  （记者陈熙芮）外交部发言人林剑15日表示", True),
        ("据报道，七国集团峰会15日开幕，会场之外抗议声不绝。", False),
        ("据新华社电，近日……", False),
    ],
)
def test_an_agency_dateline(text: str, expected: bool) -> None:
    assert bool(_AGENCY_LEAD.match(text)) is expected


@pytest.mark.parametrize(
    ("last", "cut"),
    [
        ("图为观众在展厅参观。肖梦涯摄", True),  # a caption ending on its credit
        ("肖梦涯摄", True),
        ("新华社记者\u00a0杨文斌摄", True),
        ("本报记者走访了当地的几家企业", False),  # a sentence cut by a break runs on
    ],
)
def test_a_title_after_a_photo_credit_is_offered_as_a_heading(last: str, cut: bool) -> None:
    d = _draft(["北京春节文化活动丰富"], paragraphs=4)
    d.paragraphs[1] = last
    d.paragraphs[2] = "一个真字，写出至情美文"
    parts = _explode(d)
    assert (len(parts) == 2 and parts[1].headings == ["一个真字，写出至情美文"]) is cut


@pytest.mark.parametrize(
    ("last", "item"),
    [
        ("当日是农历正月初六，连云港市众多企业选择在这一天恢复生产。", True),
        # A photo with its caption stands on its own under a column of news in brief.
        ("耿玉和摄（影像中国）", False),
        ("（本报记者  张远南）", False),
    ],
)
def test_an_item_of_a_column_of_news_in_brief(last: str, item: bool) -> None:
    column = _draft(["速览"])
    d = _draft(["节后生产忙  力争开门红"], paragraphs=2)
    d.paragraphs[-1] = last
    assert _roundup_item(d, column) is item


def test_the_items_of_a_guide_to_the_pages_are_one_box() -> None:
    # 导读 / 理论 / title / 第九版, then the next item read as an article of its own: title / title / 第七版.
    lines = ["导读", "理论", "以更大力度落实财政金融协同促内需一揽子政策", "第九版"]
    lines += ["新疆吐鲁番大力发展高温干热测试产业", "火焰山下“烤”出亿元大产业", "第七版"]
    labels = [Label(b, "paragraph", "", 1) for b in split_blocks("\n".join(lines))]
    guide = _Draft(["导读"], 1, "要闻", head_ids=[0], paragraphs=lines[1:4], para_ids=[1, 2, 3])
    item = _Draft(lines[4:6], 1, "要闻", head_ids=[4, 5], paragraphs=lines[6:], para_ids=[6])
    (box,) = _gather_guide([guide, item], labels, references={3, 6})
    assert box.headings == ["导读"]
    assert box.paragraphs == lines[1:]
    # An article with no page reference after the guide stays an article.
    report = _Draft(lines[4:6], 1, "要闻", head_ids=[4, 5], paragraphs=["近日，……"], para_ids=[6])
    assert len(_gather_guide([guide, report], labels, references={3})) == 2


@pytest.mark.parametrize(
    ("paragraphs", "item"),
    [
        (1, True),  # 伊朗总统—— / 准备向世界保证…… / one paragraph: an item of the column
        (5, False),  # a report of five paragraphs under its kicker stands on its own
    ],
)
def test_an_item_under_a_kicker_in_a_column_of_news_in_brief(paragraphs: int, item: bool) -> None:
    column = _draft(["环球扫描"])
    d = _draft(["国际品牌估值机构——", "中国品牌规模与质量同步提升"], paragraphs=paragraphs)
    assert _roundup_item(d, column) is item
