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
