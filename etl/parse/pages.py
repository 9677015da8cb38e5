"""Page headers (``第02版：要闻``, ``人民日报 2026年4月27日 第02版 要闻`` ...): page number and page name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# An issue's date (2024年3月15日, 2024-03-15, 2024.03.15) and weekday (星期五, 周五), as headers and furniture print them.
_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
_WEEKDAY = r"(?:星期[一二三四五六日天]|周[一二三四五六日])"

# A page header is short and built around 第N版 (or A3版, 第三版, 05版): the paper's name, the date and the weekday
# may come before it, the page name after a colon, a space, a slash or a dash; the whole may be bracketed.
_HEADER = re.compile(
    r"^[【\[〔(（]?\s*"
    r"(?P<prefix>(?:《?(?:(?![第一二三四五六七八九十])[\u4e00-\u9fffA-Za-z]){2,12}?》?\s*(?:[·|｜]\s*)?)?"
    rf"{_DATE}?\s*"
    rf"{_WEEKDAY}?\s*"
    # The paper's name after the date (2026年04月27日 人民日报 第2版).
    r"(?:《?(?:(?![第一二三四五六七八九十])[\u4e00-\u9fff]){2,12}?》?\s*)?)"
    r"第?\s*(?P<num>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z][0-9]{1,2})\s*(?:版|面|页)\s*[）)】\]〕]?"
    r"\s*[：:·\-—|｜/]*\s*[（(〔]?(?P<name>[^\s。，！？【】\[\]〔〕（）()]{0,12}?)[）)〕]?\s*[】\]〕)）]?"
    # The page count after the name (第2版：要闻（共8版）).
    r"(?:\s*[（(]\s*共\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[版页]\s*[）)])?"
    rf"(?:\s+{_DATE}"
    rf"(?:\s*{_WEEKDAY})?)?\s*$"
)
# An e-paper's export labels both: 版次：A02 版名：要闻.
_LABELLED = re.compile(
    r"^版次\s*[：:]\s*(?P<num>[A-Da-d]?[0-9０-９]{1,3})\s*版?\s+版名\s*[：:]\s*(?P<name>[\u4e00-\u9fff]{1,8})$"
)
# A rule drawn around the header in a text dump (=== 第2版 要闻 ===, --- 第2版 ---).
_RULE = "=-_*#~＝ \t\u3000"
# The page count some headers add (第2版（共8版）) is no page name.
_PAGE_COUNT = re.compile(r"^共\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版$")
# Metro papers label a page by its section letter and number alone, the page name beside it: A03 要闻, B2·财经.
_LETTERED = re.compile(
    r"^[【\[〔]?(?P<num>[A-Da-d][0-9]{1,2})[】\]〕]?\s*[·|｜：:/／]?\s*(?P<name>[\u4e00-\u9fff]{2,6})$"
)
# The date, perhaps after the paper's name, before the page's letter and number (武进日报 2024.03.15 A02, 常州日报
# 2024年3月15日 星期五 A3 要闻, 2024-03-15 A03 要闻).
_PAPER_DATED = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|报)\s*)?"
    rf"{_DATE}\s*"
    rf"(?:{_WEEKDAY}\s*)?"
    r"(?P<num>[A-Da-d][0-9]{1,2})\s*版?\s*[·|｜：:/／]?\s*(?P<name>[\u4e00-\u9fff]{2,6})?$"
)
# A page's name first, bracketed or set off, then its number without 第 or with it: 【要闻】第2版, 要闻 2版, 要闻 A2,
# ■ 要闻 ■ A2.
_NAME_FIRST = re.compile(
    r"^[【\[〔]?(?P<name>[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6})?)[】\]〕]?\s*[·|｜：:\-—■□●◆▌]?\s*"
    r"(?:第\s*(?P<num1>[0-9０-９]{1,3}|[A-Da-d][0-9]{1,2})\s*[版页]"
    r"|(?P<num2>[0-9０-９]{1,2}|[A-Da-d][0-9]{1,2})\s*(?P<ban>版)?)$"
)
# E-paper dumps number the page as P2, P02 or PAGE 2, the page's name beside it (P2 要闻, P02｜要闻).
_PAGED = re.compile(
    r"^(?:P|PAGE|Page)\s*\.?\s*(?P<num>[0-9]{1,3})\s*[·|｜：:\-—]?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,6})?)?$"
)
# A folio alone between dashes (— 2 —, -2-).
_FOLIO = re.compile(r"^[—\-－–]\s*(?P<num>[0-9]{1,3})\s*[—\-－–]$")
_DATE_NAME = re.compile(r"^\d{4}\s*年|^\d{4}[-./]\d{1,2}")
# District papers number pages without 第 or 版 (01 要闻, 02｜综合新闻); a bare number heads a page only beside a
# page's name, as papers name their pages: a feature's numbered subhead (01 让数据多跑路) is text.
_NUMBERED = re.compile(r"^(?P<num>[0-9０-９]{1,2})\s*[·|｜：:]?\s*(?P<name>[\u4e00-\u9fff]{2,6})$")
_PAGE_NAMES = frozenset(
    "要闻 综合 时政 经济 社会 文化 体育 国际 国内 评论 理论 副刊 民生 教育 科技 财经 法治 健康 旅游 农村 三农 党建 "
    "文艺 视点 城事 城建 区县 镇街 街镇 县域 乡村 广告 专版 专题 特刊 周刊 天下 热点 关注 文体 读书 生活".split()
)
_PAGE_NAME_ENDS = ("新闻", "专版", "专刊", "周刊", "副刊", "特刊", "时评", "要闻", "视点", "广告")
# A line of page furniture: the date and weekday, with the page's credits (2024年3月15日 星期五 编辑：王芳
# 版式：李强) or its number and name among them.
_CREDITS = re.compile(
    r"\s*(?:本版)?(?:责任编辑|责编|编辑|版式设计|版式|美编|美术编辑|校对|组版|审读|审校|值班编委)\s*[：:]\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[、 \u3000][\u4e00-\u9fff·]{2,4})*\s*$"
)
_DATE_LINE = re.compile(
    rf"^{_DATE}\s*"
    rf"{_WEEKDAY}?(?:\s*(?:农历)?[\u4e00-\u9fff]{{0,8}}?)?\s*$"
)
# A rule drawn across the column between two articles (-----, =====, ─────): page furniture, no text.  Rows of
# stars and dots (* * *, ……) are text: papers print them as a paragraph that breaks an essay into parts.
_RULE_LINE = re.compile(r"^(?:[-=_~─━—－＝＿][ \t\u3000]*){4,}$")
_MARKS = "□■●○◎◉◆◇◈❖▲△★☆▶►▌▍▎█ \t\u3000\u00a0"
_LABEL = re.compile(r"^(?:版面|版次|版号)\s*[：:]\s*")
# The characters of a page's name set apart after the number (第 2 版   要 闻): the spaces between them.
_SPACED_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff])*\s*$)")
# Words that make "第四版" a cross-reference inside the text, not a header: 见第四版, 转第三版, 接第2版.
_REFERENCE = re.compile(r"见|转|接|详|参|下转|上接")


@dataclass(frozen=True, slots=True)
class PageHeader:
    """A page header line: the page number (None if it cannot be read as a number) and the page name."""

    number: int | None
    name: str | None


def page_number(raw: str) -> int | None:
    raw = raw.translate(_DIGITS)
    if raw.isdigit():
        return int(raw)
    if raw[0].isalpha() and raw[1:].isdigit() and raw.isascii():
        return int(raw[1:])
    if all(ch in _CN_NUM for ch in raw):
        if raw == "十":
            return 10
        if raw.startswith("十"):
            return 10 + _CN_NUM[raw[1]]
        if len(raw) == 3 and raw[1] == "十":
            return _CN_NUM[raw[0]] * 10 + _CN_NUM[raw[2]]
        if len(raw) == 2 and raw[1] == "十":
            return _CN_NUM[raw[0]] * 10
        if len(raw) == 1:
            return _CN_NUM[raw]
    return None


def _page_name(name: str) -> bool:
    return name in _PAGE_NAMES or name.endswith(_PAGE_NAME_ENDS)


@lru_cache(maxsize=16384)  # asked of each line by the labeler and again by the parser
def parse_page_header(text: str) -> PageHeader | None:
    """Read a block as a page header, or None if it is not one.  A line of page furniture that names no page (the
    date and the page's editors) is a header with neither number nor name."""
    stripped = text.strip()
    if _RULE_LINE.match(stripped):
        return PageHeader(None, None)
    if (":" in stripped or "：" in stripped) and _CREDITS.search(stripped):  # a credit has its colon: most lines none
        rest = stripped
        while (m := _CREDITS.search(rest)) is not None and m.start() > 0:
            rest = rest[: m.start()]
        if rest != stripped and rest:
            if _DATE_LINE.match(rest):
                return PageHeader(None, None)
            return _parse_header(rest)
    return _parse_header(text)


_ANY_DIGIT = re.compile(r"\d")  # as \d in the forms below: any decimal digit, full-width too
_PAPER_NAME = re.compile(r"[报刊]$|日报|晚报")
_DATED_PREFIX = re.compile(r"\d|报|刊|星期|周")
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,6}")
_PAPER_WORD = re.compile(r"报|刊")


