"""A photo item (a title over its caption and the photographer's credit) is an article of its own."""

from __future__ import annotations

import pytest

from etl.parse.issue import _photo_box_caption_end, _photo_item_at, parse_issue

CREDIT = "陈  玉摄（人民视觉）"
CAPTION = "5月30日，江苏宿迁市泗洪县双沟镇潼河村，淮河畔麦田里，秸秆打捆机正在将小麦秸秆打捆。"


@pytest.mark.parametrize(
    ("paras", "cut"),
    [
        # After a list's last line, which ends no sentence: still a picture's title, caption and credit.
        (
            (
                "马  瑶（女）  中国建设银行北京通州分行",
                "三、全国先进基层党组织拟表彰对象（400个）",
                "用好秸秆资源 助力绿色发展",
                CAPTION,
                CREDIT,
            ),
            (2, 3, False),
        ),
        # A caption of two paragraphs (the second 图为…).
        (
            (
                "……江苏交出一份生态高质量发展的答卷。",
                "收获喜悦",
                "近年来，安徽砀山县不断加强品牌建设。",
                "图为砀山县果农在梨树王景区采摘。",
                "苗  地摄（影像中国）",
            ),
            (1, 2, False),
        ),
        # A title that exclaims.
        (
            (
                "（作者为本报浙江分社记者）",
                "开训！",
                "自开训动员以来，特战队员紧贴任务实际练兵。",
                "图为特战队员进行课目训练。",
                "黄  宇摄（人民视觉）",
            ),
            (1, 2, False),
        ),
        # A feature's numbered photo (图③：…) under another photo's credit: the feature's own set, not an item.
        (("正文。", "中车长客公司供图", "图④：学生志愿者在香山革命纪念地。", "新华社发"), None),
        # No credit at the end: text, not a picture.
        (("正文。", "用好秸秆资源 助力绿色发展", CAPTION, "正文又一段。"), None),
        # The line over the caption is a sentence, not a title.
        (("正文。", "他说，要把秸秆用好。", CAPTION, CREDIT), None),
    ],
)
def test_photo_item_at(paras: tuple[str, ...], cut: tuple[int, int, bool] | None) -> None:
    assert _photo_item_at(paras, {}) == cut


RUN_ON = "饲草料来了2018年12月下旬以来，青海省玉树藏族自治州境内多次发生大范围降雪天气。"


@pytest.mark.parametrize(
    ("paras", "joins", "cut"),
    [
        # The title's line run on into a caption that opens on a date: the title is the line's head.
        (("正文。", RUN_ON, "张  龙摄（新华社发）"), {1: (5, 3, 3.5)}, (1, 1, True)),
        # ... under a kicker of its own.
        (("正文。", "青海玉树雪灾灾区", RUN_ON, "张  龙摄（新华社发）"), {2: (5, 3, 3.5)}, (1, 2, True)),
        # A caption's first line cut by a break is no title (位于广东的深 / 江铁路…, 截至20 / 19年…).
        (
            (
                "正文。",
                "“轨道上的大湾区”持续打造",
                "位于广东的深江铁路是沿海通道的重要组成部分。",
                "闵  辉摄（人民视觉）",
            ),
            {2: (6, 3, 1.0)},
            (1, 2, False),
        ),
        (
            ("正文。", "清洁能源 动力强劲", "截至2019年12月31日，四座电站累计发电量创新高。", "郑 坤摄（影像中国）"),
            {2: (4, 3, 1.0)},
            (1, 2, False),
        ),
    ],
)
def test_photo_item_title_run_on(paras: tuple[str, ...], joins: dict, cut: tuple[int, int, bool]) -> None:
    assert _photo_item_at(paras, joins) == cut


