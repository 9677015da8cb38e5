"""Amounts: money, percentages, people and measures with values in base units; counts of things are not amounts."""

from __future__ import annotations

import pytest

from etl.entities.amounts import UNIT_NAMES, chinese_to_number, find_amounts

# (snippet, text of the amount, value, unit, approximate)
CASES: list[tuple[str, str, float, str, bool]] = [
    ("华为松山湖总部基地项目投资约100亿元，主要发展", "约100亿元", 1.0e10, "CNY", True),
    ("全年实现地区生产总值3110亿元", "3110亿元", 3.11e11, "CNY", False),
    ("进出口总值突破1.2万亿元", "1.2万亿元", 1.2e12, "CNY", False),
    ("首期投入五千万元", "五千万元", 5.0e7, "CNY", False),
    ("同比增长6.1%，", "6.1%", 6.1, "percent", False),
    ("同比增长６．１％，", "６．１％", 6.1, "percent", False),
    ("比去年加快3.1个百分点", "3.1个百分点", 3.1, "percentage_point", False),
    ("增速达到百分之六点一", "百分之六点一", 6.1, "percent", False),
    ("版、智库、媒体等各界人士约200人出席活动", "约200人", 200, "people", True),
    ("接待各类参观团体超3万人次", "超3万人次", 3.0e4, "person_time", True),
    ("“土特产”全产业链总产值超4000亿元", "超4000亿元", 4.0e11, "CNY", True),
    ("一年能省将近5000元”", "将近5000元", 5000, "CNY", True),
    ("还赚了十几万元", "十几万元", 1.0e5, "CNY", True),
    ("就砸进去七八十万元", "七八十万元", 7.0e5, "CNY", True),
    ("累计带动就业10余万人", "10余万人", 1.0e5, "people", True),
    ("吸引外资超5000万美元", "超5000万美元", 5.0e7, "USD", True),
    ("项目总投资1,200元", "1,200元", 1200, "CNY", False),
    ("新增装机50万千瓦", "50万千瓦", 5.0e5, "kW", False),
    ("建成高标准农田2万亩", "2万亩", 2.0e4, "mu", False),
    ("总建筑面积约12万平方米左右", "约12万平方米左右", 1.2e5, "square_metre", True),
    ("全长约3公里", "约3公里", 3, "km", True),
    ("年吞吐量突破100万标箱", "100万标箱", 1.0e6, "TEU", False),
    ("粮食产量达1.4万吨", "1.4万吨", 1.4e4, "tonne", False),
    ("中国14亿多人民", "14亿多人", 1.4e9, "people", True),
    ("投资人民币100亿元", "100亿元", 1.0e10, "CNY", False),
    ("制造业实现营业收入4.31万亿元", "4.31万亿元", 4.31e12, "CNY", False),
    ("既能在零下40摄氏度稳定启动", "零下40摄氏度", -40, "celsius", False),
    ("小时降雨量20—50毫米，局地可超过", "20—50毫米", 0.02, "metre", True),  # a range: its lower bound
    ("每户补贴3至5万元", "3至5万元", 3.0e4, "CNY", True),
    ("家乡教育事业捐资超千万元。", "超千万元", 1.0e7, "CNY", True),
    ("报名人数已超万人", "超万人", 1.0e4, "people", True),
    ("阳烟花厂爆炸已致37人死亡", "37人", 37, "people", False),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "approx"), CASES)
def test_amount_value_unit(text: str, span: str, value: float, unit: str, approx: bool) -> None:
    found = find_amounts(text)
    assert [m.text for m in found] == [span]
    m = found[0]
    assert text[m.start : m.end] == m.text
    assert m.type == "amount"
    assert m.value == pytest.approx(value)
    assert m.unit == unit
    assert m.unit in UNIT_NAMES
    assert m.is_approximate is approx


NOT_AMOUNTS = [
    "共推出36项改革举措",  # counts of things are not amounts
    "12家企业签约",
    "一元复始，万象更新",
    "元旦期间",
    "推进多元化发展",
    "获得第3名",
    "2024年3月",
    "数十亿元的投入",  # 数十亿: no number to give
    "绿色产品走进千家万户",  # one character is an idiom, not a number
    "万人空巷",
    "他说话时声调不高",
    "",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("五千万", 5e7),
        ("十二", 12),
        ("三点五", 3.5),
        ("二〇二五", 2025),
        ("一百零五", 105),
        ("一万亿", 1e12),
        ("三亿五千万", 3.5e8),
        ("两千", 2000),
        ("十", 10),
        ("一千二百三十四万五千六百", 12345600),
        ("万", 1e4),
        ("甲乙", None),
    ],
)
def test_chinese_numerals(numeral: str, value: float | None) -> None:
    assert chinese_to_number(numeral) == value


def test_several_amounts_in_one_sentence() -> None:
    text = "地区生产总值连续跨越7万亿元、8万亿元、9万亿元3个大台阶，同比增长5.2%"
    found = find_amounts(text)
    assert [(m.value, m.unit) for m in found] == [(7e12, "CNY"), (8e12, "CNY"), (9e12, "CNY"), (5.2, "percent")]
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(("text", "value"), [("4.31万亿元", 4.31e12), ("1516.17万元", 15161700.0), ("0.3亿元", 3.0e7)])
def test_values_carry_no_binary_noise(text: str, value: float) -> None:
    # 4.31 * 1e12 in floats is 4309999999999.9995: a sum over a warehouse column would show it
    assert find_amounts(text)[0].value == value
