"""A line between the headings and the text naming who wrote or speaks is the byline, not the text's first paragraph."""

from __future__ import annotations

import pytest

from etl.parse.issue import parse_issue

PREVIOUS = (
    "第5版：评论",
    "推动高质量发展迈出新步伐",
    "本报北京5月28日电  （记者王伟）国家统计局28日发布数据，前4月规模以上工业增加值同比增长6.1%。",
    "国家统计局有关负责人表示，工业生产总体平稳，新动能持续壮大，企业预期稳中向好。",
)


def _parse(*lines: str):
    return parse_issue("\n\n".join(PREVIOUS + lines))


@pytest.mark.parametrize(
    ("headline", "line", "text", "byline"),
    [
        # A speaker's label under the headline.
        (
            "百岁老农的“三不”人生（我的养生故事）",
            "主讲人：浙江省台州市黄岩区上郑乡下庙村107岁老人王万春",
            "我叫王万春，今年107岁，在浙江省台州市黄岩区上郑乡下庙村生活了一辈子。",
            "主讲人：浙江省台州市黄岩区上郑乡下庙村107岁老人王万春",
        ),
        # A body signing the piece.
        (
            "努力开创服务业高质量发展新局面（深入学习贯彻习近平新时代中国特色社会主义思想）",
            "国家发展改革委",
            "党中央、国务院高度重视服务业工作。党的十八大以来，我国服务业规模持续扩大，质量效益不断提升。",
            "国家发展改革委",
        ),
        # A writer's name over a short first sentence.
        ("从探矿到探月，从大地到苍穹（大家谈人生）", "欧阳自远", "我的职业与我的经历有关。", "欧阳自远"),
    ],
)
def test_a_writer_line_is_the_byline(headline: str, line: str, text: str, byline: str) -> None:
    more = "后来，我走上了这条路，一干就是几十年，从没有后悔过，也从没有停下来。"
    article = next(a for a in _parse(headline, line, text, more) if a.headline == headline)
    assert article.byline == byline
    assert article.paragraphs[0] == text


@pytest.mark.parametrize(
    "line",
    [
        "国家发展改革委有关负责人表示",  # a clause cut off, not a body's name alone
        "源流",  # a section's title
    ],
)
def test_a_section_line_stays_text(line: str) -> None:
    headline = "青铜酒器 酒以成礼（文物有话说）"
    text = "青铜器在古时被称为“金”或“吉金”，是铜与锡、铅等的合金。"
    more = "中国早期青铜器主要用于祭祀，后来逐渐进入日常生活，形制也愈加丰富多样。"
    article = next(a for a in _parse(headline, line, text, more) if a.headline == headline)
    assert article.byline is None
    assert article.paragraphs[0].startswith(line)


_LETTERS = (
    "消除安全隐患 便利群众出行（反馈）\n\n人民日报社：\n\n"
    "贵报7月6日“读者来信”版刊发群众来信《公交站点设在绿化带里》，我局高度重视，立即组织人员现场核查，已完成整改。\n\n"
    "江苏东海县交通运输局\n\n"
    "铁路涵洞常积水 消防车进不了村（身边事）\n\n"
    "我是山东某村的村民，村口的铁路涵洞一下雨就积水，消防车进不了村，请有关部门关注。\n\n"
    "人民网“领导留言板”网友\n\n"
    "要求周末上街巡逻 加重基层教师负担（身边事）\n\n"
    "我们是河北邢台市任泽区市民。因为前一段时间，周末发生学生溺水事件，学校要求老师周末上街巡逻。\n\n"
    "邢台市任泽区读者\n"
)
_POEMS = (
    "南岳精灵\n\n李  华\n\n南岳的云，总在半山以上游弋\n\n它们是山的呼吸\n\n松针上挂着露水\n\n"
    "每一滴都是时间的眼睛\n\n我在石阶上停下\n\n幸存的精灵\n\n"
    "热浪\n\n王  明\n\n早晨的大平原\n\n麦子低下头\n\n我经过大平原，看到蒸腾的自己\n"
)


