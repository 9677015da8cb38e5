"""Bylines and datelines in the forms real papers print them, each reporter with role and affiliation."""

from __future__ import annotations

import pytest

from etl.parse.bylines import (
    parse_bracketed_byline,
    parse_byline_block,
    parse_caption_credit,
    parse_closing_credit,
    parse_lead,
    parse_signature,
    parse_writer_line,
)
from etl.records import Reporter

R = Reporter


@pytest.mark.parametrize(
    ("paragraph", "dateline", "reporters", "rest"),
    [
        (
            "本报讯 (记者 朱梦琪) 锻造新质生产力,催生发展新动能。",
            "本报讯",
            (R("朱梦琪", "记者", "本报"),),
            "锻造新质生产力,催生发展新动能。",
        ),
        (
            "本报讯（见习记者 万峰鸣 记者 张可馨）昨天下午，区政府召开常务会议。",
            "本报讯",
            (R("万峰鸣", "见习记者", "本报"), R("张可馨", "记者", "本报")),
            "昨天下午，区政府召开常务会议。",
        ),
        (
            "新华社北京1月30日电 （记者梅世雄、黎云、樊永强）1月30日，记者从有关部门获悉。",
            "新华社北京1月30日电",
            (R("梅世雄", "记者", "新华社"), R("黎云", "记者", "新华社"), R("樊永强", "记者", "新华社")),
            "1月30日，记者从有关部门获悉。",
        ),
        (
            "本报北京4月26日电\u00a0\u00a0（记者丁怡婷）记者从国家能源局获悉：一季度电量增长。",
            "本报北京4月26日电",
            (R("丁怡婷", "记者", "本报"),),
            "记者从国家能源局获悉：一季度电量增长。",
        ),
        (
            "本报讯（记者 董丝雨 顾仲阳）4月，浙江省衢州市开化县。",
            "本报讯",
            (R("董丝雨", "记者", "本报"), R("顾仲阳", "记者", "本报")),
            "4月，浙江省衢州市开化县。",
        ),
        (
            "本报合肥5月11日电  （记者田先进  通讯员王晓）记者从发布会上获悉。",
            "本报合肥5月11日电",
            (R("田先进", "记者", "本报"), R("王晓", "通讯员", "本报")),
            "记者从发布会上获悉。",
        ),
        # A dateline with no byline: the text follows straight away.
        (
            "本报北京4月28日电  中共中央政治局委员何立峰会见客人。",
            "本报北京4月28日电",
            (),
            "中共中央政治局委员何立峰会见客人。",
        ),
        ("据新华社德黑兰6月3日电  据伊朗媒体报道。", "据新华社德黑兰6月3日电", (), "据伊朗媒体报道。"),
        (
            "陕西日报西安5月27日电  （记者张三）近日揭牌。",
            "陕西日报西安5月27日电",
            (R("张三", "记者", "陕西日报"),),
            "近日揭牌。",
        ),
        # A byline without brackets, closed by 报道 (local papers).
        (
            "本报讯 记者张洁报道：近日，市文旅局发布消息。",
            "本报讯",
            (R("张洁", "记者", "本报"),),
            "近日，市文旅局发布消息。",
        ),
        (
            "本报讯（全媒体记者 何平 实习生 林芳）昨日，全市防汛工作会议召开。",
            "本报讯",
            (R("何平", "记者", "本报"), R("林芳", "实习生", "本报")),
            "昨日，全市防汛工作会议召开。",
        ),
        # No brackets and no 报道: the names end at a wide space.
        (
            "本报讯  记者方圆、刘佳华  5月3日，天气晴朗。",
            "本报讯",
            (R("方圆", "记者", "本报"), R("刘佳华", "记者", "本报")),
            "5月3日，天气晴朗。",
        ),
        ("本报讯 记者 金歆\u30005月3日，天气晴朗。", "本报讯", (R("金歆", "记者", "本报"),), "5月3日，天气晴朗。"),
        # Each role and its names closed by one space; names of two to four characters only.
        (
            "本报讯 记者王伟 通讯员李强 昨天，全区安全生产工作会议召开。",
            "本报讯",
            (R("王伟", "记者", "本报"), R("李强", "通讯员", "本报")),
            "昨天，全区安全生产工作会议召开。",
        ),
        ("本报讯 记者 王伟 昨天，会议召开。", "本报讯", (R("王伟", "记者", "本报"),), "昨天，会议召开。"),
        # The dateline and byline alone on their line: the byline ends with it.
        ("本报讯 记者 赵六", "本报讯", (R("赵六", "记者", "本报"),), ""),
        ("本报讯 记者王伟 通讯员李强", "本报讯", (R("王伟", "记者", "本报"), R("李强", "通讯员", "本报")), ""),
        (
            "本报讯 记者从区应急管理局获悉，全区隐患排查完成。",
            "本报讯",
            (),
            "记者从区应急管理局获悉，全区隐患排查完成。",
        ),
        # A county's media centre as the byline's affiliation or as the dateline; roles set off with colons.
        (
            "本报讯（县融媒体中心记者 李强）近日，我县召开会议。",
            "本报讯",
            (R("李强", "记者", "县融媒体中心"),),
            "近日，我县召开会议。",
        ),
        (
            "长兴县融媒体中心讯（记者 李强）近日，我县召开会议。",
            "长兴县融媒体中心讯",
            (R("李强", "记者", "长兴县融媒体中心"),),
            "近日，我县召开会议。",
        ),
        (
            "本报讯（记者：李强 通讯员：王芳）近日，我县召开会议。",
            "本报讯",
            (R("李强", "记者", "本报"), R("王芳", "通讯员", "本报")),
            "近日，我县召开会议。",
        ),
        # Local papers' staff titles and slash credits inside the brackets.
        ("本报讯（融媒记者 王伟）昨天，会议召开。", "本报讯", (R("王伟", "记者", "本报"),), "昨天，会议召开。"),
        (
            "本报讯（记者 王伟/文 刘洋/图）昨天，会议召开。",
            "本报讯",
            (R("王伟", "记者", "本报"), R("刘洋", "摄影", "本报")),
            "昨天，会议召开。",
        ),
        ("本台讯（记者 陈亮）昨天，会议召开。", "本台讯", (R("陈亮", "记者", "本台"),), "昨天，会议召开。"),
        # Other papers' brackets, a bracket for each role, a bullet before an unbracketed byline.
        ("本报讯〔记者 王伟〕昨天，会议召开。", "本报讯", (R("王伟", "记者", "本报"),), "昨天，会议召开。"),
        ("本报讯【记者 王伟】昨天，会议召开。", "本报讯", (R("王伟", "记者", "本报"),), "昨天，会议召开。"),
        (
            "本报讯（记者 王伟）（通讯员 李强）昨天，会议召开。",
            "本报讯",
            (R("王伟", "记者", "本报"), R("李强", "通讯员", "本报")),
            "昨天，会议召开。",
        ),
        (
            "本报讯 □记者 王伟 通讯员 李强 昨天，会议召开。",
            "本报讯",
            (R("王伟", "记者", "本报"), R("李强", "通讯员", "本报")),
            "昨天，会议召开。",
        ),
        ("本报讯 ■记者 王伟  昨天，会议召开。", "本报讯", (R("王伟", "记者", "本报"),), "昨天，会议召开。"),
        ("本报讯 □昨天，会议召开。", "本报讯", (), "□昨天，会议召开。"),
        # Malformed: an unclosed bracket is left in the text rather than guessed at.
        ("本报讯（记者 李昌禹", "本报讯", (), "（记者 李昌禹"),
    ],
)
def test_lead_splits_dateline_byline_and_text(
    paragraph: str, dateline: str, reporters: tuple[Reporter, ...], rest: str
) -> None:
    lead = parse_lead(paragraph)
    assert lead is not None
    assert (lead.dateline, lead.reporters, lead.rest) == (dateline, reporters, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "昨天，全省人大环资城建工作座谈会在常州召开。",
        "本报记者日前走访了多家企业。",
        "新华社记者近日在现场看到，",
        "报道称，当地电网负荷创新高。",
    ],
)
def test_ordinary_sentences_have_no_lead(paragraph: str) -> None:
    assert parse_lead(paragraph) is None


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        (
            "本报记者  方  圆  刘佳华  李  蕊",
            (R("方圆", "记者", "本报"), R("刘佳华", "记者", "本报"), R("李蕊", "记者", "本报")),
        ),
        ("本报记者\u00a0\u00a0彭\u00a0\u00a0波", (R("彭波", "记者", "本报"),)),
        ("本报记者 徐 靖", (R("徐靖", "记者", "本报"),)),
        ("本报记者 王伟 本报通讯员 李强", (R("王伟", "记者", "本报"), R("李强", "通讯员", "本报"))),
        ("人民网记者  时  岩", (R("时岩", "记者", "人民网"),)),
        (
            "新华社记者  郝薇薇  杨依军  本报记者  杜尚泽",
            (R("郝薇薇", "记者", "新华社"), R("杨依军", "记者", "新华社"), R("杜尚泽", "记者", "本报")),
        ),
        ("大众日报记者  王佳声  石如宽", (R("王佳声", "记者", "大众日报"), R("石如宽", "记者", "大众日报"))),
        ("《环球人物》记者\u00a0\u00a0冯群星", (R("冯群星", "记者", "《环球人物》"),)),
        ("本报特约记者 赵立新", (R("赵立新", "特约记者", "本报"),)),
        ("本报实习生 钱晓", (R("钱晓", "实习生", "本报"),)),
        ("本报见习记者 孙悦", (R("孙悦", "见习记者", "本报"),)),
        (
            "本报记者  庞革平  张云河文  梁  生摄",
            (R("庞革平", "记者", "本报"), R("张云河", "记者", "本报"), R("梁生", "摄影", "本报")),
        ),
        ("本报记者 王五摄影报道", (R("王五", "摄影", "本报"),)),
        ("张三摄影报道", (R("张三", "摄影", None),)),
        # Local papers' forms: staff titles, bullets, a closing 报道, slash credits for writer and photographer.
        ("首席记者 王雪", (R("王雪", "记者", None),)),
        ("融媒体记者 张明 通讯员 李华", (R("张明", "记者", None), R("李华", "通讯员", None))),
        ("□本报记者 刘洋", (R("刘洋", "记者", "本报"),)),
        ("记者 陈亮 报道", (R("陈亮", "记者", None),)),
        ("文/王芳", (R("王芳", "作者", None),)),
        ("文/图 赵磊", (R("赵磊", "作者", None),)),
        ("孙静 文/图", (R("孙静", "作者", None),)),
        ("文·图/赵磊", (R("赵磊", "作者", None),)),  # a middle dot for the slash
        ("孙静 文·图", (R("孙静", "作者", None),)),
        ("文/周敏  图/吴刚", (R("周敏", "作者", None), R("吴刚", "摄影", None))),
        # The staff role after the slash: the role and the paper are the byline's, not names.
        ("文/本报记者 方圆 刘佳华", (R("方圆", "记者", "本报"), R("刘佳华", "记者", "本报"))),
        ("文/本报通讯员 王者", (R("王者", "通讯员", "本报"),)),
        ("图/新华社记者 李四", (R("李四", "摄影", "新华社"),)),
        # Stationed reporters, a filing place, and a writer who took the pictures too.
        ("本报驻埃及记者 曲翔宇 刘 慧", (R("曲翔宇", "记者", "本报"), R("刘慧", "记者", "本报"))),
        ("本报驻京记者 王伟", (R("王伟", "记者", "本报"),)),
        ("本报记者 王伟 发自北京", (R("王伟", "记者", "本报"),)),
        ("本报记者 王伟 文/图", (R("王伟", "记者", "本报"),)),
        ("●本报记者 王伟 实习生 李强 文/图", (R("王伟", "记者", "本报"), R("李强", "实习生", None))),
        ("全媒记者 王伟", (R("王伟", "记者", None),)),
        ("《环球人物》记者\u2003高  塬", (R("高塬", "记者", "《环球人物》"),)),  # an em space before the name
        # A county's media centre files for the local paper; some papers set each role off with a colon or a bar.
        ("县融媒体中心记者 李强", (R("李强", "记者", "县融媒体中心"),)),
        ("记者：张三 通讯员：李四", (R("张三", "记者", None), R("李四", "通讯员", None))),
        ("记者｜张三", (R("张三", "记者", None),)),
        ("本报记者：王伟", (R("王伟", "记者", "本报"),)),
        # 丨 (a character, not a bar) set as the bar; the writer named before a slash; more bullets.
        ("文丨王芳", (R("王芳", "作者", None),)),
        ("记者丨张三 通讯员丨李四", (R("张三", "记者", None), R("李四", "通讯员", None))),
        ("文丨本报记者 王伟", (R("王伟", "记者", "本报"),)),
        ("王芳/文", (R("王芳", "作者", None),)),
        ("周敏 李刚 / 文", (R("周敏", "作者", None), R("李刚", "作者", None))),
        ("吴刚/图", (R("吴刚", "摄影", None),)),
        ("王芳/文  吴刚/图", (R("王芳", "作者", None), R("吴刚", "摄影", None))),  # each credit closed by its slash
        ("○本报记者 刘洋", (R("刘洋", "记者", "本报"),)),
        ("◉记者 陈亮 通讯员 赵敏", (R("陈亮", "记者", None), R("赵敏", "通讯员", None))),
        # A broadcaster's reporters (本台, 总台), a magazine's and a site's, a special correspondent, a writer's credit.
        ("本台记者 陈亮", (R("陈亮", "记者", "本台"),)),
        ("总台记者 王伟 刘洋", (R("王伟", "记者", "总台"), R("刘洋", "记者", "总台"))),
        ("本刊记者 赵敏", (R("赵敏", "记者", "本刊"),)),
        ("本网记者 李强", (R("李强", "记者", "本网"),)),
        ("特派记者 张三", (R("张三", "记者", None),)),
        ("撰稿：王芳", (R("王芳", "作者", None),)),
        ("本报记者巨云鹏", (R("巨云鹏", "记者", "本报"),)),  # glued, a rarer surname
        ("本报记者莽九晨、丁雪真", (R("莽九晨", "记者", "本报"), R("丁雪真", "记者", "本报"))),
        # A byline that names nobody is still a byline.
        ("本报记者", ()),
        ("本报评论员", ()),
    ],
)
def test_byline_line_names_each_reporter(line: str, reporters: tuple[Reporter, ...]) -> None:
    assert parse_byline_block(line) == reporters


