"""Article-level decisions: in-body section subheads stay in their article, credits and issuer lines find their place."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.parse import explain_issue, parse_issue
from etl.parse.blocks import Block
from etl.parse.bylines import is_clear_signature
from etl.parse.features import leaves_open
from etl.parse.issue import (
    _AGENCY_LEAD,
    _CREDIT_LINE,
    _WRITER_CREDIT,
    Label,
    _after_signed_piece,
    _call_for_contributions,
    _column_headline,
    _document_line,
    _Draft,
    _explode,
    _roundup_shape,
    _segment,
    _sibling_essay,
    _title_like,
    _umbrella_section,
    is_document_title,
)
from etl.parse.segments import Segment, boundary_features, typesetting_features

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


@pytest.fixture
def sections() -> str:
    return (FIXTURES / "section_subheads.txt").read_text(encoding="utf-8")


def test_section_subheads_stay_in_the_feature(sections: str) -> None:
    articles = parse_issue(sections)
    assert [a.headline for a in articles] == ["把法治资源转化为发展优势（法治头条）", "国务院新闻办公室发表白皮书"]
    feature = articles[0]
    # Each subhead line is a paragraph of its own, as printed (精准立法—— / 为城市转型发展……).
    assert "精准立法——" in feature.paragraphs
    assert "为城市转型发展和产业提质升级提供制度支撑" in feature.paragraphs
    assert "依法决策——" in feature.paragraphs
    # A credit closes the article it follows; it is not the next article's kicker.
    assert feature.paragraphs[-1] == "制图：张丹峰"
    assert articles[1].kicker is None
    assert articles[1].dateline == "本报北京5月3日电"


def test_explain_says_why_a_subhead_stayed(sections: str) -> None:
    report = explain_issue(sections)
    assert "not a new article" in report


def test_issuer_and_date_under_a_document_title_are_not_text() -> None:
    # A short excerpt of a real issue: the end of an article, a page header, then a document printed in full.
    text = (FIXTURES / "document_issuer.txt").read_text(encoding="utf-8")
    article = parse_issue(text)[-1]
    assert article.headline == "国家人权行动计划（2026—2030年）"
    assert "中华人民共和国国务院新闻办公室" not in article.paragraphs
    assert "2026年6月" not in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "制图：张丹峰",
        "勾\u00a0\u00a0犇图\u00a0\u00a0羽\u00a0\u00a0生文",
        "蒋云龙\u00a0罗\u00a0嘉摄影报道",
        "江西丰城市\u00a0徐新林",
        "——编\u00a0者",
        "本期统筹：杨烁壁",
        "看人民映像\u3000\u3000品百味人生",
        "全国人大常委会副委员长张春贤参加会谈。",
        "本版照片除署名外均为资料图片",
    ],
)
def test_credit_lines_are_not_kickers(line: str) -> None:
    assert _CREDIT_LINE.search(line)


@pytest.mark.parametrize("line", ["精准立法——", "国台办：", "看结构", "新春走基层", "中国足协公布第三批行业处罚名单"])
def test_heading_lines_are_not_credits(line: str) -> None:
    assert not _CREDIT_LINE.search(line)


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("增强互动\u00a0\u00a0启迪认知", True),
        ("为乡村街巷添彩", True),
        ("一道权益保障难题催生了一次立法创新。", False),
        ("发现山区群众喝水困难，", False),
        ("周训超摄", False),
        ("（本报记者杨颜菲采访整理）", False),
        # A sentence ends inside it: the start of a paragraph cut by a column break (People's Daily, 2026-04-27).
        ("思路决定出路。立足资源禀赋，黑河大力发展寒地", False),
        ("“慢，有时也是一种快。”", False),
        ("“这是中国朋友带给我们的‘法宝’”", True),
    ],
)
def test_title_like(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


@pytest.mark.parametrize(
    ("line", "clear"),
    [
        ("王  伟  李  强", True),
        ("阿比布·迪亚", True),
        ("亓玉昆", True),
        ("教与学 更智能", False),
        ("我爱你，中国", False),
        ("三峡水 补下游", False),
    ],
)
def test_clear_signatures(line: str, clear: bool) -> None:
    assert is_clear_signature(line) is clear


def test_a_kicker_repeated_after_the_text_closes_that_article() -> None:
    # 2026 layout: the article's kicker is printed again under its text, right before the next article's heading.
    text = (
        "回溯一场海上搜救全过程，探寻我国救援体系的科技“硬实力”\n\n全力守护海上生命安全（深度观察）\n\n"
        "　　中国海上救援力量有多强？从一场海上搜救行动可窥斑见豹。\n\n"
        "　　“随着国家开发利用海洋的范围和领域逐步延展，海上搜救将向更远海、更智能的方向发展。”\n\n"
        "回溯一场海上搜救全过程，探寻我国救援体系的科技“硬实力”\n\n"
        "用液冷技术打造“绿色算力”（我身边的最强大脑）\n\n张  鹏\n\n"
        "　　近日，我国最大规模科学智能计算集群在河南郑州国家超算互联网核心节点投入使用。\n"
    )
    first, second = parse_issue(text)
    assert first.paragraphs[-1] == "回溯一场海上搜救全过程，探寻我国救援体系的科技“硬实力”"
    assert second.kicker is None
    assert second.headline == "用液冷技术打造“绿色算力”（我身边的最强大脑）"
    assert "repeats a heading line of the article before" in explain_issue(text)


def test_a_heading_line_that_runs_on_into_the_text_is_its_first_words() -> None:
    # A page break cut the dateline after the headline (本报北京10月22日 / 电  （记者王昊男）……): it is text.
    others = "".join(
        f"第{k}条新闻标题\n\n本报北京10月{k}日电  （记者李明）今天举行了第{k}次会议，会议研究了有关工作。\n\n"
        for k in range(1, 7)
    )
    text = others + (
        "首都交警铁骑队首批队员执勤\n\n本报北京10月22日\n\n"
        "电\u00a0\u00a0（记者王昊男）北京公安交管部门新组建的首都交警铁骑队22日正式上岗执勤。\n\n"
        "铁骑队员配备了与警车标识一致的新式警用摩托车。\n"
    )
    article = parse_issue(text)[-1]
    assert (article.kicker, article.headline, article.subtitle) == (None, "首都交警铁骑队首批队员执勤", None)
    assert article.dateline == "本报北京10月22日电"
    assert [r.name for r in article.reporters] == ["王昊男"]
    assert article.paragraphs[0].startswith("北京公安交管部门")
    assert "runs on into the text" in explain_issue(text)


def test_a_short_series_kicker_over_two_reports_stays_with_the_second() -> None:
    # Two short reports in a row under the same label (一季度): the label is the second one's kicker, not a jump line.
    text = (
        "一季度\n\n我国造船完工量同比增46%\n\n"
        "本报北京5月9日电  （记者刘志强、王政）记者从工业和信息化部获悉：今年一季度，我国造船完工量同比增长46.0%。\n\n"
        "今年以来，我国船舶工业在科技创新、生产经营方面取得一系列进展。\n\n"
        "一季度\n\n网上商品和服务零售额同比增8%\n\n"
        "本报北京5月9日电  （记者罗珊珊）记者从商务部获悉：今年一季度，我国电子商务保持较快增长。\n"
    )
    first, second = parse_issue(text)
    assert first.paragraphs[-1] == "今年以来，我国船舶工业在科技创新、生产经营方面取得一系列进展。"
    assert (second.kicker, second.headline) == ("一季度", "网上商品和服务零售额同比增8%")


def test_a_numbered_section_head_stays_in_its_document() -> None:
    # A notice printed in full: its numbered sections (一、…（149名）) divide the document, they open no article.
    text = (
        "第10版：公告\n\n关于全国“两优一先”拟表彰对象的公示\n\n"
        "　　今年是中国共产党成立105周年。党中央决定，表彰一批全国优秀共产党员、全国优秀党务工作者和全国先进基层党组织。\n\n"
        "　　为充分发扬民主，广泛听取意见，接受社会监督，现将有关拟表彰对象情况予以公示。\n\n"
        "中共中央组织部\n\n2026年6月1日\n\n全国优秀共产党员、全国优秀党务工作者和全国先进基层党组织拟表彰对象名单\n\n"
        "一、全国优秀共产党员拟表彰对象（149名）\n\n北京\n\n吴建平  中关村实验室主任，中国工程院院士\n\n"
        "赵晋荣  北方华创科技集团股份有限公司董事长、执行委员会主席\n"
    )
    article = parse_issue(text)[0]
    assert article.headline == "关于全国“两优一先”拟表彰对象的公示"
    assert "一、全国优秀共产党员拟表彰对象（149名）" in article.paragraphs
    assert "a numbered section head" in explain_issue(text)


def test_a_column_of_news_in_brief_is_one_article() -> None:
    # 环球扫描: the column's name over item titles, each with a wire dateline; the correspondent's own report after
    # it (本报讯 (记者 X)) stands on its own.
    text = (
        "第15版：国际\n\n环球扫描\n\n第十三届世界城市论坛在阿塞拜疆拉开帷幕\n\n"
        "　　据新华社巴库5月17日电  （记者钟忠）第十三届世界城市论坛17日在阿塞拜疆首都巴库开幕。\n\n"
        "　　本届论坛将举行500多场会议和活动，涵盖开闭幕式、大会、对话会、特别会议等。\n\n"
        "日本民调：过半受访者反对解禁杀伤性武器出口\n\n"
        "　　新华社东京5月17日电  （记者陈泽安、梁晨）根据日本媒体近日公布的最新民调，过半受访者表示反对。\n\n"
        "　　日本政府4月21日通过内阁决议，完成了对“防卫装备转移三原则”及其运用指南的修订。\n\n"
        "英国清洁能源发电量再创新高\n\n发电设施和电网基础设施建设仍待加强\n\n"
        "　　本报讯 (记者 许立群) 英国能源安全和净零排放部近期发布的最新《能源趋势》报告显示，清洁能源发电量创新高。\n\n"
        "　　从结构来看，风电是英国可再生能源的主力。\n"
    )
    column, report = parse_issue(text)
    assert (column.kicker, column.headline) == (None, "环球扫描")
    assert column.paragraphs[0] == "第十三届世界城市论坛在阿塞拜疆拉开帷幕"
    assert "日本民调：过半受访者反对解禁杀伤性武器出口" in column.paragraphs
    assert column.paragraphs[1].startswith("据新华社巴库5月17日电")
    assert "英国清洁能源发电量再创新高" in (report.kicker, report.headline)
    assert "a column of news in brief" in explain_issue(text)


@pytest.mark.parametrize(
    ("foot", "box"),
    [
        # Staff credits at the foot of a page are a box of their own (so the truth has it), headed by the first line.
        (
            ["本版责编\u3000张彦春  刘涓溪  王  博", "版式设计\u3000\u3000蔡华伟  张丹峰"],
            "本版责编\u3000张彦春  刘涓溪  王  博",
        ),
        # A data credit closes the article above it.
        (["数据来源：北辰经济技术开发区管理委员会"], None),
    ],
)
def test_a_heading_block_does_not_run_on_across_a_page_header(foot: list[str], box: str | None) -> None:
    text = (
        "第14版：特别报道\n\n推动媒体融合从“物理整合”迈向“化学反应”\n\n"
        "　　咸宁地处长江之滨、湖北南部，是享誉全国的“桂花之乡”“茶叶之乡”。\n\n"
        "　　以融合提效能、以创新强动能、以生态聚合力，今后，我们将继续探索。\n\n"
        + "\n\n".join(foot)
        + "\n\n人民日报 2026年6月12日 第15版 特别报道\n\n坚持创新  塑造主流舆论新格局\n\n"
        "——二〇二六媒体融合发展论坛发言摘编\n\n"
        "　　地市级媒体如何跳出地域局限，把资源优势转化为传播优势、产业优势？\n"
    )
    articles = parse_issue(text)
    last = articles[-1]
    assert (last.headline, last.subtitle, last.page) == (
        "坚持创新  塑造主流舆论新格局",
        "——二〇二六媒体融合发展论坛发言摘编",
        15,
    )
    if box is None:
        assert len(articles) == 2 and articles[0].paragraphs[-1] == foot[0]
    else:
        assert len(articles) == 3 and (articles[1].headline, articles[1].paragraphs) == (box, tuple(foot[1:]))


def test_a_question_at_a_press_conference_is_text() -> None:
    # A question cut short by a break looks like a heading line; a turn of a press conference (X记者：) never is one.
    text = (
        "王毅在十三届全国人大三次会议举行的视频记者会上\n\n就中国外交政策和对外关系回答中外记者提问\n\n"
        "　　本报北京5月24日电  十三届全国人大三次会议24日举行视频记者会，邀请国务委员兼外交部长王毅回答提问。\n\n"
        "　　王毅：半岛核问题解决思路已经明确，那就是坚持无核化与和平机制“双轨并进”。\n\n"
        "　　澎湃新闻记者：中方是否担心涉台问题将对中美关系产生进一\n\n"
        "　　步负面影响？\n\n"
        "　　王毅：2300万台湾民众是我们的骨肉同胞，我们始终关心台湾岛内的疫情变化。\n"
    )
    (article,) = parse_issue(text)
    assert article.paragraphs[-2] == "澎湃新闻记者：中方是否担心涉台问题将对中美关系产生进一步负面影响？"


def test_a_title_under_a_page_header_with_its_subtitle_and_byline() -> None:
    # 2026 layout: a lone line at a page's foot (本版邮箱) closes the article above; padded heading words under the
    # page header (山高水远  忠诚作答) head the next text, a —— line under them is the subtitle, then the byline.
    text = (
        "欢迎赐稿\n\n各位读者，本版“大家谈”“暖闻热评”“中国道路中国梦”“来论”等栏目长期征稿，欢迎踊跃投稿。\n\n"
        "本版邮箱：rmrbpl@peopledaily.cn（来稿请注明栏目名）\n\n人民日报 2026年5月8日 第06版 要闻\n\n"
        "山高水远  忠诚作答\n\n——记独龙江边境派出所的戍边岁月\n\n本报记者  张天培\n\n"
        "高黎贡山云雾翻涌，独龙江水奔腾不息。在云南贡山独龙族怒族自治县独龙江乡，有一支戍边队伍扎根于此七十四载。\n\n"
        "独龙族，是我国人口较少民族之一，更是经历“一步跨千年”奇迹的民族。\n"
    )
    notice, report = parse_issue(text)
    assert notice.paragraphs[-1] == "本版邮箱：rmrbpl@peopledaily.cn（来稿请注明栏目名）"
    assert (report.kicker, report.headline, report.subtitle) == (
        None,
        "山高水远  忠诚作答",
        "——记独龙江边境派出所的戍边岁月",
    )
    assert [r.name for r in report.reporters] == ["张天培"]
    assert report.page == 6


def test_a_note_folded_back_from_a_heading_runs_on_inside_its_bracket() -> None:
    # A document's closing note broken over two lines, read as heading lines and folded back into the text: the
    # first line stops inside its bracket, so the two are one paragraph.
    text = (
        "行政法规制定程序条例\n\n"
        "　　第一条  为了规范行政法规制定程序，保证行政法规质量，根据宪法、立法法，制定本条例。\n\n"
        "　　第四十条  本条例自2026年7月1日起施行。\n\n"
        "（新华社北京5月19日电）\n\n"
        "（2001年11月16日中华人民共和国国务院令第321号公布  根据2017年12月22日《国务院关于修改〈\n\n"
        "行政法规制定程序条例〉的决定》修订  2026年5月15日中华人民共和国国务院令第838号第二次修订）\n"
    )
    article = parse_issue(text)[0]
    assert article.paragraphs[-1] == (
        "（2001年11月16日中华人民共和国国务院令第321号公布  根据2017年12月22日《国务院关于修改〈"
        "行政法规制定程序条例〉的决定》修订  2026年5月15日中华人民共和国国务院令第838号第二次修订）"
    )


def test_a_pages_staff_credit_heads_a_box_of_its_own() -> None:
    # The foot of a 2026 page: the essay ends, then the page's editor, its mailbox and a call for contributions.
    text = (
        "第20版：副刊\n\n重庆的坡\n\n"
        "　　扶梯载着老人缓缓前行。他朝我挥了挥手，身影慢慢融进满城灯火里。\n\n"
        "　　我忽然想起当年在神女大道爬得直喘粗气的朋友，便打开微信，给他发去一条消息。\n\n"
        "本版责编：张  健\n\n本版邮箱 dadi@peopledaily.cn\n\n欢迎广大读者来稿。来稿要求为原创首发，非一稿多投。\n"
    )
    essay, box = parse_issue(text)
    assert essay.paragraphs[-1].startswith("我忽然想起")
    assert (box.headline, box.paragraphs) == (
        "本版责编：张  健",
        ("本版邮箱 dadi@peopledaily.cn", "欢迎广大读者来稿。来稿要求为原创首发，非一稿多投。"),
    )


@pytest.mark.parametrize("credit", ["版式设计：张丹峰", "版式设计  张丹峰", "版式设计\u00a0\u00a0张丹峰"])
def test_a_title_after_a_layout_credit_opens_the_next_article(credit: str) -> None:
    # 2019 layout: a feature ends on its photo credit and layout credit (新华社发 / 版式设计：X); the sidebar printed
    # after it is an article of its own, though it has no byline.  The credit is set with a colon or with a gap
    # (版式设计  张芳曼, People's Daily 2026-06-24).
    text = (
        "第11版：要闻\n\n疫情防控到位  有序复工复产（人民眼·有序复工复产）\n\n"
        "突如其来的新冠肺炎疫情，给经济社会带来较大冲击。各地正在有序推动复工复产。\n\n"
        f"图④：在广东深圳市宝龙工业园，志愿者用无人机进行防疫消杀。\n\n新华社发\n\n{credit}\n\n"
        "一家外企的信心\n\n"
        "目送3辆装满货物的集装箱车驶出工厂，青岛福生食品有限公司总经理钟玉华长舒了一口气。\n\n"
        "福生公司是日商独资企业，上世纪末就扎根山东胶州市，主要从事冷冻蔬菜、海鲜产品加工。\n"
    )
    feature, sidebar = parse_issue(text)
    assert feature.paragraphs[-1] == credit
    assert sidebar.headline == "一家外企的信心"
    assert "ends on its layout credit" in explain_issue(text)


@pytest.mark.parametrize(
    ("title", "document"),
    [
        ("中华人民共和国监狱法", True),
        ("行政法规制定程序条例", True),
        ("关于全国“两优一先”拟表彰对象的公示", True),
        ("2024—2025学年度中等职业教育国家奖学金获奖学生代表名录", True),
        ("中华人民共和国和俄罗斯联邦关于进一步加强全面战略协作、深化睦邻友好合作的联合声明", True),
        ("国家人权行动计划（2026—2030年）", True),
        ("澳大利亚队公布附加赛名单", False),  # a report on a list, not the list
        ("哈萨克斯坦启动经济复苏计划", False),
        ("把法治资源转化为发展优势（法治头条）", False),
        ("5月份我国降水量为近10年同期最多", False),
    ],
)
def test_document_titles(title: str, document: bool) -> None:
    assert is_document_title(title) is document


@pytest.mark.parametrize(
    ("line", "inside"),
    [
        ("湖南", True),
        ("第一章\u00a0\u00a0总\u00a0\u00a0则", True),
        ("第四节  监狱服刑罪犯的权利和义务", True),
        ("姜  涛  中国人民解放军91278部队政治工作部副主任", True),
        ("习近平             弗·弗·普京", True),
        ("中华人民共和国主席  习近平", True),
        ("电话：010—12380", True),
        ("2026年5月15日", True),
        ("阿热孜古丽·吾斯曼", True),
        ("许红艳（女）", True),
        ("为“一国两制”筑牢安全堤坝", False),
        ("坚持创新  塑造主流舆论新格局", False),
        ("风雨无阻 奋勇前行", False),
    ],
)
def test_document_lines(line: str, inside: bool) -> None:
    assert _document_line(line) is inside


def test_a_list_inside_a_document_opens_no_article() -> None:
    # A notice printed in full: province labels and name lines of its list open no article; a report with a
    # dateline after it does.
    names = "".join(
        f"{n}  {p}省{t}村党支部书记\n\n" for n, p, t in (("闵洪艳", "湖北", "堰河"), ("翁新强", "湖北", "小新川"))
    )
    text = (
        "第10版：公告\n\n关于全国“两优一先”拟表彰对象的公示\n\n"
        "今年是中国共产党成立105周年。党中央决定，表彰一批全国优秀共产党员、全国优秀党务工作者和全国先进基层党组织。\n\n"
        "为充分发扬民主，广泛听取意见，接受社会监督，现将有关拟表彰对象情况予以公示。\n\n"
        "一、全国优秀共产党员拟表彰对象（149名）\n\n湖北\n\n" + names + "许红艳（女）\n\n"
        "湖北省鄂州市鄂城区凤凰街道菜园头社区党委书记、居委会主任\n\n湖南\n\n"
        "董敏芳（女）  湖南省岳阳县筻口镇丰瑞农机专业合作社党支部书记、理事长\n\n"
        "龙  兵  湖南省桃源县陬市现代物流产业园联合党支部书记、货车司机\n\n"
        "5月份我国降水量为近10年同期最多\n\n"
        "本报北京5月31日电  （记者蒋雪鸿）记者从中国气象局获悉：5月以来，我国降水量为近10年同期最多。\n\n"
        "5月全国平均降水量70.9毫米，较常年同期偏多16.3%，为近10年同期最多。\n"
    )
    notice, report = parse_issue(text)
    assert notice.headline == "关于全国“两优一先”拟表彰对象的公示"
    assert "湖南" in notice.paragraphs and "许红艳（女）" in notice.paragraphs
    assert notice.paragraphs[-1].startswith("龙  兵")
    assert report.headline == "5月份我国降水量为近10年同期最多"


def test_a_letter_with_its_date_and_sign_off_is_one_article() -> None:
    # Page one prints a reply letter under the report's headings: 回  信, the letter, the signature, its date, the
    # wire's sign-off, then the report. The label is text, and the date and sign-off open no article.
    text = (
        "第01版：要闻\n\n习近平回信勉励中共一大纪念馆、南湖革命纪念馆少先队红领巾讲解员\n\n"
        "传承红色基因增长知识本领 在新征程上跑好历史接力赛\n\n回  信\n\n"
        "中共一大纪念馆、南湖革命纪念馆少先队红领巾讲解员：\n\n"
        "来信收到了。得知你们在一大会址和南湖红船旁，用心用情讲述党的历史、革命故事，我很高兴。\n\n"
        "“六一”国际儿童节就要到了，祝你们和全国的小朋友们节日快乐！\n\n习近平\n\n2026年5月30日\n\n"
        "（新华社北京5月31日电）\n\n"
        "在“六一”国际儿童节即将到来之际，中共中央总书记、国家主席、中央军委主席习近平给讲解员们回信。\n"
    )
    (article,) = parse_issue(text)
    assert article.paragraphs[0] == "回  信"
    assert "2026年5月30日" in article.paragraphs
    assert article.paragraphs[-1].startswith("在“六一”国际儿童节即将到来之际")


def test_a_joint_statement_under_a_short_report_opens_its_own_article() -> None:
    # A joint statement printed in full right under a short wire report on the same page: its title opens an article.
    text = (
        "第02版：要闻\n\n习近平同俄罗斯总统普京共同参观图片展\n\n"
        "新华社北京5月20日电  （记者杨依军）5月20日晚，国家主席习近平同俄罗斯总统普京共同参观图片展。\n\n"
        "蔡奇、丁薛祥、王毅参加。\n\n"
        "中华人民共和国和俄罗斯联邦关于进一步加强全面战略协作、深化睦邻友好合作的联合声明\n\n"
        "应中华人民共和国主席习近平邀请，俄罗斯联邦总统普京于2026年5月19日至20日对中华人民共和国进行国事访问。\n\n"
        "中华人民共和国和俄罗斯联邦（以下称“双方”），声明如下：\n"
    )
    report, statement = parse_issue(text)
    assert report.paragraphs[-1] == "蔡奇、丁薛祥、王毅参加。"
    assert statement.headline.endswith("联合声明")
    assert "a document's title" in explain_issue(text)


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # A document's title takes no headline: a plain line under it is its text, cut by a break.
        ("2024—2025学年度中等职业教育国家奖学金获奖学生代表名录", "职业教育是我国教育体系"),
    ],
)
def test_a_plain_line_under_a_document_title_is_its_text(heading: str, text: str) -> None:
    issue = (
        f"第08版：公告\n\n{heading}\n\n{text}\n\n"
        "中的重要组成部分，是培养高素质技能型人才的基础工程。党和国家高度重视职业教育发展。\n\n"
        "经过严格选拔和评审，全国约2万名中职学生荣获国家奖学金。\n\n徐克玲\n\n"
        "北京市商业学校2023级会计事务专业学生，共青团员。\n\n阿热孜古丽·吾斯曼\n\n"
        "新疆维吾尔自治区阿克苏技师学院2022级服装设计与制作专业学生，维吾尔族，共青团员。\n"
    )
    (article,) = parse_issue(issue)
    assert (article.kicker, article.headline) == (None, heading)
    assert article.paragraphs[0].startswith(text + "中的重要组成部分")
    assert "阿热孜古丽·吾斯曼" in article.paragraphs


@pytest.mark.parametrize(
    "title",
    ["内蒙古自治区人大常委会出台乌兰牧骑条例", "国务院联防联控机制印发通知"],
)
def test_a_report_on_a_document_is_not_its_title(title: str) -> None:
    assert not is_document_title(title)


@pytest.mark.parametrize(
    ("lines", "headline"),
    [
        (["疫情当前，这些保险有用处（新看点）"], True),
        (["经济全球化是人类社会发展必经之路（大家手笔）"], True),
        (["去年农村消费增速快于城镇（链接）"], False),  # a box inside the feature above
        (["老船长的记事本（记者手记）"], False),
        (["马逢国代表（全国人大香港代表团团长）"], False),
        (["四川凉山三河村", "精准扶贫“瓦吉瓦”（好得很）"], False),  # a gloss on a quoted word
        (["集体事迹精选", "★哈尔滨市侵华日军第七三一部队罪证陈列馆巾帼团队（女职工集体）"], False),
    ],
)
def test_a_headline_with_its_column_name(lines: list[str], headline: bool) -> None:
    draft = _Draft(list(lines), None, None, head_ids=list(range(len(lines))))
    assert _column_headline(draft) is headline


def test_a_headline_with_its_column_name_opens_an_article() -> None:
    # Two commentaries one under the other on a 2019 page: the second's headline carries its column's name.
    text = (
        "第19版：经济\n\n抗疫情保民生两手抓（多棱镜）\n\n"
        "防控新冠肺炎疫情阻击战还在持续，复工复产、“两条线”作战的压力可想而知。\n\n"
        "疫情冲击只是短期的，总有云开雾散的那一天。苦寒过后的报春花，正在孕育怒放的蓓蕾……\n\n"
        "疫情当前，这些保险有用处（新看点）\n\n"
        "防控新冠肺炎疫情，许多人关心：对于普通居民和企业来说，哪些商业保险能提供保障呢？\n\n"
        "日前，银保监会发文要求，加大对疫情防控的保险保障。\n"
    )
    first, second = parse_issue(text)
    assert first.paragraphs[-1].endswith("正在孕育怒放的蓓蕾……")
    assert second.headline == "疫情当前，这些保险有用处（新看点）"


def test_a_section_title_under_its_bare_number_stays_in_the_feature() -> None:
    # A long economic survey numbers its sections on lines of their own (（一）) with a title under each.
    text = (
        "第02版：要闻\n\n努力实现“十五五”良好开局\n\n——今年以来中国经济观察\n\n"
        "“十五五”规划纲要恢宏起笔，神州大地涌动高质量发展的澎湃热潮。\n\n"
        "今年以来，我国经济运行起步平稳、稳中有进。\n\n（一）\n\n"
        "京雄定制快巴、京津首条跨城公交陆续开通运行……河北雄安新区\n\n"
        "日新月异，京津冀一体化加速链接。\n\n"
        "协同发展不断走深走实，区域经济布局持续优化。\n"
    )
    (article,) = parse_issue(text)
    assert "（一）" in article.paragraphs
    assert article.paragraphs[-1] == "协同发展不断走深走实，区域经济布局持续优化。"


def test_pieces_presented_by_an_editors_note_stay_in_the_feature() -> None:
    # A feature of short essays: an editor's note (——编  者) presents them; each has a title and its writer's name.
    piece = "童年是美好的，也是纯真的。可惜，童年一去不返。然而，人的想象有无限的力量。\n\n我的故乡缺水，没有大河。\n\n"
    text = (
        "第20版：副刊\n\n假如回到童年\n\n"
        "假如能够回到童年，重新做个孩子，你希望度过怎样的时光？本版邀请几位作者写下他们的心愿。\n\n——编\u00a0\u00a0者\n\n"
        "重新做一个草原上的男孩\n\n高洪波\n\n" + piece + "找到火种\n\n陶\u00a0\u00a0勇\n\n" + piece
    )
    (feature,) = parse_issue(text)
    assert feature.headline == "假如回到童年"
    assert "找到火种" in feature.paragraphs and "陶\u00a0\u00a0勇" in feature.paragraphs


def test_a_titled_and_signed_piece_joins_the_feature_its_editors_note_presents() -> None:
    feature_paras = [
        "假如能够回到童年，你希望度过怎样的时光？",
        "——编\u00a0\u00a0者",
        "重新做一个草原上的男孩",
        "高洪波",
    ]
    feature_paras += ["童年是美好的，也是纯真的。", "我的故乡缺水，没有大河。"]
    feature = _Draft(["假如回到童年"], 20, "副刊", paragraphs=list(feature_paras))
    lines = ["找到火种", "陶\u00a0\u00a0勇", "如果有人问，10岁那年的春天到底发生了什么，我的记忆会越过层层叠叠的时光。"]
    labels = [Label(Block(k, 2 * k + 1, t, False), "heading", "", 2) for k, t in enumerate(lines)]
    piece = _Draft(["找到火种"], 20, "副刊", paragraphs=[lines[2]], head_ids=[0], para_ids=[2])
    piece.byline, piece.byline_block = lines[1], True
    assert _sibling_essay(feature, piece, labels)
    assert piece.headings == ["找到火种", "陶\u00a0\u00a0勇"] and piece.byline is None
    # Without the editor's note the same piece is an essay of its own (a supplement page of signed essays).
    alone = _Draft(["假如回到童年"], 20, "副刊", paragraphs=[p for p in feature_paras if "编" not in p])
    piece = _Draft(["找到火种"], 20, "副刊", paragraphs=[lines[2]], head_ids=[0], para_ids=[2])
    piece.byline, piece.byline_block = lines[1], True
    assert not _sibling_essay(alone, piece, labels)


def test_a_digest_of_speeches_is_one_article() -> None:
    # 发言摘编: the digest's title, then each contribution's title and the speaker's post and name, set apart.
    text = (
        "第08版：理论\n\n社科界学习贯彻习近平文化思想座谈会发言摘编\n\n"
        "运用“古今中外法”深化党的创新理论学理化研究阐释\n\n中央党校（国家行政学院）副校长（副院长）  李文堂\n\n"
        "习近平文化思想是新时代党领导文化建设实践经验的理论总结。\n\n要坚持运用“古今中外法”深化研究阐释。\n\n"
        "以学术创新服务文化强国建设\n\n中国社会科学院副院长  王灵桂\n\n"
        "新时代新征程，哲学社会科学工作者肩负着重要使命。\n\n要在服务强国建设、民族复兴伟业中展现学术担当。\n"
    )
    (digest,) = parse_issue(text)
    assert (digest.kicker, digest.headline) == (None, "社科界学习贯彻习近平文化思想座谈会发言摘编")
    assert digest.paragraphs[0] == "运用“古今中外法”深化党的创新理论学理化研究阐释"
    assert "以学术创新服务文化强国建设" in digest.paragraphs


def test_reports_under_two_line_titles_presented_by_an_editors_note_stay_in_the_feature() -> None:
    note = ["5月30日是全国科技工作者日。本版推出特别报道。", "——编\u00a0\u00a0者"]
    first = [
        "零下40多摄氏度，南极秦岭站",
        "严寒极地，填补观测空白",
        "本报记者\u00a0\u00a0刘诗瑶",
        "南极冰原，白雪皑皑。",
    ]
    feature = _Draft(["攀高峰  探险远  觅新知"], 6, "要闻", paragraphs=note + first + ["王焘说。"])
    lines = ["地下2400米，锦屏地下实验室", "极深地下，搜寻宇宙暗物质", "本报记者\u00a0\u00a0吴\u00a0\u00a0月"]
    labels = [Label(Block(k, 2 * k + 1, t, False), "heading", "", 2) for k, t in enumerate(lines)]
    section = _Draft(lines[:2], 6, "要闻", paragraphs=["来到地下2400米，科研工作者在这里做什么？"], head_ids=[0, 1])
    section.byline, section.byline_block = lines[2], True
    assert _sibling_essay(feature, section, labels)
    assert section.headings == lines
    # A box under a column's name after such a feature stands on its own.
    box = _Draft(["年轻人为何越来越爱过传统节日（编辑手记）"], 6, "要闻", paragraphs=["……"], head_ids=[0])
    box.byline, box.byline_block = "王  伟", True
    assert not _sibling_essay(feature, box, labels)


def test_sections_of_a_series_under_one_title_stay_in_it() -> None:
    # 2019 layout: a series title over its first section's kicker (……——) and title, then more such sections,
    # each with its reporter's byline. The series title alone is the headline.
    lines = [
        "全力奋战 英勇奋战 团结奋战",
        "武汉肺科医院呼吸科主任杜荣辉——",
        "医院里最忙的人",
        "本报记者 程远州",
        "“现在必须要尽快隔离所有的确诊和疑似患者。”这是她的建议。",
        "湖南长沙市望城区妇联志愿服务队——",
        "雷锋故乡的“爱心妈妈”",
        "本报记者 孙超",
        "“爱心妈妈”们每周都去看望孩子们。",
    ]
    labels = [Label(Block(k, 2 * k + 1, t, False), "heading", "", 1) for k, t in enumerate(lines)]
    series = _Draft(lines[:3], 6, "要闻", paragraphs=[lines[4]], head_ids=[0, 1, 2], para_ids=[4])
    series.para_pages = [(6, "要闻")]
    series.byline, series.byline_block = lines[3], True
    section = _Draft(lines[5:7], 6, "要闻", paragraphs=[lines[8]], head_ids=[5, 6], para_ids=[8])
    section.byline, section.byline_block = lines[7], True
    assert _umbrella_section(series, section, labels)
    assert series.headings == [lines[0]] and series.paragraphs[:3] == lines[1:4]
    assert section.headings == lines[5:8] and section.byline is None


def test_messages_an_editors_note_presents_stay_in_the_collection() -> None:
    # 我们的心声: an editor's note, then messages, each under a title and the writer's name with a post in brackets.
    text = (
        "第20版：副刊\n\n同舟共济 众志成城（我们的心声）\n\n"
        "编者按：新冠肺炎疫情发生后，广大作家纷纷以文学的方式表达心声。本版特刊发部分作家的寄语。\n\n"
        "同心驱疠鬼，众志筑长城。\n\n期待你们平安回家\n\n扎西达娃（西藏文联、西藏作协主席）\n\n"
        "寄语全国支援武汉的广大医护人员：期待不久的那一天，我们放心出门，你们平安回家！\n\n"
        "我们一定能战胜疫情\n\n刘慈欣（山西作协副主席）\n\n"
        "病毒带来的传染病曾经对人类历史产生重大而深刻的影响，也成为我们今天和未来必须面对的挑战。\n"
    )
    (collection,) = parse_issue(text)
    assert collection.headline == "同舟共济 众志成城（我们的心声）"
    assert "刘慈欣（山西作协副主席）" in collection.paragraphs


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("本版邮箱：rmrbpl", True),  # the address cut before its @
        ("栏目投稿邮箱：yxxz8494@163.", True),  # cut on the dot
        ("本版邮箱：dadi@peopledaily.cn", False),  # whole
        ("@peopledaily.cn（来稿请注明栏目名）", False),
        ("电子邮箱：x@qq.com。", False),
    ],
)
def test_a_mailbox_line_cut_inside_its_address_goes_on(text: str, open_: bool) -> None:
    assert leaves_open(text) is open_


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("本版邮箱：rmrbpl@peopledaily.cn（来稿请注明栏目名）", False),
        ("本版邮箱 dadi@peopledaily.cn", False),
        ("以实干担当书写无悔青春", True),
    ],
)
def test_a_mailbox_line_is_no_heading(text: str, title: bool) -> None:
    assert _title_like(text) is title


def test_a_break_inside_a_mailbox_address_does_not_take_the_next_pages_headline() -> None:
    # The foot of a commentary page (欢迎赐稿 ... 本版邮箱：rmrbpl / @peopledaily.cn) runs straight into the next page's
    # first article, with no page header between: the address is one line, and the title under it opens an article.
    text = (
        "欢迎赐稿\n\n"
        "各位读者，本版“大家谈”“来论”等栏目长期征稿，欢迎踊跃投稿。\n\n"
        "本版邮箱：rmrbpl\n\n@peopledaily.cn（来稿请注明栏目名）\n\n"
        "以实干担当书写无悔青春\n\n"
        "在五四青年节到来之际，习近平总书记给中国青年五四奖章暨新时代青年先锋奖获奖者代表回信。\n\n"
        "本报记者走近4位获奖者代表，聆听他们胸怀远大理想、矢志拼搏奋斗的故事。\n"
    )
    box, feature = parse_issue(text)
    assert box.paragraphs[-1] == "本版邮箱：rmrbpl@peopledaily.cn（来稿请注明栏目名）"
    assert feature.headline == "以实干担当书写无悔青春"


def test_a_title_over_a_dateline_opens_a_report_after_a_text() -> None:
    # A short report set under the one before with no page break (雨水至，多地迎降雨): its title was read as a line of
    # the text above, but a dateline under it (本报北京2月19日电) opens a report.
    text = (
        "我国将对船舶水污染物加强联合监管\n\n"
        "本报北京2月19日电  （记者张三）交通运输部等四部门近日联合印发通知，加强船舶水污染物联合监管。\n\n"
        "通知要求，各地要加强信息平台整合和数据资源共享，提升联合监管能力。\n\n"
        "雨水至，多地迎降雨\n\n"
        "本报北京2月19日电  （记者李四）今天是雨水节气，中央气象台预计，南方多地有中到大雨。\n\n"
        "气象专家提醒，公众出行注意防范。\n"
    )
    first, second = parse_issue(text)
    assert first.paragraphs[-1].startswith("通知要求")
    assert second.headline == "雨水至，多地迎降雨"


def test_items_of_a_roundup_keep_their_datelines_in_it() -> None:
    # A column of short reports (环球扫描) opens its text on an item's title; the next item's title over its dateline
    # is one more item, not an article.
    text = (
        "环球扫描\n\n"
        "印尼发现二战时期炸弹\n\n"
        "新华社雅加达5月31日电  印尼警方31日说，在一处工地发现一枚二战时期的炸弹。\n\n"
        "印尼多地至今仍遗留大量二战时期未引爆的炸弹。\n\n"
        "航空业前景不佳\n\n"
        "新华社日内瓦6月1日电  国际航空运输协会1日发布报告，下调全球航空业利润预期。\n"
    )
    (roundup,) = parse_issue(text)
    assert roundup.headline == "环球扫描"
    assert "航空业前景不佳" in roundup.paragraphs


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        ("本报北京2月19日电  （记者赵贝佳）今天是雨水节气。", True),
        ("新华社新加坡5月31日电  （记者王嘉伟、舒畅）日本防卫大臣……", True),
        ("本报记者走近4位获奖者代表，聆听他们的故事。", False),
        ("据新华社电，近日……", False),
    ],
)
def test_an_agencys_dateline_opens_a_report(first: str, lead: bool) -> None:
    assert bool(_AGENCY_LEAD.match(first)) is lead


@pytest.mark.parametrize(
    ("headings", "paragraphs", "roundup"),
    [
        (["环球扫描"], ["印尼发现二战时期炸弹", "新华社雅加达5月31日电  印尼警方31日说……"], True),
        (["2019春运一线"], ["能帮就帮", "本报记者  王某"], True),  # opens on an item's title
        (["我国将对船舶水污染物加强联合监管"], ["本报北京2月19日电  交通运输部等四部门近日联合印发通知。"], False),
        # A long feature whose text opens on a figure (63%) is no round-up.
        (
            ["交出一份高质量发展的答卷（在习近平新时代中国特色社会主义思想指引下）"],
            ["63%", "江苏深入实施创新驱动战略。"],
            False,
        ),
    ],
)
def test_the_shape_of_a_roundup(headings: list[str], paragraphs: list[str], roundup: bool) -> None:
    assert _roundup_shape(_Draft(headings, None, None, paragraphs=paragraphs)) is roundup


def _signed(paragraphs: list[str], headings: list[str], under: list[str]) -> bool:
    prev = _Draft(["我在南极过春节（我的春节印象）"], None, None, paragraphs=paragraphs)
    cand = _Draft(headings, None, None, paragraphs=under, proposed=True)
    return _after_signed_piece(prev, cand, _segment(cand))


@pytest.mark.parametrize(
    ("paragraphs", "headings", "under", "opens"),
    [
        # A signed piece, then the next article's title over plain text.
        (
            ["今年，我将在南极度过第三个春节。", "（作者为中国极地研究中心博士后，本报记者刘诗瑶整理）"],
            ["准备小家的年 筹备大家的年"],
            ["组织节目排练，协调服装道具，到其他村屯考察好节目……"],
            True,
        ),
        # One voice of a collection: the text opened on its own title, and a writer's name stands under the next.
        (
            ["中国各个地方都散发着前进的活力", "（摩洛哥）阿齐兹·梅库阿尔", "（作者为摩洛哥驻华大使）"],
            ["中国将创造更多绿色发展奇迹"],
            ["我第一次来中国是在……"],
            False,
        ),
        # A box or a section under a label inside the feature.
        (["日前，全球最大打桩船投产。", "（本报记者姚雪青整理）"], ["■记者手记"], ["系统集成，实现多元需求。"], False),
        (["季羡林先生为学堂庑之大。", "（作者为中国社会科学院研究员）"], ["编辑手记"], ["一粒糖里的文明观。"], False),
        (["身着橘黄色工装。", "（本报记者巨云鹏采访整理）"], ["入党为什么？甘肃省陇南市快递员包继鹏——"], ["……"], False),
        # No writer's credit: the model decides.
        (["今年，我将在南极度过第三个春节。", "大家都很想家。"], ["准备小家的年"], ["组织节目排练。"], False),
    ],
)
def test_a_title_after_a_signed_piece(
    paragraphs: list[str], headings: list[str], under: list[str], opens: bool
) -> None:
    assert _signed(paragraphs, headings, under) is opens


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("（作者为中国极地研究中心博士后，本报记者刘诗瑶整理）", True),
        ("（作者单位：河北北方学院）", True),
        ("（本报记者王明峰整理）", True),
        ("（摘自10月29日在2019媒体融合发展论坛上的致辞）", True),
        ("（本系列评论到此结束）", True),
        ("（本报记者刘志强、韩俊杰、刘诗瑶）", True),
        ("（相关报道见第四版）", False),
        ("（记者手记）", False),
    ],
)
def test_a_writers_credit_ends_a_piece(line: str, credit: bool) -> None:
    assert bool(_WRITER_CREDIT.match(line)) is credit


@pytest.mark.parametrize(
    ("label", "call"),
    [
        ("欢迎赐稿", True),
        ("征  集", True),
        ("征稿启事", True),
        ("欢迎来稿", True),
        ("征集令发布", False),
        ("报名方式", False),
    ],
)
def test_a_call_for_contributions_is_a_box_of_its_own(label: str, call: bool) -> None:
    assert _call_for_contributions(_Draft([label], 5, "评论", paragraphs=["各位读者……"])) is call


def test_the_call_for_contributions_under_a_commentary_stands_apart() -> None:
    # The foot of a commentary page: the call for contributions, set as a box, is not the commentary's last section.
    text = (
        "第05版：评论\n\n在重拾耕读中感悟知行合一（人民时评）\n\n"
        "走出教室、走进田野，播种施肥、采茶制茶，耕读教育正在多地校园兴起。\n\n"
        "让学生在田地感受四季轮回更替，在村庄读懂时代变迁，耕读教育的价值与潜力难以估量。\n\n"
        "欢迎赐稿\n\n各位读者，本版“大家谈”“暖闻热评”“来论”等栏目长期征稿，欢迎踊跃投稿。\n\n"
        "本版邮箱：rmrbpl@peopledaily.cn（来稿请注明栏目名）\n"
    )
    commentary, box = parse_issue(text)
    assert commentary.paragraphs[-1].startswith("让学生在田地")
    assert box.headline == "欢迎赐稿"


def test_an_unfinished_kicker_over_a_title_and_a_dateline_opens_a_report() -> None:
    # 2019 page 1: a report set under a feature, its kicker a sentence with no final stop (吉林西部不缺水……变成了湿地).
    d = _Draft(
        ["交出一份高质量发展的答卷"],
        1,
        None,
        paragraphs=[
            "关闭落后低端化工企业1421家，国考断面水质优Ⅲ类比例提高10.6个百分点。",
            "吉林西部不缺水，尴尬的是曾十年九旱。一项工程，让2400平方公里土地变成了湿地",
            "河湖连通，这里四季能赏景",
            "本报长春2月13日电  （记者岳富荣、祝大伟）春节过后，查干湖上的渔工们又开始忙碌起来。",
        ],
        para_ids=[1, 2, 3, 4],
        para_pages=[(1, None)] * 4,
    )
    feature, report = _explode(d)
    assert feature.paragraphs == ["关闭落后低端化工企业1421家，国考断面水质优Ⅲ类比例提高10.6个百分点。"]
    assert report.headings == [
        "吉林西部不缺水，尴尬的是曾十年九旱。一项工程，让2400平方公里土地变成了湿地",
        "河湖连通，这里四季能赏景",
    ]
    assert report.proposed


def _seg(headings: list[str], paragraphs: list[str], page: int | None = 3) -> Segment:
    return Segment(tuple(headings), tuple(paragraphs), page, False, False)


_FEATURE_TEXT = [
    "两年前，一名15岁的苗族少年因车祸导致肝破裂，被送往贵州。",
    "县级医院有了“靠山”",
    "浙江省卫健委巡视员马伟杭说，浙江省48家医疗卫生机构参与帮扶。",
    "“组团式”援疆援藏稳步推进",
    "截至2018年底，已派出两批共300多名医疗人才。",
]
_COMMENTARY_TEXT = [
    "带量采购推动完善药品的价格发现机制，在政府主导下，以市场手段倒逼药价回归合理。",
    "说到底，带量采购推动完善药品的价格发现机制。",
]


@pytest.mark.parametrize(
    ("prev", "cur", "present", "absent"),
    [
        # A feature that already holds two subheads: the next short line is likely its third.
        (_seg(["关爱“兜底线”"], _FEATURE_TEXT), _seg(["基层服务更贴心"], ["基层卫生院……"]), ["prev_subheads=2+"], []),
        # A commentary holds none, and ends on a short closing sentence.
        (
            _seg(["药品降价和保质并非不可兼得（人民时评）"], _COMMENTARY_TEXT),
            _seg(["春天里，用力奔跑"], ["从启程返乡到出发返城，拉杆箱的声音在大街小巷响起。"]),
            ["prev_subheads=0", "prev_last:short_close", "prev_chars=1-4"],
            ["h0:halves"],
        ),
        # Two balanced halves set apart: a headline's shape.
        (
            _seg(["新春走基层"], _COMMENTARY_TEXT),
            _seg(["人民幸福安康 祖国繁荣吉祥"], ["新春在祝福声中开启。"]),
            ["h0:halves", "h0:halves|prev_subheads=0"],
            [],
        ),
        # A speaker's line is no pair of halves.
        (_seg(["来论"], _COMMENTARY_TEXT), _seg(["北京西城  于保月"], ["会议……"]), [], ["h0:halves"]),
    ],
)
def test_typesetting_features(prev: Segment, cur: Segment, present: list[str], absent: list[str]) -> None:
    feats = typesetting_features(prev, cur)
    assert set(present) <= set(feats)
    assert not set(absent) & set(feats)


@pytest.mark.parametrize(
    ("page", "expected", "unexpected"), [(None, "page=unknown", "nth=3-5"), (4, "nth=3-5", "page=unknown")]
)
def test_a_page_without_header_counts_no_articles(page: int | None, expected: str, unexpected: str) -> None:
    prev, cur = _seg(["甲"], _COMMENTARY_TEXT, page), _seg(["春天里，用力奔跑"], ["从启程返乡……"], page)
    feats = boundary_features(prev, cur, "plain", 4)
    assert expected in feats
    assert unexpected not in feats


@pytest.mark.parametrize(
    ("heading", "news"),
    [
        ("李强同孟加拉国总理会谈", True),  # a bulletin's item reports an event
        ("第四届链博会明天开幕 布展工作已全面完成", True),
        ("委内瑞拉发生7级以上强震 至少164人遇难", True),
        ("果木成廊，绿化带能看又能“吃”", False),  # a feature's section head is a phrase
        ("悉心管护，丰富城市绿化景观", False),
    ],
)
def test_a_headline_reporting_an_event_is_a_cue(heading: str, news: bool) -> None:
    prev, cur = _seg(["甲"], _COMMENTARY_TEXT), _seg([heading], ["欢迎仪式后，两国总理举行会谈。"])
    assert ("h:newsverb" in boundary_features(prev, cur, "plain", 2)) is news


def test_a_staff_box_headed_with_all_its_credits_ends_before_the_next_title() -> None:
    # People's Daily, 2026-06-24 (set flush): the labeler heads the staff box with both credit lines (本版责编 /
    # 版式设计); the credits after the first are the box's text, and the title under them opens the next article.
    text = (
        "第12版：要闻\n\n稳舵驭舟显伟力\n\n本报记者  李心萍\n\n"
        "东部沿海，超级大港星罗棋布，远洋航线通达全球；中原腹地，物流枢纽加快建设。\n\n"
        "今年是“十五五”开局之年，历史节点与发展新起点交汇，让每一份奋斗都更具时代分量。\n\n"
        "本版责编  齐志明  王东辉\n\n版式设计  张芳曼\n\n"
        "以更大力度更实举措加强基础研究  打牢科技强国建设根基\n\n"
        "4月30日，党中央召开加强基础研究座谈会，习近平总书记出席座谈会并发表重要讲话。\n\n"
        "基础研究是整个科学体系的源头，是所有技术问题的总开关。\n"
    )
    articles = parse_issue(text)
    box = next(a for a in articles if a.headline.startswith("本版责编"))
    assert box.paragraphs == ("版式设计  张芳曼",)
    assert articles[-1].headline == "以更大力度更实举措加强基础研究  打牢科技强国建设根基"
    assert articles[-1].paragraphs[0].startswith("4月30日")
