"""Bylines and datelines as newspapers print them: who wrote it, in what role, for whom, filed where and when."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.entities.surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES
from etl.records import Reporter

# Roles as printed -> the role recorded; longest first so 见习记者 wins over 记者.
_ROLE_MAP = {
    "特约通讯员": "通讯员",
    "特约评论员": "评论员",
    "特约记者": "特约记者",
    # Local papers' titles for staff reporters (首席记者, 全媒体记者 ...) are reporters.
    "首席记者": "记者",
    "全媒体记者": "记者",
    "融媒体记者": "记者",
    "融媒记者": "记者",
    "全媒记者": "记者",
    "主任记者": "记者",
    "高级记者": "记者",
    "特派记者": "记者",
    "撰稿": "作者",
    "见习记者": "见习记者",
    "实习记者": "实习生",
    "摄影记者": "摄影",
    "本报评论员": "评论员",
    "通讯员": "通讯员",
    "实习生": "实习生",
    "评论员": "评论员",
    "记者": "记者",
    "摄影": "摄影",
    "作者": "作者",
}
# A reporter stationed away from the paper (本报驻京记者, 驻江苏记者) is a reporter.
_STATIONED = r"驻[\u4e00-\u9fff]{1,4}?记者"
_ROLES = "|".join([_STATIONED, *sorted(_ROLE_MAP, key=len, reverse=True)])


def _role(printed: str) -> str:
    """The role recorded for a role as printed (驻京记者 -> 记者)."""
    return _ROLE_MAP.get(printed) or "记者"


# Who a reporter writes for: this paper, the national agencies, or any "<name>日报/报/社/网/台".
_AFFIL = (
    # A broadcaster's own (本台, 总台: 中央广播电视总台) and a magazine's or a site's (本刊, 本网).
    r"本报|本台|总台|本刊|本网|新华社|人民网|中新社|中新网|央视网|央视|新华网|光明网|《[^》]{1,12}》|"
    # A county's or district's media centre (县融媒体中心记者 X) files for the local paper, radio and television.
    r"[\u4e00-\u9fff]{1,8}?(?:报社|报|通讯社|电视台|广播电视台|杂志|网|融媒体中心|融媒中心|传媒中心|新闻中心)"
)
# Spaces a dump may pad names with: ideographic, no-break, en, em, thin and narrow no-break spaces.
_BLANKS = " \t\u3000\u00a0\u2002\u2003\u2009\u200a\u202f"
_SPACE = f"[{_BLANKS}]"
_NAME_CH = r"[\u4e00-\u9fff·]"
_FOREIGN_NAME = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:[·・•][\u4e00-\u9fff]{1,10}){1,4}$")
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_NAME_SEPARATORS = re.compile(rf"(?:{_SPACE}|[、，,；;/])+")
_SPACE_RUN = re.compile(rf"{_SPACE}+")
_PHOTO_CREDITED = re.compile(r"摄[\s\u3000\u00a0]*$|摄[\s\u3000\u00a0、，]")

# A dateline: 本报讯, 本报北京4月26日电, 新华社北京1月30日电, 据新华社华盛顿电, 本报记者 X 报道 is a byline not a dateline.
_DATELINE = re.compile(
    rf"^(?P<dl>(?:据)?(?P<affil>{_AFFIL})(?P<place>[\u4e00-\u9fff·]{{0,12}}?)"
    rf"(?P<date>(?:\d{{1,2}}|[０-９]{{1,2}})\s*月\s*(?:\d{{1,2}}|[０-９]{{1,2}})\s*日)?(?:专)?(?:电|讯))"
)
# A parenthesised byline right after the dateline: (记者 朱梦琪), （见习记者 万峰鸣 记者 张可馨）, （记者梅世雄、黎云）.
_PAREN_BYLINE = re.compile(
    rf"^{_SPACE}*[（(〔【［\[](?P<inner>[^（()）〔〕【】［］\[\]]{{0,80}}?(?:{_ROLES})[^（()）〔〕【】［］\[\]]{{0,80}})"
    rf"[）)〕】］\]]{_SPACE}*"
)
# A byline without brackets, closed by 报道 (本报讯 记者张三报道：, 本报讯 记者 张三 通讯员 李四 报道).
_BARE_BYLINE = re.compile(
    rf"^{_SPACE}*(?P<inner>(?:{_AFFIL})?(?:{_ROLES})[^，。：:（）()“”]{{1,40}}?){_SPACE}*报道{_SPACE}*[：:]?{_SPACE}*"
)
# A byline with neither brackets nor 报道, its names closed by a wide space (本报讯  记者方圆、刘佳华  5月3日，…).
_SPACED_BYLINE = re.compile(
    rf"^{_SPACE}*(?P<inner>(?:{_AFFIL})?(?:{_ROLES}){_SPACE}?[\u4e00-\u9fff·]{{2,10}}(?:[、，,][\u4e00-\u9fff·]{{2,10}}){{0,6}})"
    rf"(?:{_SPACE}{{2,}}|\u3000|$)"
)
# ... or each role and its names closed by one space (本报讯 记者王伟 通讯员李强 昨天，…): names of two to four
# characters only, so a sentence (记者从区应急管理局获悉) is never read as one.
_SINGLE_SPACED_BYLINE = re.compile(
    rf"^{_SPACE}*(?P<inner>(?:(?:{_AFFIL})?(?:{_ROLES}){_SPACE}?[\u4e00-\u9fff·]{{2,4}}(?:[、，,][\u4e00-\u9fff·]{{2,4}}){{0,6}}"
    rf"(?:{_SPACE}|$))+)"
)
_GROUP = re.compile(rf"(?P<affil>{_AFFIL})?(?P<role>{_ROLES})")
_FILED_FROM = re.compile(rf"{_SPACE}*发自[\u4e00-\u9fff·]{{1,12}}$")
_BOTH_CREDIT = re.compile(rf"{_SPACE}*[/／]?(?:文[/／·・]图|图[/／·・]文|文图|图文)$")
_CREDIT_SUFFIX = re.compile(r"(摄影报道|摄影|报道|摄|文|绘|制图|整理)$")


@dataclass(frozen=True, slots=True)
class Lead:
    """What a first paragraph opens with: the dateline and byline as printed, the reporters, and the rest."""

    dateline: str | None
    byline: str | None
    reporters: tuple[Reporter, ...]
    rest: str


def _split_names(chunk: str) -> list[str]:
    """Names separated by spaces, 、 or ，; a two-character name padded with spaces (方  圆) is joined back."""
    tokens = [t for t in _NAME_SEPARATORS.split(chunk) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        # 梁  生摄: the padded name's second half carries the credit suffix.
        if len(tok) == 1 and nxt and (len(nxt) == 1 or _CREDIT_SUFFIX.fullmatch(nxt[1:])):
            names.append(tok + nxt)
            i += 2
            continue
        names.append(tok)
        i += 1
    return names


def _is_name(token: str) -> bool:
    """A Chinese name (two to four characters) or a transliterated one (parts joined by a middle dot)."""
    if _GROUP.search(token):
        return False  # 本报记者, 通讯员: a role, not a name
    if _CHINESE_NAME.fullmatch(token):
        return True
    return len(token) <= 24 and _FOREIGN_NAME.match(token) is not None


def parse_reporters(inner: str, default_role: str | None = None) -> tuple[Reporter, ...] | None:
    """Reporters in a byline's text (``本报记者  方  圆  刘佳华``, ``见习记者 万峰鸣 记者 张可馨``), or None.

    None means the text is not a byline (a word that is not a name, or no role and no default role).
    """
    # "X摄影报道" credits X with the photographs (and the story): the role word must not read as a new group.
    inner = inner.strip(_BLANKS).replace("摄影报道", "摄")
    # Where it was filed from (本报记者 王伟 发自北京) is no name; 王伟 文/图 wrote it and took its pictures.
    inner = _FILED_FROM.sub("", inner)
    inner = _BOTH_CREDIT.sub("", inner)
    groups = list(_GROUP.finditer(inner))
    out: list[Reporter] = []
    if not groups:
        if default_role is None:
            return None
        names = _split_names(inner)
        if not names or not all(_is_name(n) for n in names):
            return None
        return tuple(Reporter(n, default_role, None) for n in names)
    if inner[: groups[0].start()].strip(_BLANKS + "、，,"):
        return None
    # 文 closes a writer's name only where a photographer is credited too (张云河文  梁  生摄); 陈尚文 is a name.
    photo_credit = _PHOTO_CREDITED.search(inner) is not None
    for k, g in enumerate(groups):
        end = groups[k + 1].start() if k + 1 < len(groups) else len(inner)
        chunk = inner[g.end() : end]
        role = _role(g.group("role"))
        affil = g.group("affil")
        if g.group("role") == "本报评论员":
            affil = "本报"
        for name in _split_names(chunk):
            if _CREDIT_SUFFIX.fullmatch(name) or name == "图":
                # A credit word on its own (记者 张三 报道, 李四 摄, 刘洋/图): not a name; 摄 or 图 makes the one before it
                # a photographer.
                if name.startswith(("摄", "图")) and out:
                    out[-1] = Reporter(out[-1].name, "摄影", out[-1].affiliation)
                continue
            suffix = _CREDIT_SUFFIX.search(name)
            this_role = role
            if suffix and len(name) - len(suffix.group()) >= 2 and (suffix.group() != "文" or photo_credit):
                if suffix.group().startswith("摄"):
                    this_role = "摄影"
                name = name[: suffix.start()]
            if not _is_name(name):
                return None
            out.append(Reporter(name, this_role, affil))
    return tuple(out)


def parse_lead(text: str) -> Lead | None:
    """Split a dateline and parenthesised byline off the start of a first paragraph, or None if there is none.  A
    bullet before the dateline (■本报讯, as news-in-brief items open) is decoration."""
    text = text.lstrip(_BULLETS)
    if "电" not in text and "讯" not in text:
        return None  # a dateline closes on 电 or 讯: most paragraphs hold neither, and the match is slow
    m = _DATELINE.match(text)
    if not m:
        return None
    dateline = m.group("dl")
    affil = m.group("affil")
    rest = text[m.end() :]
    byline = None
    reporters: tuple[Reporter, ...] = ()
    pm = _PAREN_BYLINE.match(rest)
    if pm:
        # Each role may have its brackets: 本报讯（记者 张三）（通讯员 李四）, or 〔〕, 【】 for ().
        while pm:
            parsed = parse_reporters(pm.group("inner"))
            if parsed is None:
                parsed = _colon_credits(pm.group("inner"))
            if parsed is None:
                break
            byline = pm.group(0).strip(_BLANKS) if byline is None else byline + pm.group(0).strip(_BLANKS)
            reporters += tuple(r if r.affiliation else Reporter(r.name, r.role, affil.lstrip("据")) for r in parsed)
            rest = rest[pm.end() :]
            pm = _PAREN_BYLINE.match(rest)
    else:
        # A bullet may mark the byline after the dateline (本报讯 □记者 张三 通讯员 李四 ……).
        marked = rest.lstrip(_BLANKS)
        cand = marked.lstrip(_BULLETS) if marked[:1] and marked[0] in _BULLETS else rest
        bm = _BARE_BYLINE.match(cand) or _SPACED_BYLINE.match(cand) or _SINGLE_SPACED_BYLINE.match(cand)
        parsed = parse_reporters(bm.group("inner")) if bm else None
        if bm and parsed:
            byline = bm.group(0).strip(_BLANKS)
            reporters = tuple(r if r.affiliation else Reporter(r.name, r.role, affil.lstrip("据")) for r in parsed)
            rest = cand[bm.end() :]
    return Lead(dateline, byline, reporters, rest.lstrip(_BLANKS))


_STANDALONE = re.compile(rf"^(?:{_AFFIL})?(?:{_ROLES})")
# A photo story's credit on its own line: 张三摄影报道, 本报记者  李  四摄影报道.
_PHOTO_CREDIT = re.compile(rf"^(?P<names>{_NAME_CH}[\u4e00-\u9fff·{_SPACE[1:-1]}]{{1,30}}?)(?:摄影报道|摄影|摄)$")


# The parser asks about the same lines several times (the labeler, the boundary model, the repairs): the answers are
# kept for the lines seen last. Results are immutable tuples of frozen records.
@lru_cache(maxsize=16384)
def parse_byline_block(text: str) -> tuple[Reporter, ...] | None:
    """Reporters of a block that is a byline on its own line (``本报记者  方  圆  刘佳华``, ``文/张三``), or None."""
    # 丨 (a character) is set as a bar in many papers' credits: 文丨张三, 记者丨李四.
    text = text.lstrip(_MARKS)
    if len(text) > 60:
        return None  # (before the replace below, which keeps the length: a paragraph is not copied for nothing)
    text = text.replace("丨", "｜")
    if _STANDALONE.match(text):
        found = parse_reporters(text)
        if found and (len(found) == 1 or found[0].name[0] in "为是在从") and _glued_word(text, found[0].name):
            return None
        return _colon_credits(text) if found is None else found
    slash = _slash_credits(text)
    if slash is not None:
        return slash
    m = _PHOTO_CREDIT.match(text)
    if m:
        names = _split_names(m.group("names"))
        if names and all(_is_name(n) and len(n) <= 4 for n in names):
            return tuple(Reporter(n, "摄影", None) for n in names)
    return None


def _glued_word(text: str, name: str) -> bool:
    """A word set right after the role with no space, that no surname opens, is no name: 记者手记 (a box's label),
    记者一行, 记者从中国, 作者为作家 (the text's own words).  Asked of a lone name, or of a first name opening with a
    verb or a preposition: a list glued to the role (本报记者莽九晨、丁雪真) names rarer surnames too."""
    if name[0] in _SURNAMES or name[:2] in _COMPOUND_SURNAMES or "·" in name:
        return False
    at = text.find(name)
    return at > 0 and text[at - 1] in "者员生影"


_ROLE_COLON = re.compile(rf"(?P<role>(?:{_AFFIL})?(?:{_ROLES})){_SPACE}*[：:｜|]{_SPACE}*")


def _colon_credits(text: str) -> tuple[Reporter, ...] | None:
    """A byline that sets each role off its names with a colon or a bar (``记者：张三  通讯员：李四``, ``记者｜张三``).
    An interview's question (``记者：好的``) reads the same, so every name must open with a common surname."""
    if _ROLE_COLON.match(text) is None:
        return None
    reporters = parse_reporters(_ROLE_COLON.sub(lambda m: m.group("role") + " ", text))
    if not reporters or not all(r.name[0] in _COMMON_SURNAMES or "·" in r.name for r in reporters):
        return None
    return reporters


# A photograph's credit closing its caption: 记者 张可馨 摄, （本报记者 王伟摄）, 新华社记者 李强 摄.
_CAPTION_CREDIT = re.compile(
    rf"(?:^|[。！？”\s\u3000]|[（(])(?P<credit>(?:{_AFFIL})?(?:摄影记者|记者|通讯员|特约摄影)?{_SPACE}*"
    rf"[\u4e00-\u9fff·]{{2,4}}(?:[ 、\u3000][\u4e00-\u9fff·]{{2,4}}){{0,2}}){_SPACE}*摄[）)]?$"
)


def parse_caption_credit(text: str) -> tuple[Reporter, ...] | None:
    """The photographers credited at the end of a photo's caption (``……开展植树活动。　记者 张可馨 摄``), or None.
    Only a role or a paper before the names, or a wide space or bracket before them, sets them off from the
    caption's own words."""
    m = _CAPTION_CREDIT.search(text[-40:])
    if m is None:
        return None
    credit = m.group("credit")
    if not _GROUP.match(credit) and m.start("credit") == 0 and len(text) > 40:
        return None
    reporters = parse_reporters(credit, default_role="摄影")
    if not reporters or not all(r.name[0] in _COMMON_SURNAMES or r.name[:2] in _COMPOUND_SURNAMES for r in reporters):
        return None
    return tuple(Reporter(r.name, "摄影", r.affiliation) for r in reporters)


_BRACKETED = re.compile(r"^(?:[（(]([^（()）]{2,60})[）)]|【([^【】]{2,60})】|〔([^〔〕]{2,60})〕)$")


def parse_bracketed_byline(text: str) -> tuple[Reporter, ...] | None:
    """Reporters of a whole bracketed byline set under the headings, as district papers print it (``（记者 张三
    通讯员 李四）``, ``【记者 张三】``, ``〔记者 张三〕``), or None.  Only the place tells it from a sign-off, which
    People's Daily sets the same way at an article's end (``（本报记者 王伟）``): call this for a line between the
    headings and the text."""
    m = _BRACKETED.match(text.strip(_MARKS))
    inner = m and (m.group(1) or m.group(2) or m.group(3))
    if not inner or inner.endswith("整理"):
        # A compiler's credit (（本报记者 X整理）, under a quote's ——attribution) closes the piece it follows.
        return None
    return parse_byline_block(inner)


_SENTENCE_STOPS = "。！？!?…"
_QUOTE_CLOSERS = '”’」』"'


@lru_cache(maxsize=16384)
def parse_closing_credit(text: str) -> tuple[Reporter, ...] | None:
    """Reporters credited in brackets at the close of a report's text, on a line of their own or after its last
    sentence, as local papers print them (``……抓好各项工作。（记者 张可馨 通讯员 刘洋）``), or None.  Every name must
    open with a common surname: a column's tag reads the same (``（记者手记）``, ``（评论员随笔）``)."""
    if not text or text[-1] not in "）)】〕":
        return None
    start = max(text.rfind("（"), text.rfind("("), text.rfind("【"), text.rfind("〔"))
    if start < 0 or len(text) - start > 48:
        return None
    before = text[:start].rstrip(_BLANKS).rstrip(_QUOTE_CLOSERS)
    if before and before[-1] not in _SENTENCE_STOPS:
        return None
    inner = text[start + 1 : -1].strip(_BLANKS)
    # Other papers' brackets (【记者 张可馨】) and slash credits (（张可馨/文 刘洋/图）) close a text the same way.
    reporters = parse_bracketed_byline("（" + inner + "）") or _slash_credits(inner)
    if not reporters or not all(
        r.name[0] in _COMMON_SURNAMES or r.name[:2] in _COMPOUND_SURNAMES or "·" in r.name for r in reporters
    ):
        return None
    return reporters


_BULLETS = "□■●○◎◉◆◇◈❖▲△★☆▶►"
# Bullets some layouts set before a byline (□本报记者 张三, ■记者 李四).
_MARKS = "□■●○◎◉◆◇◈❖▲△★☆▶►·•" + _BLANKS
# Local papers credit with a slash or a bar: 文/张三, 文/图 张三, 图/李四, 张三 文/图, 张三/文, 撰文：王五.
_SLASH_WHAT = r"文[/／·・]图|图[/／·・]文|文图|图文|撰文|文字|文|图|摄影|摄"
_SLASH_FRONT = re.compile(
    rf"(?P<what>{_SLASH_WHAT}){_SPACE}*[/／|｜:：]?{_SPACE}*(?P<names>[^/／|｜:：]+?)(?={_SPACE}+(?:{_SLASH_WHAT}){_SPACE}*[/／|｜:：]|$)"
)
_SLASH_BACK = re.compile(
    rf"^(?P<names>[^/／|｜:：]+?){_SPACE}*(?P<bar>[/／|｜]{_SPACE}*)?(?P<what>文[/／·・]图|图[/／·・]文|文|图)$"
)

_SLASH_OPENING = re.compile(rf"^(?:{_SLASH_WHAT}){_SPACE}*[/／|｜:：]")
_BOTH_OPENING = re.compile(rf"^(?:文[/／·・]图|图[/／·・]文){_SPACE}")

_AGENCY = re.compile(_AFFIL)  # 图/新华社: a picture agency's credit, not a person's


def _slash_role(what: str) -> str:
    return "摄影" if what in ("图", "摄影", "摄") else "作者"


def _slash_credits(text: str) -> tuple[Reporter, ...] | None:
    """Writers and photographers credited with a slash or a colon (文/张三  图/李四, 张三 文/图), or None."""
    out: list[Reporter] = []
    if _SLASH_OPENING.match(text) or _BOTH_OPENING.match(text):
        pos = 0
        for m in _SLASH_FRONT.finditer(text):
            if text[pos : m.start()].strip(_BLANKS):
                return None
            pos = m.end()
            if _STANDALONE.match(m.group("names")):
                # 文/本报记者 张三: the role is printed after the slash, with the paper's name.
                staff = parse_reporters(m.group("names"))
                if not staff:
                    return None
                role = _slash_role(m.group("what"))
                out.extend(r if role == "作者" else Reporter(r.name, role, r.affiliation) for r in staff)
                continue
            names = _split_names(m.group("names"))
            if not names or not all(_is_name(n) and not _AGENCY.fullmatch(n) for n in names):
                return None
            out.extend(Reporter(n, _slash_role(m.group("what")), None) for n in names)
        if text[pos:].strip(_BLANKS) or not out:
            return None
        return tuple(out)
    if not text.rstrip(_BLANKS + "\n").endswith(("文", "图")):
        return None  # the credits below close on 文 or 图 (a newline may follow, as $ allows): most lines do not
    m = _SLASH_BACK.match(text)
    if m and (m.group("bar") or len(m.group("what")) == 3):  # 张三 文/图, 张三 文·图: a bare 文 needs its bar
        names = _split_names(m.group("names"))
        if names and all(_is_name(n) and not _AGENCY.fullmatch(n) for n in names):
            return tuple(Reporter(n, _slash_role(m.group("what")), None) for n in names)
    # Several credits each closed by its slash (张三/文  李四/图).
    parts = _SPACE_RUN.split(text.strip(_BLANKS))
    if len(parts) > 1 and all(_SLASH_BACK.match(p) and ("/" in p or "／" in p) for p in parts):
        found = [_slash_credits(p) for p in parts]
        if all(found):
            return tuple(r for f in found if f for r in f)
    return None


@lru_cache(maxsize=16384)
def parse_signature(text: str) -> tuple[str, ...] | None:
    """Names of a line that is only names (a commentary signed ``桂从路``, ``李  拯``, ``阿比布·迪亚``), or None.

    Chinese names are two to four characters (a two-character name may be padded: ``郑  翔``); a transliterated
    name joins its parts with a middle dot.  At most four names.
    """
    if len(text) > 40:
        return None
    names = _split_names(text)
    if not 1 <= len(names) <= 4 or any(n in _LABEL_WORDS for n in names):
        return None
    # Four-character "names" side by side are a headline's two halves (山高水远  忠诚作答), not two people.
    if len(names) > 1 and any(len(n) == 4 and "·" not in n for n in names):
        return None
    for name in names:
        if not (_CHINESE_NAME.fullmatch(name) or _FOREIGN_NAME.match(name)):
            return None
    return tuple(names)


# Labels a paper sets on a line of their own inside a text (回  信 over a letter, 目  录, 引子, 链接): two or three
# characters, padded like a name, but never a signature.
_LABEL_WORDS = frozenset(
    ("回信", "复信", "贺信", "贺电", "唁电", "目录", "引子", "前言", "序言", "导言", "寄语", "链接", "镜头", "此致")
    + ("后记", "附件", "全文", "结语", "尾声", "结束语")
)


# The commonest surnames (about nine in ten people): enough to tell a signature (李维俊) from a short heading (编者按).
# etl.entities.surnames has the full list; the parser stays independent of the entity extractor.
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    # Less common, still no word begins a three-character line with them: 亓玉昆, 窦瀚洋, 郁静娴.
    "洪盛窦郁亓师吉索骆戚屈项祁蓝卜伏卓蔺滕栾冷晏柴揭邝翁瞿鲍靳牟粟闵冉佟尤禹缪鞠苟刁臧栗丛贝仇冀卞晋荆"
)


def is_clear_signature(text: str) -> bool:
    """A line that can only be a signature: a padded two-character name (郑  翔), a three-character name with a
    common surname, a transliterated name, or several names."""
    names = parse_signature(text)
    if not names:
        return False
    if "·" in names[0]:
        return True
    if len(names) > 1:
        # Several names each open with a surname (王  伟  李  强); 教与学 更智能, 我爱你，中国 are headlines.
        return all("·" in n or n[0] in _COMMON_SURNAMES or n[:2] == "欧阳" for n in names)
    name = names[0]
    padded = len(name) == 2 and len(text) > 2
    return padded or (len(name) == 3 and (name[0] in _COMMON_SURNAMES or name[:2] == "欧阳"))


def looks_like_signature(text: str) -> bool:
    """A line that is only a name or a few names: a signature, not a sentence."""
    return parse_signature(text) is not None


# Section labels that print like a padded name or a short name under a title: they are text, not a writer.
_SECTION_LABELS = frozenset(
    "贺信 回信 目录 引子 序言 前言 导读 编者按 编后 题记 附录 尾声 序曲 后记 短评 述评 按语 提要".split()
)


# Surnames a writer's signature may open with: the extractor's table (a data module, cheap to import) and a few
# rarer ones seen in signatures (巨, 剧, 逄, 郦) that the tagger was not trained with.
_SURNAMES = SINGLE_SURNAMES | frozenset("巨剧逄郦")
_COMPOUND_SURNAMES = COMPOUND_SURNAMES


# A reader's or a guest's place before the name (北京东城区  左敦华, 江苏南京  王明), as opinion columns sign (来论).
_PLACED_WRITER = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}(?:省|市|县|区|州|旗|盟|镇|乡|村)"
    r"|(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    r"|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|台湾)[\u4e00-\u9fff]{0,8})[ \u3000\u00a0]{2,}(\S.{0,8})$"
)


def parse_writer_line(text: str) -> tuple[Reporter, ...] | None:
    """A writer's name printed alone under an article's title (``剧锦文``, ``巨云鹏``, ``麦克·奥杜罗``), or None.

    Commentaries, essays and guest columns are signed this way.  Each name must read as a person's: a transliterated
    name, or two or three characters opening with a surname (a four-character name needs a compound surname), so
    section labels (核心阅读, 开栏的话, 引  子) stay text.
    """
    placed = _PLACED_WRITER.match(text)
    names = parse_signature(placed.group(1) if placed else text)
    if not names or len(names) > (1 if placed else 2):
        return None
    for name in names:
        if name in _SECTION_LABELS:
            return None
        if "·" in name or "・" in name:
            continue
        compound = name[:2] in _COMPOUND_SURNAMES
        if not (compound and len(name) in (3, 4)) and not (len(name) in (2, 3) and name[0] in _SURNAMES):
            return None
    return tuple(Reporter(name, "作者", None) for name in names)