@pytest.mark.parametrize(
    ("text", "last_lines"),
    [
        # A letters page: a reply signed by the body that writes to the paper (人民日报社： / …… / 江苏东海县交通运输局),
        # readers' letters signed 网友 and 读者. Each sign-off is the letter's last line, not the next one's kicker.
        (_LETTERS, ["江苏东海县交通运输局", "人民网“领导留言板”网友", "邢台市任泽区读者"]),
        # A poem's last line is verse, not the kicker of the next poem.
        (_POEMS, ["幸存的精灵", "我经过大平原，看到蒸腾的自己"]),
    ],
)
def test_a_letters_sign_off_and_a_poems_last_line_end_their_text(text: str, last_lines: list[str]) -> None:
    articles = parse_issue(text)
    assert [a.paragraphs[-1] for a in articles] == last_lines
    assert [a.kicker for a in articles] == [None] * len(last_lines)


@pytest.mark.parametrize(
    ("text", "headings", "reporters"),
    [
        # The headline read as text between the kicker and the byline: it is the last heading line.
        (
            "人民日报 2026年6月28日 第03版 要闻\n\n"
            "7年多来，宇通累计向墨西哥近10个主要城市交付超过1400辆公交车\n\n"
            "“不仅是交通工具，更是改变城市的重要力量”\n\n"
            "本报记者 谢佳宁 程是颉 报道\n\n"
            "作为2026年世界杯主办国之一，墨西哥正迎来全球球迷和游客。赛场外，城市公共交通面临高强度考验。\n\n"
            "在墨西哥城南部的阿兹特克体育场附近，中国宇通制造的无轨电动公交车缓缓驶入站台，球迷和市民有序上车。\n",
            ("7年多来，宇通累计向墨西哥近10个主要城市交付超过1400辆公交车", "“不仅是交通工具，更是改变城市的重要力量”"),
            ["谢佳宁", "程是颉"],
        ),
    ],
)
def test_a_heading_line_read_as_text_over_the_byline_is_a_heading(
    text: str, headings: tuple[str, ...], reporters: list[str]
) -> None:
    (article,) = parse_issue(text)
    assert tuple(h for h in (article.kicker, article.headline, article.subtitle) if h) == headings
    assert [r.name for r in article.reporters] == reporters
    assert article.paragraphs[0].startswith("作为2026年世界杯主办国之一")


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # An opinion piece signed with the reader's place and name.
        (
            "花钱必问效，无效必问责（来论）\n\n北京东城区  左敦华\n\n"
            "不久前，中央层面公开通报了一批典型问题，其中一些地方花钱不问效的问题引人深思。\n\n"
            "花钱必问效，无效必问责，这是管好用好财政资金的应有之义。\n",
            ["左敦华"],
        ),
        # A poem under its poet's name: the lines under the name are verse, short and unfinished.
        (
            "哦，军号\n\n高洪波\n\n是苍茫岁月的一声呐喊\n\n是冲锋陷阵的号角\n\n"
            "哦，军号，你响彻山河\n\n唤醒沉睡的大地\n\n在每一个黎明\n",
            ["高洪波"],
        ),
    ],
)
def test_a_placed_writer_and_a_poet_sign_under_the_title(text: str, reporters: list[str]) -> None:
    (article,) = parse_issue(text)
    assert [r.name for r in article.reporters] == reporters
    assert reporters[0] not in article.body


def test_the_papers_commentary_desk_signs_under_the_title() -> None:
    text = (
        "从三重力量感悟“为什么能”（人民观点）\n\n本报评论部\n\n"
        "思想的引领性，体现在对趋势、规律的精准把握，对问题、矛盾的深刻分析，对方向、对策的周密谋划。\n\n"
        "实践的穿透力，体现在一项项举措落地见效。\n"
    )
    (article,) = parse_issue(text)
    assert article.byline == "本报评论部"
    assert article.paragraphs[0].startswith("思想的引领性")


