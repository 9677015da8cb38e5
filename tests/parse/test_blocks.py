"""Issue text -> blocks, and lines a scan wrapped at its column's width put back together."""

from __future__ import annotations

from etl.parse.blocks import display_width, split_blocks
from etl.parse.issue import parse_issue

# Three reports of a page, the way a dump sets them: headings and paragraphs apart, blank lines between.
PARAGRAPHS = [
    "第02版：要闻",
    "区政府召开第27次常务（扩大）会议",
    "本报讯（记者 朱梦琪） 昨天，区长徐俊主持召开区政府第27次常务（扩大）会议，研究部署近期重点工作。会议听取了全区一季度经济运行情况汇报，"
    "审议通过了区级重大项目推进方案，并就安全生产、防汛防台等工作作出部署。",
    "会议指出，要坚持稳中求进工作总基调，统筹发展和安全，全力以赴拼经济、抓项目、促发展，推动经济持续回升向好，"
    "确保完成全年目标任务。区领导朱慧峰、王伟参加会议。",
    "太湖湾科创带再添新平台",
    "本报讯（见习记者 万峰鸣 记者 张可馨） 昨天上午，太湖湾科创带智能制造创新中心揭牌成立，首批入驻企业二十余家，"
    "涵盖工业软件、机器人、新材料等领域。中心将围绕产业链关键环节开展联合攻关，为中小企业提供检测、中试和人才培训服务。",
    "区人大常委会开展专题调研",
    "本报讯（记者 张可馨） 近日，区人大常委会组织部分代表围绕优化营商环境开展专题调研，先后走访了经开区、"
    "高新区的十余家企业，听取企业负责人意见建议，梳理出审批、用地、融资等方面问题二十三条，交有关部门限期办理。",
]


def _wrapped(width: int, indent: bool) -> str:
    """The page as a scan's text layer gives it: each paragraph wrapped at the column's width."""
    out = []
    for p in PARAGRAPHS:
        text = ("\u3000\u3000" + p) if indent and len(p) > width else p
        out.append("\n".join(text[i : i + width] for i in range(0, len(text), width)))
    return "\n\n".join(out) + "\n"


def test_lines_are_blocks_and_layout_is_not_text() -> None:
    blocks = split_blocks("\ufeff标题\r\n\r\n\u3000\u3000第一段。\r\n\r\n  第二段。  \n")
    assert [(b.line, b.text, b.indented) for b in blocks] == [
        (1, "标题", False),
        (3, "第一段。", True),
        (5, "第二段。", True),
    ]


def test_a_dump_with_blank_lines_between_is_left_as_it_is() -> None:
    text = "\n\n".join(PARAGRAPHS)
    assert [b.text for b in split_blocks(text)] == PARAGRAPHS


def test_a_dump_with_one_paragraph_a_line_and_no_blank_lines_is_left_as_it_is() -> None:
    text = "\n".join(PARAGRAPHS * 4)
    assert [b.text for b in split_blocks(text)] == PARAGRAPHS * 4


def test_lines_wrapped_at_a_column_width_are_one_block_again() -> None:
    for width in (17, 24, 38):
        for indent in (False, True):
            assert [b.text for b in split_blocks(_wrapped(width, indent))] == PARAGRAPHS, (width, indent)


def test_an_indented_line_right_under_a_full_line_opens_a_paragraph() -> None:
    # No blank lines at all: a paragraph starts where the next line is indented, even under a full line.
    text = "\n".join(
        "\n".join(("\u3000\u3000" + p)[i : i + 20] for i in range(0, len(p) + 2, 20)) for p in PARAGRAPHS[2:4] * 8
    )
    assert [b.text for b in split_blocks(text)] == PARAGRAPHS[2:4] * 8


def test_a_wrapped_issue_parses_as_the_unwrapped_one() -> None:
    plain = parse_issue("\n\n".join(PARAGRAPHS))
    wrapped = parse_issue(_wrapped(24, indent=True))
    assert [(a.headline, a.paragraphs, [r.name for r in a.reporters]) for a in wrapped] == [
        (a.headline, a.paragraphs, [r.name for r in a.reporters]) for a in plain
    ]
    assert [a.headline for a in plain] == [
        "区政府召开第27次常务（扩大）会议",
        "太湖湾科创带再添新平台",
        "区人大常委会开展专题调研",
    ]


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("第02版：要闻") == 2 + 1 + 1 + 2 + 2 + 2 + 2
    assert display_width("ICT（信息）") == 3 + 8
