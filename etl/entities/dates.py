"""Dates, relative ones resolved against the issue date (昨天下午, 上周, 今年一季度); an article's event date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from etl.entities.amounts import FULL_WIDTH, chinese_to_number
from etl.records import Mention

# The closed list of parts of the day; 凌晨 and 深夜 are both night.
PARTS_OF_DAY = ("morning", "noon", "afternoon", "evening", "night")
_PART_OF_DAY = {
    "凌晨": "night",
    "清晨": "morning",
    "早晨": "morning",
    "早上": "morning",
    "上午": "morning",
    "中午": "noon",
    "午间": "noon",
    "下午": "afternoon",
    "午后": "afternoon",
    "傍晚": "evening",
    "晚上": "evening",
    "晚间": "evening",
    "夜间": "night",
    "深夜": "night",
    "夜里": "night",
    "晚": "evening",
}
_PART_ALT = "|".join(sorted(_PART_OF_DAY, key=len, reverse=True))

_CN_DIGIT = "〇○零一二三四五六七八九"
_YEAR = rf"(?:(?P<{{p}}y>(?<![\d.])\d{{{{4}}}}|[{_CN_DIGIT}]{{{{4}}}})年|(?P<{{p}}ry>今年|去年|明年|前年|上年|本年))"
_MONTH = r"(?P<{p}m>(?<![\d.])(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])月份?"
_DAY = r"(?P<{p}d>(?<![\d.])(?:3[01]|[12]\d|0?[1-9])|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_DASH = r"\s*[—–\-~～至到]\s*"


def _y(p: str) -> str:
    return _YEAR.format(p=p)


def _m(p: str) -> str:
    return _MONTH.format(p=p)


def _d(p: str) -> str:
    return _DAY.format(p=p)


_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_MONTH_NUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"

# Holidays on a fixed Gregorian day: (month, day, last day of the usual 假期 or None).  Lunar ones (春节, 端午,
# 中秋) and 清明 move from year to year and are left to the warehouse's holiday seed.
_FESTIVALS: dict[str, tuple[int, int, int | None]] = {
    "“五一”": (5, 1, 5),
    "五一劳动节": (5, 1, 5),
    "劳动节": (5, 1, 5),
    "国庆节": (10, 1, 7),
    "“十一”": (10, 1, 7),
    "元旦": (1, 1, 1),
    "儿童节": (6, 1, None),
    "“六一”": (6, 1, None),
    "妇女节": (3, 8, None),
    "青年节": (5, 4, None),
    "“五四”": (5, 4, None),
    "教师节": (9, 10, None),
    "建党节": (7, 1, None),
    "建军节": (8, 1, None),
}
# 五一 and 国庆 unquoted only before 假期 and the like (五一劳动奖章 is an award, 国庆 a given name).
_FESTIVAL_ALT = (
    "|".join(sorted(map(re.escape, _FESTIVALS), key=len, reverse=True))
    + r"|五一(?=假期|小长假|期间)|国庆(?=假期|长假|黄金周|期间)"
)

_PATTERNS = [
    # 2024—2026年, 2024年至2026年
    rf"(?P<yr1>(?<![\d.])\d{{4}})年?{_DASH}(?P<yr2>\d{{4}})年(?!代)",
    # (2024年)3月14日(—16日 | 至4月2日)
    rf"{_y('a')}?{_m('a')}{_d('a')}(?:{_DASH}(?:(?P<am2>{_MONTH_NUM})月)?(?P<ad2>{_DAY_NUM})[日号])?",
    # (今年)1—4月, 1月至4月
    rf"{_y('b')}?(?P<bm1>(?<![\d.])(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])月?{_DASH}(?P<bm2>{_MONTH_NUM})月",
    # 3月14—16日
    rf"{_y('c')}?{_m('c')}(?P<cd1>(?:3[01]|[12]\d|0?[1-9]))[日号]?{_DASH}(?P<cd2>(?:3[01]|[12]\d|0?[1-9]))[日号]",
    # (2024年)3月(上旬|底)
    rf"{_y('e')}?{_m('e')}(?P<epart>上旬|中旬|下旬|初|底|末|中)?",
    # (今年)一季度, 前三季度, 上半年, 年底
    rf"{_y('f')}?(?:(?P<fq>第?[一二三四1-4])季度|前(?P<fqn>[二三])季度|(?P<fh>上半年|下半年)|(?P<fe>年初|年底|年末)|(?P<fye>底|初))",
    # (今年)“五一”假期, 国庆黄金周, 元旦, 教师节: holidays on a fixed day of the Gregorian year
    rf"{_y('j')}?(?P<fest>{_FESTIVAL_ALT})(?P<festlong>假期|小长假|长假|黄金周|期间)?",
    # 2024年, 今年, 去年
    rf"{_y('g')}(?!代)(?P<gsince>以来)?",
    # 14日 (the issue's month, or the one before)
    # (a bare Chinese day needs its 十: 一日 and 九号 are mostly 日复一日 and 天舟九号)
    r"(?<![月\d.第])(?P<hd>(?<![\d.])(?:3[01]|[12]\d|0?[1-9])|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?)[日号]",
    # 今天, 昨日, 当天, 今晨, 昨晚
    r"(?P<rel>今天|今日|昨天|昨日|前天|明天|明日|后天|当天|当日|今晨|昨晚|今晚|昨夜)",
    # 上周, 本周五, 下个星期
    r"(?P<wk>上|本|这|下)个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])?",
    # 上月, 本月15日
    rf"(?P<mo>上|本|这|下)个?月(?:{_d('i')})?",
]
# Every pattern starts with one of these: the lookahead lets the engine skip other characters fast (15x).
_FIRST = r"(?=[\d〇○零一二三四五六七八九十今去明前上本后昨当这下第年“劳国元儿妇青教建])"
_DATE = re.compile(_FIRST + "(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")")
_PART_AFTER = re.compile(rf"(?:{_PART_ALT})")
_REL_DAYS = {"今天": 0, "今日": 0, "今晨": 0, "今晚": 0, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1}
_REL_DAYS |= {"前天": -2, "明天": 1, "明日": 1, "后天": 2}
_REL_PART = {"今晨": "morning", "今晚": "evening", "昨晚": "evening", "昨夜": "night"}
_REL_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _num(text: str) -> int:
    if text.isdigit():
        return int(text)
    value = chinese_to_number(text)
    if value is None:
        raise ValueError(text)
    return int(value)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_of(groups: dict[str, str | None], p: str, issue: date | None) -> int | None:
    """The year written (2024年, 二〇二五年) or relative (去年) in the groups prefixed ``p``; None if neither."""
    if groups.get(p + "y"):
        return _num(groups[p + "y"] or "")
    rel = groups.get(p + "ry")
    if rel and issue is not None:
        return issue.year + _REL_YEARS[rel]
    return None


def _infer_year(month: int, issue: date) -> int:
    # A month more than half a year ahead of the issue is last year's (a January issue's 12月).
    return issue.year - 1 if month - issue.month > 6 else issue.year


def _resolve(g: dict[str, str | None], issue: date | None, last_day: date | None) -> tuple[date, date] | None:
    """The (start, end) a match denotes, or None when it needs an issue date it lacks or is not a real date."""
    if g["yr1"]:
        y1, y2 = int(g["yr1"] or 0), int(g["yr2"] or 0)
        return (date(y1, 1, 1), date(y2, 12, 31)) if y1 <= y2 else None
    if g["am"]:
        month, day = _num(g["am"] or ""), _num(g["ad"] or "")
        year = _year_of(g, "a", issue)
        if year is None and g["ay"] is None and g["ary"] is None:
            if issue is None:
                return None
            year = _infer_year(month, issue)
        if year is None:
            return None
        start = date(year, month, day)
        if g["ad2"]:
            month2 = _num(g["am2"]) if g["am2"] else month
            return start, date(year, month2, _num(g["ad2"] or ""))
        return start, start
    if g["bm1"]:
        year = _year_of(g, "b", issue)
        m1, m2 = _num(g["bm1"] or ""), _num(g["bm2"] or "")
        if year is None:
            if issue is None:
                return None
            year = _infer_year(m2, issue)
        return (date(year, m1, 1), _month_end(year, m2)) if m1 <= m2 else None
    if g["cm"]:
        year = _year_of(g, "c", issue)
        month = _num(g["cm"] or "")
        if year is None:
            if issue is None:
                return None
            year = _infer_year(month, issue)
        return date(year, month, int(g["cd1"] or 0)), date(year, month, int(g["cd2"] or 0))
    if g["em"]:
        year = _year_of(g, "e", issue)
        month = _num(g["em"] or "")
        if year is None:
            if issue is None:
                return None
            year = _infer_year(month, issue)
        end = _month_end(year, month)
        part = g["epart"]
        if part in ("上旬", "初"):
            return date(year, month, 1), date(year, month, 10)
        if part in ("中旬", "中"):
            return date(year, month, 11), date(year, month, 20)
        if part in ("下旬", "底", "末"):
            return date(year, month, 21), end
        return date(year, month, 1), end
    if g["fq"] or g["fqn"] or g["fh"] or g["fe"] or g["fye"]:
        year = _year_of(g, "f", issue)
        if g["fye"] and year is None:
            return None  # a bare 底/初 is not a date
        if year is None:
            if issue is None:
                return None
            year = issue.year
        if g["fq"]:
            q = _num(g["fq"].lstrip("第"))
            return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
        if g["fqn"]:
            return date(year, 1, 1), _month_end(year, 3 * _num(g["fqn"] or ""))
        if g["fh"]:
            return (
                (date(year, 1, 1), date(year, 6, 30)) if g["fh"] == "上半年" else (date(year, 7, 1), date(year, 12, 31))
            )
        if (g["fe"] or g["fye"] or "") in ("年初", "初"):
            return date(year, 1, 1), date(year, 2, 28)
        return date(year, 12, 1), date(year, 12, 31)
    if g["gy"] or g["gry"]:
        year = _year_of(g, "g", issue)
        if year is None or not 1000 <= year <= 2999:
            return None
        if g["gsince"] and issue is not None and year <= issue.year:
            return date(year, 1, 1), issue  # 今年以来: up to the issue
        return date(year, 1, 1), date(year, 12, 31)
    if g["fest"]:
        key = {"五一": "“五一”", "国庆": "国庆节"}.get(g["fest"] or "", g["fest"] or "")
        month, day, last = _FESTIVALS[key]
        year = _year_of(g, "j", issue)
        if year is None:
            if issue is None:
                return None
            year = _infer_year(month, issue)
        if g["festlong"] and last is not None:
            return date(year, month, day), date(year, month, last)
        return date(year, month, day), date(year, month, day)
    if issue is None:
        return None  # everything below is relative to the issue
    if g["hd"]:
        day = _num(g["hd"] or "")
        if day <= issue.day:
            return date(issue.year, issue.month, day), date(issue.year, issue.month, day)
        prev = issue.replace(day=1) - timedelta(days=1)
        found = date(prev.year, prev.month, day)
        return found, found
    if g["rel"]:
        rel = g["rel"] or ""
        if rel in ("当天", "当日"):
            that_day = last_day or issue  # the day just spoken of; the issue's own day when none was
            return that_day, that_day
        that_day = issue + timedelta(days=_REL_DAYS[rel])
        return that_day, that_day
    if g["wk"]:
        shift = {"上": -7, "本": 0, "这": 0, "下": 7}[g["wk"] or ""]
        monday = issue - timedelta(days=issue.weekday()) + timedelta(days=shift)
        if g["wd"]:
            weekday = monday + timedelta(days=_WEEKDAY[g["wd"] or ""])
            return weekday, weekday
        return monday, monday + timedelta(days=6)
    if g["mo"]:
        first = issue.replace(day=1)
        if g["mo"] == "上":
            first = (first - timedelta(days=1)).replace(day=1)
        elif g["mo"] == "下":
            first = (first + timedelta(days=32)).replace(day=1)
        if g["id"]:
            month_day = date(first.year, first.month, _num(g["id"] or ""))
            return month_day, month_day
        return first, _month_end(first.year, first.month)
    return None


def find_dates(text: str, issue_date: date | None) -> list[Mention]:
    """Dates in ``text``: single days and ranges, relative ones resolved against ``issue_date`` (absolute only
    without it); a part of the day printed right after a day (昨天下午, 14日晚) joins the mention."""
    norm = text.translate(FULL_WIDTH)
    out: list[Mention] = []
    last_day: date | None = None
    for m in _DATE.finditer(norm):
        g = m.groupdict()
        try:
            span = _resolve(g, issue_date, last_day)
        except ValueError:
            continue  # 2月30日, 13月: not a date
        if span is None:
            continue
        start, end = m.start(), m.end()
        part = _REL_PART.get(g["rel"] or "")
        if start_is_day := span[0] == span[1]:
            after = _PART_AFTER.match(norm, end)
            nxt = norm[after.end() : after.end() + 1] if after else ""
            if after and not (after.group(0) == "晚" and nxt and nxt in "会宴餐报"):
                part = _PART_OF_DAY[after.group(0)]
                end = after.end()
            last_day = span[0]
        iso = span[0].isoformat() if start_is_day else f"{span[0].isoformat()}/{span[1].isoformat()}"
        out.append(
            Mention("date", text[start:end], start, end, iso, start_date=span[0], end_date=span[1], part_of_day=part)
        )
    return out


_LEAD_CHARS = 200


def event_date(text: str, issue_date: date | None) -> date | None:
    """The day the reported event happened: the first single day in the lead (first paragraph, ~200 chars).

    Days inside quotation marks (“今天，我终于……”) are someone speaking, and days after the issue date are plans
    (将持续至6月22日): both are passed over.
    """
    first_break = text.find("\n", 20)
    lead = text[: min(_LEAD_CHARS, first_break if first_break > 0 else len(text))]
    for mention in find_dates(lead, issue_date):
        if mention.start_date is None or mention.start_date != mention.end_date:
            continue
        if issue_date is not None and mention.start_date > issue_date:
            continue
        before = lead[: mention.start]
        if before.count("“") > before.count("”"):
            continue
        return mention.start_date
    return None