def test_a_title_asking_a_question_over_a_byline_opens_a_report() -> None:
    # 台风预报难在哪？ ends on a question mark, as a sentence does; a byline under it makes it a title.
    text = (
        "红榄李，有了更多新邻居（全面推进美丽中国建设）\n\n本报记者  李  四\n\n"
        "在海南三亚的红树林保护区，红榄李幼苗长势良好，保护区的工作人员每天都来巡查。\n\n"
        "红榄李种子贮藏与繁育技术，让曾经的濒危物种在野外连片成林，为鸟类提供新家。\n\n"
        "台风预报难在哪？\n\n本报记者  蒋雪鸿\n\n"
        "7月26日凌晨，今年第12号台风“红霞”在广东惠州市惠东县平海镇沿海登陆。\n\n"
        "台风路径预报的误差近年来明显缩小，但强度预报仍是难点。\n"
    )
    first, second = parse_issue(text)
    assert len(first.paragraphs) == 2
    assert second.headline == "台风预报难在哪？"
    assert [r.name for r in second.reporters] == ["蒋雪鸿"]


@pytest.mark.parametrize(
    ("title", "byline", "names"),
    [
        # People's Daily, 2026-06-04: a question with a comma and quotes, and a question answered with an exclamation.
        ("高考临近，“开挂饮食”管用吗？", "新华社记者  黄  筱  龚  雯", ["黄筱", "龚雯"]),
        ("“帮子女带娃可领补贴”？没依据！", "新华社记者  李  恒", ["李恒"]),
    ],
)
def test_a_title_ending_on_a_question_or_an_exclamation_over_a_byline_opens_a_report(
    title: str, byline: str, names: list[str]
) -> None:
    text = (
        "七旬老匠人巧手雕出“龙船崽崽”\n\n本报通讯员  曹  娴\n\n"
        "道州龙船习俗，是湖南永州市道县的民间传统习俗。老匠人雕的“龙船崽崽”已成为道县特色文创。\n\n"
        f"{title}\n\n{byline}\n\n"
        "高考临近，不仅广大考生开足马力冲刺，家长们也尽力为孩子准备营养餐。\n\n"
        "专家提醒，饮食应清淡均衡，不必迷信所谓的“开挂饮食”。\n"
    )
    first, second = parse_issue(text)
    assert len(first.paragraphs) == 1
    assert second.headline == title
    assert [r.name for r in second.reporters] == names


def test_a_piece_ending_on_its_writers_credit_is_whole_when_the_labeler_opened_the_next() -> None:
    # People's Daily, 2026-07-11 (set flush, as the unseen days print it): speakers' pieces after a forum's report,
    # each credited to the reporter who wrote it up; a title after a credit opens the next piece even where the block
    # labeler, not the boundary model, opened it (it had been folded in as "set like a section above").
    text = (
        "第07版：经济\n\n"
        "激发创新活力，做好金融“五篇大文章”\n\n——二〇二六中国品牌论坛金融高质量发展报告会侧记\n\n本报记者  齐志明\n\n"
        "仲夏的河北雄安新区，万物并秀，生机勃发。6月17日，2026金融高质量发展报告会在这里举行。\n\n"
        "在加快建设金融强国的征程上，雄安这片创新的热土，必将见证更多金融与实体经济双向奔赴的故事。\n\n"
        "增强金融服务的多样性、普惠性、可及性\n\n中国银行业协会党委委员、副秘书长  杨江英\n\n"
        "银行业是金融体系的重要组成部分，要以高质量发展推动金融强国建设。\n\n"
        "（本报记者苑基荣整理）\n\n"
        "稳健运行，赋能实体经济发展\n\n中国保险行业协会党委委员、副秘书长  方  咏\n\n"
        "近年来，保险业充分发挥经济减震器、社会稳定器功能，服务经济社会发展全局。\n\n"
        "（本报记者王欣悦整理）\n\n"
        "发挥优势，服务现代化产业体系建设\n\n中国农业银行党委委员、副行长  王大军\n\n"
        "中国农业银行深刻把握金融服务现代化产业体系建设的时代要求，加大信贷投放。\n\n"
        "（本报记者陈晨曦整理）\n"
    )
    articles = parse_issue(text)
    assert [a.paragraphs[-1] for a in articles] == [
        "（本报记者苑基荣整理）",
        "（本报记者王欣悦整理）",
        "（本报记者陈晨曦整理）",
    ]
    assert articles[1].headline == "稳健运行，赋能实体经济发展"
    assert "发挥优势，服务现代化产业体系建设" in (articles[2].kicker, articles[2].headline)