@pytest.mark.parametrize(
    "line",
    [
        "记者见到张伟时，他回",  # a sentence about a reporter, not a byline
        "记者：好的",  # an interview's question or answer, not a colon byline
        "记者：这是为什么？",
        "本报记者日前走访了多家企业，发现新变化。",
        "（中央社会工作部负责人答记者问见第四版）",
        "如何让孩子动起来",
        "图/新华社",  # an agency's picture credit names no person
        "新华社/图",
        "文化/旅游",
        # A word glued to the role that no surname opens: a box's label or the text's own words.
        "记者手记",
        "■记者手记",
        "记者一行",
        "记者从中国",
        "记者点评",
        "（作者为作家）",
        "（作者为编剧、微短剧创作者）",
    ],
)
def test_text_is_not_a_byline(line: str) -> None:
    assert parse_byline_block(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("桂从路", ("桂从路",)),
        ("郑  翔", ("郑翔",)),
        ("阿比布·迪亚", ("阿比布·迪亚",)),
        ("王云杉  尚嵘峥  薛子怡", ("王云杉", "尚嵘峥", "薛子怡")),
        ("如何让孩子动起来", None),
        ("会议还研究了其他事项。", None),
        # Labels set on a line of their own, padded like a name: 回  信 over a letter, 目  录, 引子.
        ("回  信", None),
        ("目  录", None),
        ("引子", None),
    ],
)
def test_commentary_signed_with_bare_names(line: str, names: tuple[str, ...] | None) -> None:
    assert parse_signature(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("剧锦文", ("剧锦文",)),  # a surname outside the commonest hundred
        ("巨云鹏", ("巨云鹏",)),
        ("智春丽", ("智春丽",)),
        ("欧阳自远", ("欧阳自远",)),
        ("麦克·奥杜罗", ("麦克·奥杜罗",)),
        ("莫华杰", ("莫华杰",)),
        # A reader's or guest's place before the name, as opinion columns (来论) sign.
        ("北京东城区\u00a0\u00a0左敦华", ("左敦华",)),
        ("江苏南京  王  明", ("王明",)),
        ("北京东城区  数读", None),
        ("南京市  李  四  王  五", None),
        # Section labels under a title are text.
        ("核心阅读", None),
        ("开栏的话", None),
        ("引\u00a0\u00a0子", None),
        ("贺\u00a0\u00a0信", None),
        ("头条看点", None),
        ("云南昆明", None),
        ("罗杰代表", None),
    ],
)
def test_writer_signed_under_the_title(line: str, names: tuple[str, ...] | None) -> None:
    reporters = parse_writer_line(line)
    assert (tuple(r.name for r in reporters) if reporters else None) == names
    assert reporters is None or {r.role for r in reporters} == {"作者"}


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("（记者 张三 通讯员 李四）", (Reporter("张三", "记者", None), Reporter("李四", "通讯员", None))),
        ("(见习记者 赵六)", (Reporter("赵六", "见习记者", None),)),
        ("（本报记者 王伟）", (Reporter("王伟", "记者", "本报"),)),
        ("（本报记者 王伟整理）", None),  # a compiler's credit closes a piece
        ("（中国国家博物馆馆长）", None),
        ("（记者 张三", None),
        # other papers' brackets
        ("【记者 张三 通讯员 李四】", (Reporter("张三", "记者", None), Reporter("李四", "通讯员", None))),
        ("〔记者 张三〕", (Reporter("张三", "记者", None),)),
        ("【暖心一瞬】", None),  # a column's label
    ],
)
def test_bracketed_byline_under_the_headline(line: str, reporters: tuple[Reporter, ...] | None) -> None:
    assert parse_bracketed_byline(line) == reporters


