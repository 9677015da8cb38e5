"""Amounts: money, percentages and measured quantities (约100亿元 -> 1.0e10 CNY, approximate); numerals to numbers."""

from __future__ import annotations

import re
from decimal import Decimal

from etl.records import Mention

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
# Full-width digits and signs map one-to-one onto ASCII, so offsets survive the translation.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


def magnitude(chars: str) -> float:
    """十/百/千/万/亿 written after a number multiply: 万亿 -> 1e12, 千万 -> 1e7."""
    value = 1.0
    for ch in chars:
        value *= SMALL_UNITS.get(ch) or BIG_UNITS[ch]
    return value


def chinese_to_number(text: str) -> float | None:
    """A Chinese numeral's value, or None if it is not one: 五千万 -> 5e7, 十二 -> 12, 三点五 -> 3.5."""
    if not text:
        return None
    whole, _, frac = text.partition("点")
    if frac and not all(ch in DIGITS for ch in frac):
        return None
    integer = _chinese_integer(whole)
    if integer is None:
        return None
    if frac:
        return integer + float("0." + "".join(str(DIGITS[ch]) for ch in frac))
    return float(integer)


def _chinese_integer(text: str) -> int | None:
    if not text:
        return None
    if all(ch in DIGITS for ch in text):
        if len(text) == 1:
            return DIGITS[text]
        return int("".join(str(DIGITS[ch]) for ch in text))  # 二〇二五: read digit by digit
    total = 0  # what the 亿 and 万 sections add up to
    section = 0  # the current section below 万
    digit: int | None = None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]  # 十二: a bare 十 is one ten
            digit = None
        elif ch in BIG_UNITS:
            section += digit or 0
            digit = None
            unit = BIG_UNITS[ch]
            if total and total < unit:
                total = (total + section) * unit  # 一万亿: 万 then 亿 multiply together
            else:
                total += max(section, 1) * unit
            section = 0
        else:
            return None
    return total + section + (digit or 0)


def arabic_to_number(text: str, scale: float = 1.0) -> float:
    """1,200 -> 1200.0; times a whole ``scale`` (万, 亿) exactly (4.31 x 1e12 is 4310000000000.0, not ...999.9995)."""
    return float(Decimal(text.replace(",", "")) * Decimal(int(scale)))


# The closed list of units, each with what one of it is in the base unit.  Counts of things (36项, 12家企业,
# 5个项目) are not amounts: money, shares, people and physical measures are.  Longest spellings first.
UNITS: tuple[tuple[str, str, float], ...] = (
    ("元人民币", "CNY", 1.0),
    ("人民币", "CNY", 1.0),
    ("美元", "USD", 1.0),
    ("欧元", "EUR", 1.0),
    ("英镑", "GBP", 1.0),
    ("日元", "JPY", 1.0),
    ("港元", "HKD", 1.0),
    ("港币", "HKD", 1.0),
    ("韩元", "KRW", 1.0),
    ("卢布", "RUB", 1.0),
    ("元", "CNY", 1.0),
    ("个百分点", "percentage_point", 1.0),
    ("%", "percent", 1.0),
    ("人次", "person_time", 1.0),
    ("人", "people", 1.0),
    ("名", "people", 1.0),
    ("户", "household", 1.0),
    ("平方公里", "square_km", 1.0),
    ("平方千米", "square_km", 1.0),
    ("平方米", "square_metre", 1.0),
    ("㎡", "square_metre", 1.0),
    ("公顷", "hectare", 1.0),
    ("亩", "mu", 1.0),
    ("立方米", "cubic_metre", 1.0),
    ("公里", "km", 1.0),
    ("千米", "km", 1.0),
    ("厘米", "metre", 0.01),
    ("毫米", "metre", 0.001),
    ("米", "metre", 1.0),
    ("吨", "tonne", 1.0),
    ("公斤", "kg", 1.0),
    ("千克", "kg", 1.0),
    ("千瓦时", "kWh", 1.0),
    ("千瓦", "kW", 1.0),
    ("标箱", "TEU", 1.0),
    ("摄氏度", "celsius", 1.0),
    ("℃", "celsius", 1.0),
)
UNIT_NAMES = tuple(sorted({u for _, u, _ in UNITS}))
_UNIT_OF = {spelling: (unit, factor) for spelling, unit, factor in UNITS}

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN = r"[零〇○一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?"
_UNIT_ALT = "|".join(re.escape(s) for s, _, _ in UNITS)
_AMOUNT = re.compile(
    r"(?=[\d大将接超约近逾零〇○一二两三四五六七八九十百千万亿])"  # lets the engine skip other characters fast
    r"(?P<neg>零下)?(?P<pre>大约|将近|接近|超过|约|近|超|逾)?"
    rf"(?:(?<![\d.,A-Za-z第])(?P<num>{_ARABIC})(?P<mid>多|余|几)?(?P<mag>[十百千万亿]+)?"
    rf"|(?<![第几数每零〇○一二两三四五六七八九十百千万亿])(?P<cn>{_CN})(?P<cmid>多|余|几)?(?P<cmag>[万亿]+)?)"
    r"(?P<mid2>多|余)?"
    rf"(?P<unit>{_UNIT_ALT})"
    r"(?P<post>左右|上下)?"
)
_RANGE_BEFORE = re.compile(rf"(?<![\d.,])(?P<low>{_ARABIC})(?P<lowmag>[万亿]?)\s*[—–~～至到\-]\s*$")
# 百分之六点一, 百分之三十 (percent written out).
_PERCENT_WORDS = re.compile(rf"(?P<pre>大约|将近|接近|超过|约|近|超|逾)?百分之(?P<cn>{_CN}|{_ARABIC})")
# After these a 元/人/米 is part of a word, not a unit: 元素, 元旦, 人工, 人类, 米饭.
_UNIT_BLOCKERS = {"元": "素旦宵首帅老月", "人": "工类生", "名": "单称字额义誉", "米": "饭粒粉"}