def test_a_photo_item_after_a_list_is_not_the_lists_last_lines() -> None:
    text = "\n\n".join(
        [
            "第12版：综合",
            "关于全国“两优一先”拟表彰对象的公示",
            "今年是中国共产党成立105周年。党中央决定，表彰一批全国优秀共产党员。现将拟表彰对象予以公示。",
            "一、全国优秀共产党员拟表彰对象（3个）",
            "民航系统",
            "侯建民  中国民航大学工程技术训练中心党委书记",
            "铁路系统",
            "宋金明  中国铁路西安局集团有限公司安康工务段巴山线路车间党总支书记",
            "解放军和武警部队",
            "姜  涛  中国人民解放军91278部队政治工作部副主任",
            "二、全国先进基层党组织拟表彰对象（400个）",
            "用好秸秆资源 助力绿色发展",
            CAPTION,
            CREDIT,
            "5月份我国降水量为近10年同期最多",
            "本报北京5月31日电  （记者蒋雪鸿）记者从中国气象局获悉：5月以来，我国降水量为近10年同期最多。",
        ]
    )
    heads = [(a.headline, len(a.paragraphs)) for a in parse_issue(text)]
    assert ("用好秸秆资源 助力绿色发展", 2) in heads
    assert heads[0][0] == "关于全国“两优一先”拟表彰对象的公示"


@pytest.mark.parametrize(
    ("headings", "paras", "end"),
    [
        # One caption, then the next report's kicker and title.
        (
            ["图片报道"],
            ["裹粽悬艾、龙舟竞渡……端午节前后，各地举行丰富多彩的活动。（新华社发）", "5月", "全社会用电量同比增长6.9%"],
            1,
        ),
        # A painting's caption, then an essay's title.
        (["图片报道"], ["中国画《端阳景图》，作者余穉，故宫博物院藏。", "端午", "杨晓民"], 1),
        # The credit on a line of its own, an agency's.
        (["图片报道"], ["为期5天的国际防务展17日开幕。", "新华社发", "南苏丹人道主义形势严峻"], 2),
        # The text runs on under the caption (这正是：…): no title there.
        (["图片报道"], ["近年来，各地积极发展智慧零售。", "这正是：", "静坐智能贴花黄，"], None),
        # Not a photo report.
        (["简讯"], ["国务院日前印发通知。", "5月", "全社会用电量同比增长6.9%"], None),
    ],
)
def test_photo_box_caption_end(headings: list[str], paras: list[str], end: int | None) -> None:
    assert _photo_box_caption_end(headings, paras) == end


def test_a_photo_box_label_is_no_credit_and_takes_no_title_under_it() -> None:
    # 图片报道 opens a box of its own (not a credit of the report before, as 图片：新华社 is), and the line under it is
    # its caption's first words, cut by a break: the truth keeps the label as the headline and the caption whole.
    text = (
        "专业调解及时修复医患关系\n\n本报记者  曾亦辰\n\n"
        "“心里的疙瘩解开了，脸上的疙瘩也就不是问题了。”在甘肃省兰州市城关区人民法院渭源路人民法庭，签完调解协议的赵女士感慨。\n\n"
        "“我们的目标不仅是裁判案件，更要修复医疗机构与患者的信任关系。”渭源路人民法庭庭长李春林表示，今后将推动设立医疗纠纷快速处理中心。\n\n"
        "图片报道\n\n湖北省襄阳市樊城区\n\n"
        "竹条中心小学将传统非遗项目融入日常教学，让学生近距离感受中华优秀传统文化的魅力。图为5月7日，竹条中心小学的学生们正在练习竹竿舞。\n\n"
        "李旭晖摄（影像中国）\n\n"
        "上海惠企政策服务引入“好差评”机制\n\n"
        "本报上海5月7日电  （记者王崟欣）记者从5月7日召开的上海市2026年优化营商环境大会上获悉，上海将推进惠企政策服务。\n"
    )
    report, box, news = parse_issue(text)
    assert report.paragraphs[-1].endswith("医疗纠纷快速处理中心。")
    assert (box.kicker, box.headline) == (None, "图片报道")
    assert box.paragraphs[0].startswith("湖北省襄阳市樊城区竹条中心小学将传统非遗项目融入日常教学")
    assert box.paragraphs[1] == "李旭晖摄（影像中国）"
    assert news.headline == "上海惠企政策服务引入“好差评”机制"
