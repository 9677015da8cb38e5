"""Title chains printed before (or after) a name, split at 、 and trimmed of the clause around them."""

from __future__ import annotations

import pytest

from etl.entities.titles import title_after, title_chain_before, title_head_at_end

CHAIN_CASES: list[tuple[str, str, tuple[str, ...]]] = [
    ("昨天，市委常委、区委书记乔俊杰带队", "乔俊杰", ("市委常委", "区委书记")),
    ("区领导徐俊、朱慧峰参加活动。", "徐俊", ("区领导",)),
    ("市、区领导白云萍、韩九云陪同考察。", "白云萍", ("市、区领导",)),
    ("会前，省人大常委会副主任曲福田率团", "曲福田", ("省人大常委会副主任",)),
    ("昨天下午，区委副书记、区长恽淇丞主持召开", "恽淇丞", ("区委副书记", "区长")),
    (
        "并与华龙国际核电技术有限公司总工程师、中广核集团“华龙一号”首席专家咸春宇就行业发展座谈",
        "咸春宇",
        ("华龙国际核电技术有限公司总工程师", "中广核集团“华龙一号”首席专家"),
    ),
    (
        "乔俊杰与华为科学家咨询委员会主任、战略研究院原院长徐文伟围绕",
        "徐文伟",
        ("华为科学家咨询委员会主任", "战略研究院原院长"),
    ),
    ("分别会见越共中央政治局委员、中央书记处常务书记陈锦绣，", "陈锦绣", ("越共中央政治局委员", "中央书记处常务书记")),
    ("《求是》杂志发表中共中央总书记、国家主席习近平的文章", "习近平", ("中共中央总书记", "国家主席")),
    ("应朝鲜劳动党总书记金正恩邀请", "金正恩", ("朝鲜劳动党总书记",)),
    ("新华社北京6月10日电国务院副总理李岚清", "李岚清", ("国务院副总理",)),
    ("刚果（金）卫生部长坎巴19日晚说", "坎巴", ("刚果（金）卫生部长",)),
    ("塞内加尔《太阳报》国际部主任奥马尔·恩迪亚耶说", "奥马尔·恩迪亚耶", ("塞内加尔《太阳报》国际部主任",)),
    (
        "中共中央政治局委员、国家发展和改革委员会主任何立峰出席",
        "何立峰",
        ("中共中央政治局委员", "国家发展和改革委员会主任"),
    ),
    ("黑龙江省住房和城乡建设厅原厅长杨占报", "杨占报", ("黑龙江省住房和城乡建设厅原厅长",)),
    ("工业和信息化部部长李乐成表示", "李乐成", ("工业和信息化部部长",)),
    (
        "几乎每天都会收到惠山区市场监管局洛社分局副局长顾旭旦的消息",
        "顾旭旦",
        ("惠山区市场监管局洛社分局副局长",),
    ),
    ("朱东铁立即安排步行街管委会主任杨波协助寻找", "杨波", ("步行街管委会主任",)),
    ("得知古巴共产党中央委员会第一书记劳尔·卡斯特罗", "劳尔·卡斯特罗", ("古巴共产党中央委员会第一书记",)),
    ("全国人大专门委员会委员张苏军", "张苏军", ("全国人大专门委员会委员",)),
    ("黑龙江佳木斯市向阳区委书记王献宇说", "王献宇", ("黑龙江佳木斯市向阳区委书记",)),
    ("天津市和平区区长张三说", "张三", ("天津市和平区区长",)),
    ("会见了国家主席和国务院总理李强", "李强", ("国务院总理",)),
    ("带您认识河南省辉县市裴寨村党支部书记裴春亮", "裴春亮", ("河南省辉县市裴寨村党支部书记",)),
    ("湖南省人民医院急诊三部重症监护病房护士长徐芙蓉", "徐芙蓉", ("湖南省人民医院急诊三部重症监护病房护士长",)),
    ("……”虞城县委书记、县疫情防控指挥部总指挥长朱东亚说", "朱东亚", ("虞城县委书记", "县疫情防控指挥部总指挥长")),
    ("乔俊杰指出，要加快发展", "乔俊杰", ()),
    ("他说，张三来了", "张三", ()),
]


@pytest.mark.parametrize(("text", "name", "titles"), CHAIN_CASES)
def test_title_chain_before_name(text: str, name: str, titles: tuple[str, ...]) -> None:
    assert title_chain_before(text, text.index(name))[0] == titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("深入贯彻落实习近平总书记考察江苏重要讲话精神", "习近平", "总书记"),
        ("李强总理指出", "李强", "总理"),
        ("张三说", "张三", None),
    ],
)
def test_title_after_name(text: str, name: str, title: str | None) -> None:
    assert title_after(text, text.index(name) + len(name)) == title


@pytest.mark.parametrize(
    ("segment", "head"),
    [("区委副书记", "副书记"), ("首席专家", "首席专家"), ("区长", "区长"), ("发展", None), ("", None)],
)
def test_title_head_at_end(segment: str, head: str | None) -> None:
    assert title_head_at_end(segment) == head


@pytest.mark.parametrize("text", ["", "、", "书记", "、、书记", "\n主任\n"])
def test_malformed_text_gives_no_title_and_no_error(text: str) -> None:
    titles, start = title_chain_before(text, len(text))
    assert isinstance(titles, tuple)
    assert 0 <= start <= len(text)