@pytest.mark.parametrize(
    ("caption", "reporters"),
    [
        ("3月14日，牛塘镇组织志愿者开展植树活动。\u3000记者 张可馨 摄", (R("张可馨", "摄影", None),)),
        ("游客在公园赏花。（本报记者 王伟摄）", (R("王伟", "摄影", "本报"),)),
        ("中国科考队在南极冰盖架设自动气象站。新华社记者\u00a0刘诗平摄", (R("刘诗平", "摄影", "新华社"),)),
        ("图为村民在田间劳作。 张三 李四 摄", (R("张三", "摄影", None), R("李四", "摄影", None))),
        ("这是他第一次来这里拍摄", None),
        ("这些照片都是他用手机摄", None),
    ],
)
def test_caption_credit_names_the_photographers(caption: str, reporters: tuple[Reporter, ...] | None) -> None:
    assert parse_caption_credit(caption) == reporters


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        # Local papers credit a report's reporters in brackets at the close of its text.
        (
            "会议指出，各部门要压实责任，切实抓好安全生产各项工作。（记者 张可馨 通讯员 刘洋）",
            (R("张可馨", "记者", None), R("刘洋", "通讯员", None)),
        ),
        ("全区将继续推进污染防治攻坚战。 （本报记者 李强）", (R("李强", "记者", "本报"),)),
        ("“这是我们的心愿。”（记者 王伟）", (R("王伟", "记者", None),)),
        ("（本报记者  何  璐）", (R("何璐", "记者", "本报"),)),
        # Other papers' brackets and slash credits close a text the same way.
        ("全区将继续推进污染防治攻坚战。【记者 李强】", (R("李强", "记者", None),)),
        ("全区将继续推进污染防治攻坚战。〔记者 李强〕", (R("李强", "记者", None),)),
        ("全区将继续推进污染防治攻坚战。（李强/文 王芳/图）", (R("李强", "作者", None), R("王芳", "摄影", None))),
        ("全区将继续推进污染防治攻坚战。（图/新华社）", None),  # an agency's picture credit names nobody
        # A column's tag closes a headline the same way; a note or a compiler's credit names no reporter of it.
        ("“谢谢你们，中国记者！”（记者手记）", None),
        ("“首店经济”，如何延续开门红？（评论员随笔）", None),
        ("境外旅客增长4.6%。（见图24）", None),
        ("（本报记者  王  亮整理）", None),
        ("会议强调（记者 王伟）要抓好落实", None),  # not at the close
        ("各项工作（记者 王伟）", None),  # no sentence closed before it
    ],
)
def test_closing_credit_names_the_reporters(paragraph: str, reporters: tuple[Reporter, ...] | None) -> None:
    assert parse_closing_credit(paragraph) == reporters