def _parse_header(text: str) -> PageHeader | None:
    # Bullets and a 版面/版次 label may stand before a header (■第2版 综合新闻, 版面：第03版 要闻).
    if "版" not in text and "面" not in text and "页" not in text and _ANY_DIGIT.search(text) is None:
        return None  # every form below reads a number in digits, or 版, 面 or 页: most lines of text have neither
    raw = text.strip()
    labelled = _LABELLED.match(raw)
    if labelled:
        return PageHeader(page_number(labelled.group("num")), labelled.group("name"))
    folio = _FOLIO.match(raw)
    if folio:
        return PageHeader(page_number(folio.group("num")), None)
    text = _LABEL.sub("", text.lstrip(_MARKS).strip(_RULE))
    line = text.strip()
    lettered = _LETTERED.match(line) or _PAPER_DATED.match(line)
    if lettered:
        return PageHeader(page_number(lettered.group("num")), lettered.group("name"))
    paged = _PAGED.match(line)
    if paged and not (paged.group("name") or "").endswith(("发", "摄", "图")):
        if paged.group("name") or line[:4] in ("PAGE", "Page"):
            return PageHeader(page_number(paged.group("num")), paged.group("name"))
    named = _NAME_FIRST.match(line)
    if named and _PAPER_NAME.search(named.group("name")) and not _page_name(named.group("name")):
        named = None  # a paper's name first (人民日报 第2版) is no page's name: the general form below reads it
    # Without 第 the number needs 版 after it, a page's name before it or brackets round the name (要闻 2, 【要闻】2).
    if named and (named.group("num1") or named.group("ban") or _page_name(named.group("name")) or line[0] in "【[〔"):
        return PageHeader(page_number(named.group("num1") or named.group("num2")), named.group("name"))
    numbered = _NUMBERED.match(line)
    if numbered and _page_name(numbered.group("name")):
        return PageHeader(page_number(numbered.group("num")), numbered.group("name"))
    if len(text) > 40 or ("版" not in text and "面" not in text and "页" not in text):
        return None
    m = _HEADER.match(text)
    if not m and _SPACED_NAME.search(text):
        text = _SPACED_NAME.sub("", text)  # 第 2 版   要 闻: a page name spaced out like a padded name
        m = _HEADER.match(text)
    if not m:
        return None
    prefix = m.group("prefix")
    if _REFERENCE.search(prefix):
        return None
    # Without 第 a bare number needs to open the line or follow a date or paper name (05版：经济, 人民日报 2版).
    if "第" not in text[: m.start("num")] and prefix.strip() and not _DATED_PREFIX.search(prefix):
        return None
    name = m.group("name").lstrip(_MARKS) or None  # ■第3版■要闻
    if name and (_PAGE_COUNT.match(name) or _DATE_NAME.match(name)):
        name = None  # 第2版（共8版）, 第2版 2024年3月15日: a page count or the date, no page name
    # The page name before the number (要闻 第02版, 要闻·第2版), where no paper's name or date stands there.
    before = prefix.strip().rstrip("·|｜ ")
    if name is None and _NAME_BEFORE.fullmatch(before) and not _PAPER_WORD.search(before):
        name = before
    return PageHeader(page_number(m.group("num")), name)