# 七八十万, 三四百: two digits side by side before a unit are an estimate between them.
_TWO_DIGITS = re.compile(r"([一二三四五六七八九])[一二三四五六七八九](?=[十百千万亿])")


def _cn_value(cn: str) -> tuple[float, bool, bool] | None:
    """A Chinese numeral's value, whether it may be an amount alone, whether it is an estimate.

    One character is not enough: 一元复始, 千家万户, 万人空巷 (超万人 and 十几万元 are, see the caller).
    """
    estimate = _TWO_DIGITS.search(cn) is not None
    value = chinese_to_number(_TWO_DIGITS.sub(r"\1", cn) if estimate else cn)
    if value is None:
        return None
    acceptable = len(cn) > 1
    return value, acceptable, estimate


def find_amounts(text: str) -> list[Mention]:
    """Money, percentages, people and measured quantities in ``text`` with their value in the unit's base."""
    norm = text.translate(FULL_WIDTH)
    out: list[Mention] = []
    for m in _AMOUNT.finditer(norm):
        spelling = m.group("unit")
        after = norm[m.end("unit") : m.end("unit") + 1]
        if after and after in _UNIT_BLOCKERS.get(spelling, ""):
            continue
        unit, factor = _UNIT_OF[spelling]
        estimated = False
        if m.group("num") is not None:
            value = arabic_to_number(m.group("num"), magnitude(m.group("mag") or ""))
        else:
            parsed = _cn_value(m.group("cn"))
            if parsed is None or not (parsed[1] or m.group("pre") or m.group("cmag")):
                continue
            value = parsed[0] * magnitude(m.group("cmag") or "")
            estimated = parsed[2]
        if unit in ("percent", "percentage_point") and (m.group("mid") or m.group("mid2")) and not m.group("num"):
            continue
        approx = estimated or bool(
            m.group("pre") or m.group("mid") or m.group("cmid") or m.group("mid2") or m.group("post")
        )
        start, end = m.start(), m.end()
        if m.group("neg"):
            value = -value  # 零下40摄氏度
        elif m.group("num") is not None and not m.group("pre"):
            # 20—50毫米, 3至5万元: one amount from the lower bound, approximate
            low = _RANGE_BEFORE.search(norm, max(0, start - 24), start)
            if low is not None:
                value = arabic_to_number(low.group("low"), magnitude(low.group("lowmag") or m.group("mag") or ""))
                start, approx = low.start(), True
        out.append(
            Mention(
                "amount",
                text[start:end],
                start,
                end,
                text[start:end],
                value=value * factor,
                unit=unit,
                is_approximate=approx,
            )
        )
    for m in _PERCENT_WORDS.finditer(norm):
        raw = m.group("cn")
        written = chinese_to_number(raw) if not raw[0].isdigit() else arabic_to_number(raw)
        if written is None:
            continue
        value = written
        start, end = m.start(), m.end()
        out.append(
            Mention(
                "amount",
                text[start:end],
                start,
                end,
                text[start:end],
                value=value,
                unit="percent",
                is_approximate=bool(m.group("pre")),
            )
        )
    out.sort(key=lambda x: x.start)
    return out
