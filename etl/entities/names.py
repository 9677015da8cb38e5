"""People with their printed titles, organizations and places: a trained character tagger plus Chinese naming rules."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import rjieba

from etl.entities.gazetteer import Place, curated_names, is_place_name, lookup, word_short_names
from etl.entities.gazetteer import get as gazetteer_get
from etl.entities.lexicons import (
    FOREIGN_MOVEMENTS,
    KNOWN_ORGS,
    ORG_SUFFIX_SET,
    ORG_SUFFIXES,
    autonomous_bare_names,
    autonomous_short_names,
    known_org_names,
    place_names,
)
from etl.entities.surnames import COMPOUND_SURNAMES, JAPANESE_SURNAMES, SINGLE_SURNAMES, surname_length
from etl.entities.tagger import TRANSLIT_CHARS, Span, analyse
from etl.entities.titles import (
    COORDINATED_FIELDS,
    LEAD_WORDS,
    TITLE_HEADS,
    title_after,
    title_chain_before,
    title_head_at_end,
)
from etl.records import Mention

_PERSON_POS = frozenset(("nr", "nrfg", "nrt"))
_NAME_STOP_CHARS = frozenset(
    "的了在是和与及等说讲指出表示要到对为把被从向率主参出来去会将就也都已还在并同跟陪带走看听作做任召开赴于"
    "、，。；：！？“”‘’（）《》()\n\t 　0123456789"
)
_ORG_BODY_POS = frozenset(("n", "nt", "ns", "nz", "j", "vn", "b", "eng", "nr", "an", "l", "ng"))
_ORG_BREAK_WORDS = frozenset(
    "和 与 及 等 的 在 是 为 对 向 由 将 把 被 从 联合 携手 共同 联手 会同 发布 举办 主办 承办 成立 组建 "
    "两国 双方 各国 有关 所属 下属 旗下 隶属于 隶属 属于 归属于".split()
)


_NOT_ORG_WORDS = frozenset(
    "布局 格局 大局 全局 结局 开局 变局 新局 当局 承办 举办 主办 创办 开办 包办 协办 督办 交办 申办 内部 外部 全部 局部 "
    "干部 东部 西部 南部 北部 中部 头部 底部 基层 场所 住所 厕所 寓所 机会 社会 大会 晚会 盛会 "
    "文学 科学 数学 哲学 医学 化学 美学 教学 留学 加油站 车站 网站 合办".split()
)
_LEVEL_CHARS = frozenset("省市区县镇乡村")
_GENERIC_AFTER_PLACE = frozenset(("政府", "公司", "部队", "工厂", "企业", "当局", "军队"))
# Suffixes the name rules read but the tagger's lexicon leaves out (its features were trained without them, and a
# last character 关 would make every 机关 look like a body's end, as it would the segmenter's nt): 杭州海关, 南京海关;
# a Japanese company's legal form, which the segmenter tags nt alone (东日本旅客铁道株式会社, 丰田汽车株式会社).
_RULE_ONLY_SUFFIXES = ("海关", "株式会社", "指挥部")
_ORG_SUFFIX_RE = re.compile(
    "(?:" + "|".join(sorted((*ORG_SUFFIXES, *_RULE_ONLY_SUFFIXES), key=len, reverse=True)) + ")"
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the segmenter, with its offsets."""

    word: str
    pos: str
    start: int
    end: int


def _tokens(text: str, tagged: list[tuple[str, str]] | None = None) -> list[Token]:
    out: list[Token] = []
    i = 0
    for word, pos in rjieba.tag(text) if tagged is None else tagged:
        if pos in ("v", "vn") and len(word) >= 2 and _verb_tagged_place(word):
            pos = "ns"  # 自贡, 包头, 遵义: a city's name the segmenter tags a verb
        out.append(Token(word, pos, i, i + len(word)))
        i += len(word)
    return out


@cache
def _verb_tagged_place(word: str) -> bool:
    return word in place_names() and word not in word_short_names() and word not in _VERB_PLACE_WORDS


_VERB_PLACE_WORDS = frozenset(("解放", "合作", "安居", "振兴", "前进", "延长", "安定", "比如"))  # verbs first


def _given_name_end(text: str, start: int, tokens_by_start: dict[int, Token]) -> int:
    """End of a personal name whose surname begins at ``start`` (2-3 characters, 4 with a compound surname)."""
    sl = surname_length(text, start)
    if not sl:
        return start
    tok = tokens_by_start.get(start)
    if tok is not None and tok.pos in _PERSON_POS and 2 <= len(tok.word) <= 3 + (sl == 2):
        end = tok.end
    else:
        end = start + sl
        nxt = tokens_by_start.get(end)
        if nxt is not None and 1 <= len(nxt.word) <= 2 and nxt.pos != "x":
            end = nxt.end
        else:
            end = min(start + sl + 2, len(text))
    # a lone trailing character the segmenter split off (恽淇|丞, 白云|萍)
    if end - start - sl == 1 and end < len(text) and text[end] not in _NAME_STOP_CHARS:
        nxt = tokens_by_start.get(end)
        if nxt is not None and len(nxt.word) == 1 and nxt.pos not in ("x", "p", "c", "u", "d", "v"):
            end += 1
    last = tokens_by_start.get(end - 1)
    bound = end - start - sl == 2 and last is not None and last.pos in ("g", "zg") and len(last.word) == 1
    # (a stop character inside a given name that ends in a bound character is the name's: 倪来|娣)
    while not bound and end > start + sl and any(c in _NAME_STOP_CHARS for c in text[start + sl : end]):
        end -= 1
    if end - start - sl < 1:
        return start
    return end


# How far after a printed name a bare repetition still means the same person (an article's length, about).
_LINK_WINDOW = 4000


def _bare_mentions(text: str, persons: list[Mention]) -> list[Mention]:
    """Later bare mentions of a name found with evidence (乔俊杰指出), within an article's reach of the last one."""
    by_name: dict[str, list[int]] = {}
    for m in persons:
        if len(m.canonical) >= 2:
            by_name.setdefault(m.canonical, []).append(m.start)
    if not by_name:
        return persons
    covered = [False] * (len(text) + 1)
    for m in persons:
        for k in range(m.start, m.end):
            covered[k] = True
    out = list(persons)
    for name in sorted(by_name, key=len, reverse=True):
        anchors = sorted(by_name[name])
        a = 0
        pos = anchors[0]
        while True:
            hit = text.find(name, pos)
            if hit < 0:
                break
            while a + 1 < len(anchors) and anchors[a + 1] <= hit:
                a += 1
            if hit - anchors[a] > _LINK_WINDOW:
                if a + 1 >= len(anchors):
                    break
                pos = anchors[a + 1]
                continue
            end = hit + len(name)
            if not any(covered[hit:end]) and not text.startswith(("村", "镇", "乡"), end):  # (梁家河|村: the village)
                for k in range(hit, end):
                    covered[k] = True
                out.append(Mention("person", name, hit, end, name))
                anchors.insert(a + 1, hit)
                a += 1
            pos = hit + 1
    return out


_ORG_LAST_CHARS = frozenset(x[-1] for x in ORG_SUFFIXES) | frozenset("党团社军委队行")
_STRONG_HEAD_POS = frozenset(("ns", "nt", "nz", "j", "nr", "nrt"))
_SHORT_CHAIN_SUFFIXES = frozenset(("集团", "办", "有限公司", "股份有限公司", "集团公司"))
# What follows 办 when it is the verb: its object (体育, 自来水, 工业) or an aspect particle (办了).
_OBJECT_POS = frozenset(("n", "vn", "l", "nz", "ul", "uz", "ug", "m", "i"))
# What follows an office named by 办 (名城办|工作人员, 生态办|负责人).
_AFTER_OFFICE = ("工作人员", "负责人", "同志", "干部", "人员", "职工", "相关", "有关", "领导", "专门", "主要")


def _taken(
    orgs: Sequence[Mention], persons: Sequence[Mention], places: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans already given to a body, a person or a place: a later rule claims none of them."""
    return [(m.start, m.end) for m in orgs] + [(m.start, m.end) for m in persons] + list(places)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(x < end and start < y for x, y in spans)


def _starts_of(text: str, word: str) -> Iterator[int]:
    """Where each occurrence of ``word`` in ``text`` starts, overlapping ones too."""
    k = text.find(word)
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


def _known_org_hits(text: str, bounds: set[int] | None = None) -> list[tuple[int, int]]:
    """Where the curated organization names occur, longest first, not overlapping; with the segmenter's word
    ``bounds``, not a name that starts and ends inside words (集|中行|动 is 集中行动)."""
    hits: list[tuple[int, int]] = []
    for word in KNOWN_ORGS:
        for start in _starts_of(text, word):
            dotted = text[start + len(word) : start + len(word) + 1] in ("·", "•", "・")
            if (bounds is None or start in bounds or start + len(word) in bounds) and not dotted:
                hits.append((start, start + len(word)))  # (not 阿卜杜勒法塔赫|·塞西: a person's name runs on)
    hits.sort(key=lambda se: (se[0] - se[1], se[0]))
    used = [False] * (len(text) + 1)
    out: list[tuple[int, int]] = []
    for s, e in hits:
        if not any(used[s:e]):
            for k in range(s, e):
                used[k] = True
            out.append((s, e))
    return out


# Verbs of founding, buying or joining a company, printed before its name and no part of it (成立|…有限公司).
_FOUNDING_VERBS = frozenset(
    "成立 注册 建立 创办 设立 收购 组建 新增 成为 引进 入股 并购 兼并 创立 开办 加入 进入 联合 合资".split()
)
# The national level that opens a government body's name as a place does (中央外事工作委员会, 国家医疗保障局,
# 全国节约用水办公室); not other kinds, which it ranks (全国重点实验室, 国家区域医疗中心, 全国法院, 国家绿色工厂).
_NATIONAL_HEADS = frozenset(("中央", "国家", "全国"))
_NATIONAL_OFFICE_ENDINGS = ("局", "委员会", "委", "办", "办公室", "署", "有限公司", "有限责任公司")


def _org_chain_ok(first: Token, suffix: Token, n_before: int) -> bool:
    """Whether a run of words before an organization suffix names one: it must begin with a place, a name or a
    level (区水利局, 华龙国际核电技术有限公司, 中央外事工作委员会), or be one plain word before 集团/办 (先行集团, 生态办)."""
    if first.pos in _STRONG_HEAD_POS or first.word[0] in _LEVEL_CHARS:
        return True
    if first.word in _NATIONAL_HEADS and suffix.word.endswith(_NATIONAL_OFFICE_ENDINGS):
        return True
    return n_before == 1 and first.pos == "n" and suffix.word in _SHORT_CHAIN_SUFFIXES


_DATELINE_LEAD = re.compile(
    r"(?:本报讯|[0-9０-９一二三四五六七八九十]*日讯|讯|[0-9０-９]*日电|(?<=日)电"
    r"|广大|全体)"  # and a quantifier of the members it names: 广大|政协委员, 全体|党员
)


def _lead_junk(text: str, start: int, end: int) -> int:
    """How many characters of a dateline (本报讯, 17日讯), a quantifier (广大, 全体) or spaces open an organization
    span: 17日讯|新华社, 广大|政协."""
    m = _DATELINE_LEAD.match(text, start, end)
    k = m.end() if m and end - m.end() >= 2 else start
    while k < end - 2 and text[k].isspace():
        k += 1  # the spaces a dateline is set off by (新华社北京5月12日电\xa0\xa0|中共中央政治局)
    return k - start


def _quoted_length(text: str, start: int) -> int:
    """Characters from ``start`` to the closing quote (at most 20 looked at; 20 when none closes)."""
    for k in range(start, min(len(text), start + 20)):
        if text[k] in '”"’':
            return k - start
    return 20


def _quoted_sentence(text: str, start: int) -> bool:
    """Whether the quotation opening before ``start`` is a sentence someone said (it has a comma or a stop before
    its close), not a quoted name (“太湖美”, “洛邑大讲堂·赋能城市旅游”)."""
    for k in range(start, min(len(text), start + 60)):
        if text[k] in '”"’':
            return False
        if text[k] in "，。！？；,!?;":
            return True
    return False


def _is_place(name: str) -> bool:
    """A place name: the lexicon's, a one-character country or province abbreviation, or the gazetteer's."""
    if name in place_names() or name in _ABBREV_PLACES or name in _FOREIGN_ABBREVS:
        return True
    try:
        return is_place_name(name)
    except OSError:  # the gazetteer seed is not there (a partial checkout)
        return False


_PREDICATE_POS = frozenset(("a", "ad", "v", "vd", "d", "i", "l"))


def _plain_word_org(text: str, span: Span, tokens: list[Token]) -> bool:
    """A short organization of the tagger's, with no body's suffix and known as no organization, that ends inside one
    of the segmenter's words: 中华|文化, 神州|大地, 普惠|小微, 直辖|市, 侵华|日军, 内罗|毕 (a place)."""
    name = text[span.start : span.end]
    if _ORG_SUFFIX_RE.search(name) or name in known_org_names() or name[-1] in _ORG_LAST_CHARS:
        return False
    k = bisect_right(tokens, span.end - 1, key=lambda t: t.start) - 1
    last = tokens[k] if k >= 0 else None
    if len(name) > 3:
        # a longer one cut inside a predicate is a clause, no name: 辽宁农业资源丰|富
        return last is not None and last.end > span.end and last.start < span.end and last.pos in _PREDICATE_POS
    if last is not None and last.end > span.end:
        # the name would end inside a word (not where the word is the body's name, 国新|办, 内阁|会议, or the
        # segmenter glued a function word on: 广汽|等, 由广汽|看广东)
        rest = text[span.end : last.end]
        return (
            last.word[-1] not in _ORG_LAST_CHARS
            and rest != "会议"
            and not (len(rest) == 1 and rest in _NAME_STOP_CHARS)
        )
    return False


# Common nouns the tagger reads as bodies, which name none: kinds of body (商业银行, 科研院所, 乡镇卫生院), sectors
# (新能源汽车, 金融科技), a ministry's field (人力资源社会保障|部门), and phrases (核心竞争力, 新时代党|的).
_NOT_ORG_NAMES = frozenset(
    "新能源汽车 金融科技 核心竞争力 科研院所 商业银行 外资银行 中资银行 人民军队 全党全军 党委政府 乡镇卫生院 卫生室 "
    "村卫生室 智慧法院 中国哲学社会科学 人力资源社会保障 新时代党 大拇指 多维度 聚力 "
    "中华 电信 普惠 深有体会 世界舞台 社区卫生服务中心 村民中心 中国新能源汽车 全国新能源汽车 "
    "春联 联络站 农家院 幸福院 福利院 中西部 县委大院 "
    # a legal tail, a bloc, a kind of body or a phrase with no name of their own (新时代新征程党|的建设)
    "军事集团 商协会 四合院 智慧工厂 中央财政 新征程党 美术馆 "
    # kinds of body with no name (推进城市医疗集团建设, 施工队在反复试验中, 组建教育集团)
    "城市医疗集团 医疗集团 教育集团 施工队 医共体 医联体".split()
)
_KINDS_AFTER_COMPANY = tuple(sorted((k for k in _NOT_ORG_NAMES if len(k) >= 3), key=len, reverse=True))


def _kind_after_company(name: str) -> int:
    """The length of a kind of body with no name (智慧工厂, 医疗集团) that ends a group's or company's name, else 0."""
    kind = next((k for k in _KINDS_AFTER_COMPANY if name.endswith(k)), "")
    head = name[: len(name) - len(kind)]
    return len(kind) if kind and len(head) >= 4 and head.endswith(("集团", "公司")) else 0


# A news agency's dateline word printed after its name: 新华社|电, 央视网|消息, 本报|讯.
_ZONE_AFTER = re.compile(
    "[\u4e00-\u9fff]{0,8}?(?:产业园区|工业园区|科技园区|产业园|工业园|科技园|高新区|开发区|经开区|自贸区|保税区|综保区)"
    "|国家公园|(?:国家级)?自然保护区|湿地公园|森林公园|地质公园"  # 三江源|国家公园, right after the place's name
)
_ZONE_BODY_AFTER = re.compile(
    "管委会|管理委员会|党工委|工委|管理局|管理办公室|管理中心|分局|有限公司|公司|集团|[党团工]"
)
_ZONE_BREAKS = frozenset("的和与及在是为对从到")
_FORCES_AFTER = re.compile(
    "政府军(?![事费工备售])|武装部队|联合部队|国防军|国防部队|武装力量|陆军|海军|空军|海军陆战队|国民警卫队|海岸警卫队"
)
# A level or a kind of place before a kind of body names no body (县级博物馆, 县区医院, 乡村小学, 区域中心, 市级).
_KIND_OF_BODY = re.compile(
    "(?:省级|市级|县级|乡级|村级|县区|乡村|区域|基层|各级)(?:博物馆|图书馆|医院|卫生院|小学|中学|学校|中心|政府|党委|)"
    "|(?:省级|市级|县级|乡级|镇级|村级)[\u4e00-\u9fff]{2,4}(?:中心|服务站|平台)"  # 县级调度中心, 县级融媒体中心
    # a bare level's kind of service centre (村|党群服务中心, 镇便民服务中心; not 马坝镇便民服务中心), a proxy service
    "|(?:村|镇|乡|社区|街道|县|区)?(?:党群|便民|综合|政务|文化活动|养老)服务中心|新时代文明实践(?:中心|所|站)"
    "|[\u4e00-\u9fff]{0,4}代办"  # 乡镇代办 (a proxy service, no office: 办)
    # a bare kind of body (配套建设学校、幼儿园、卫生院; 乡卫生院 stays: example.dev's body), a company's department by
    # the generic word (公司|注册部经理), and a trade fair's short name, an event (消博会、广交会再创新高, 进博会, 服贸会)
    "|卫生[院所]|(?:公司|集团|企业|单位)[\u4e00-\u9fff]{1,4}[部处科室]|[\u4e00-\u9fff]{1,3}(?:博会|交会|贸会|洽会)"
    # a kind of centre with no name (指挥中心, 交易中心, 创新中心; not 马坝镇便民服务中心)
    "|(?:指挥|交易|商业|创新|研发|技术|数据|调度|物流|运营|培训|展示|体验|孵化|检测|监测|康养|救助|分拨)中心"
    # a level's kind of trade centre (县城综合商贸服务中心, 乡镇商贸中心)
    "|(?:县城|乡镇|县域|村级|城乡)?(?:综合)?商贸(?:服务)?中心"
    "|(?:游说|犯罪|贩毒|利益|恐怖)集团"  # 以色列及其游说集团: a kind of group, no company
    "|(?:园区|景区|开发区|高新区|街道|社区|村|镇|乡)(?:党工委|党委|管委会)"  # 园区党工委: a kind of body
)
_DATELINE_TAILS = re.compile("(?<=[社网台报])(?:电|讯|消息)$")


def _dateline_tail(text: str, start: int, end: int) -> int:
    """How many characters at the end of an organization are a dateline's word (新华社电 -> 1, 央视网消息 -> 2)."""
    m = _DATELINE_TAILS.search(text, start, end)
    return end - m.start() if m and m.start() - start >= 2 else 0


def _abbreviated_country_before(text: str, start: int, occupied: list[bool], by_start: dict[int, Token]) -> bool:
    """Whether a country's one-character name (乌, 以, 俄) stands right before the body at ``start``, on its own
    (the segmenter starts a word there: not 出|台, 参|加; and no date: not 8|日)."""
    k = start - 1
    return (
        k >= 0
        and not occupied[k]
        and k in by_start
        and not (text[k] in "日月" and k > 0 and (text[k - 1].isdigit() or text[k - 1] in "一二三四五六七八九十"))
        and text[k] in _COUNTRY_ABBREVS - frozenset("中")
        and _ABBREV_BODY.match(text, start) is not None
        and (k == 0 or not _is_name_char(text[k - 1]) or text[k - 1] in _ABBREV_BEFORE)
    )


def _is_zone(name: str) -> bool:
    """A development zone, new district or park of the curated gazetteer (雄安, 前海, 松山湖), by name or short name."""
    return any(p.level == "zone" and p.source == "curated" for p in _gazetteer_places(name))


def _gazetteer_places(name: str) -> list[Place]:
    """The gazetteer's places of that name, none when the seed is not there (a partial checkout)."""
    try:
        return lookup(name)
    except OSError:
        return []


# Societies named for the whole country or the world, then what they do: 中国文化扶贫委员会, 国际游泳联合会,
# 中国铁路关心下一代工作委员会, 中华幸福功总会. Their middle words may be verbs and times the suffix chain stops at.
_WIDE_HEADS = frozenset(("中国", "中华", "全国", "国际", "世界", "亚洲", "欧洲", "全球"))
_SOCIETY_SUFFIXES = frozenset(
    ("委员会", "协会", "学会", "研究会", "联合会", "总会", "基金会", "促进会", "商会", "联谊会", "工作委员会")
)
_SOCIETY_BODY_POS = _ORG_BODY_POS | frozenset(("v", "f", "t", "a", "nr", "nrt", "ns", "s", "vn"))


def _national_bodies(tokens: list[Token], blocked: list[bool]) -> list[tuple[int, int]]:
    """Spans of a society named from 中国/国际/... to its suffix, the last such head before the suffix."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(tokens):
        if t.word not in _SOCIETY_SUFFIXES or t.pos not in ("n", "nt") or i == 0:
            continue
        for j in range(i - 1, max(-1, i - 8), -1):
            p = tokens[j]
            if blocked[p.start] or p.word in _ORG_BREAK_WORDS:
                break
            if p.word in _WIDE_HEADS:
                if i - j >= 2:
                    out.append((p.start, t.end))
                break
            if p.pos not in _SOCIETY_BODY_POS:
                break
    return out


_LOCAL_BODY_POS = frozenset(("n", "nz", "vn", "nt", "j", "v", "zg", "nr", "ns", "l"))
_FARM_AFTER = re.compile("[\u4e00-\u9fff]{0,4}?[林农]场")
_LOCAL_BODY_ENDINGS = (
    "厂",
    "林场",
    "农场",
    "信用社",
    "服务社",
    "合作社",
    "出版社",
    "报社",
    "所",
    "队",
    "医院",
    "卫生院",
    "研究院",
    "设计院",
)
_LOC_BODY_ENDINGS = (
    "林场",
    "农场",
    "派出所",
    "卫生院",
    "卫生室",
    "卫生所",
    "幼儿园",
    "小学",
    "中学",
    "医院",
    "管委会",
    "村委会",
    "居委会",
)
_TO_PLACE_VERBS = frozenset("到达 来到 走进 走访 前往 赶到 深入 抵达 位于 落户 回到".split())


_FOREIGN_LEVELS = frozenset(("country", "historical_country", "foreign_region", "foreign_city"))


def _country_before_movement(
    text: str,
    orgs: list[tuple[int, int]],
    places: list[tuple[int, int]],
    occupied: list[bool],
    by_end: dict[int, Token],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A country printed right before a movement it has is part of the movement's name, as before any body of its
    (也门|胡塞武装, 阿富汗|塔利班, 苏丹|快速支援部队): the organization from the country on, the country no place."""
    place_ending = {pe: (ps, pe) for ps, pe in places}
    out = []
    for s, e in orgs:
        if text[s:e] in FOREIGN_MOVEMENTS:
            place = place_ending.get(s)
            word = by_end.get(s)
            if place is not None and _foreign_place(text[place[0] : s]):
                places = [x for x in places if x != place]
                s = place[0]
            elif word is not None and not any(occupied[word.start : s]) and _foreign_place(word.word):
                _occupy(occupied, word.start, s)
                s = word.start
        out.append((s, e))
    return out, places


def _foreign_place(name: str) -> bool:
    """A foreign country's or city's name in the gazetteer, and nothing else there (not 祖国, 我国: China's)."""
    found = _gazetteer_places(name)
    return bool(found) and all(p.level in _FOREIGN_LEVELS and p.name != "中国" for p in found)


_BODY_PERSONNEL = frozenset("官兵 战士 士兵 将士 人员 官员 干警 民警 职工 员工 队员 干部".split())


def _runs_past_body(text: str, e: int, end: int, by_start: dict[int, Token]) -> bool:
    """Whether a tagger's organization that starts with a known body's name runs on past it into no body's name:
    into a word that starts inside the name (国家卫生健康委|下一步: 委下) or into one word that ends no body's name
    (联合国|宪章, 国家发展改革委|会同, 国家电网|智慧; not 联合国|安理会, 国务院|食安办, 中共中央|书记处)."""
    if text[e:end] in _BODY_PERSONNEL:
        return True  # 武警|官兵, 联合国|官员: the body's people, no body
    if e not in by_start:
        return end - e == 1 and text[e] not in _ORG_LAST_CHARS
    tok = by_start[e]
    return (
        tok.end >= end
        and tok.pos not in ("nt", "nz", "j")
        and tok.word[-1] not in _ORG_LAST_CHARS
        and tok.word not in ORG_SUFFIX_SET
        and not tok.word.endswith("组织")  # 欧佩克|组织
    )


def _find_orgs(text: str, tokens: list[Token], blocked: list[bool]) -> list[Mention]:
    spans: list[tuple[int, int]] = []
    # the 和 of two fields a body's name coordinates is part of the name: 重庆市文化和旅游发展委员会, 市人力资源和社会保障局
    joined = _field_joints(text)
    for i, t in enumerate(tokens):
        if t.word in _NOT_ORG_WORDS or t.word[-2:] in _NOT_ORG_WORDS:
            continue  # 新格局, 儿童文学: the segmenter's nt on a word ending like a body
        is_nt = t.pos == "nt" and t.word != "株式会社"  # (its name is words of any kind: 旅客|铁道)
        if is_nt and not (t.word[-1] in _ORG_LAST_CHARS or t.word in KNOWN_ORGS):
            continue  # the segmenter's nt on 中印, 美中关系
        generic = next((g for g in _GENERIC_AFTER_PLACE if t.word.endswith(g) and len(t.word) > len(g)), None)
        if generic and t.word[-len(generic) - 1] not in _LEVEL_CHARS and _is_place(t.word[: -len(generic)]):
            continue  # 以色列政府, 俄政府, 美国公司: a country's government or companies are the place here
        m = _ORG_SUFFIX_RE.fullmatch(t.word)
        tail = _ORG_SUFFIX_RE.search(t.word, 2) if t.pos in ("nr", "nrt", "nz", "ns") and len(t.word) >= 4 else None
        if (
            tail is not None
            and tail.end() == len(t.word)
            and tail.group() != "办"
            and title_head_at_end(t.word) is None
            and rjieba.tag(t.word[: tail.start()])[0][1] not in _WORD_NOT_NAME_POS  # (测试|中心, 临时|代办)
        ):
            spans.append((t.start, t.end))  # one word of the segmenter's, a name and a body's suffix: 李嘉诚基金会
            continue
        if (
            not is_nt
            and m is None
            and not (t.word.endswith(("局", "办", "委")) and t.pos in ("n", "nt", "v"))
            and not (len(t.word) >= 2 and t.word.endswith(("厂", "中心")) and t.pos in ("n", "nt"))
        ):
            continue  # (处理厂, 总厂: a factory after a place and a product names one: 济南污水处理厂)
        if title_head_at_end(t.word) == t.word:
            continue
        if t.word in _RULE_ONLY_SUFFIXES and text[t.end : t.end + 1] in ("与", "和", "及"):
            continue  # a field of a longer body's name: 美国海关与边境保护局
        j = i
        start = t.start
        level_head = False  # the chain starts at a level the segmenter joined to a word before it: 由县|生态环境分局
        while j - 1 >= 0 and i - (j - 1) <= 5:
            p = tokens[j - 1]
            if blocked[p.start]:
                break
            if is_nt and not ((p.pos in ("ns", "nt", "j") and len(p.word) >= 2) or p.word in _LEVEL_CHARS):
                if _word_before_level(p.word):
                    start = p.start + 1
                break
            # a company's formal name may hold verbs of its business (中央国债登记结算有限责任公司), from a strong head
            business_verb = (
                p.pos == "v"
                and len(p.word) == 2
                and (t.word.endswith("有限公司") or (t.word == "公司" and tokens[i - 1].word == "有限责任"))
                and p.word not in _FOUNDING_VERBS
            )
            if (
                p.start not in joined
                and not business_verb
                and (p.word in _ORG_BREAK_WORDS or (p.pos not in _ORG_BODY_POS and p.word not in _LEVEL_CHARS))
            ):
                break
            if _word_before_level(p.word):
                start = p.start + 1
                level_head = j < i
                break
            j -= 1
            start = p.start
        if t.word in _GENERIC_AFTER_PLACE and _is_place(text[start : t.start]) and not is_nt:
            if text[t.start - 1] not in _LEVEL_CHARS and text[t.start - 1] != "州":
                continue  # a country and a generic body is the country: 俄|政府, 美国|公司, 南斯拉夫|政府
                # (a state's or a prefecture's is its government: 伊利诺伊州政府, 甘孜州政府)
        if (
            t.word == "办"
            and i + 1 < len(tokens)
            and tokens[i + 1].pos in _OBJECT_POS
            and not tokens[i + 1].word.startswith(_AFTER_OFFICE)
            and not (tokens[j].pos in _STRONG_HEAD_POS or tokens[j].word[0] in _LEVEL_CHARS)
        ):
            continue  # 办 doing something (社会办体育, 为群众办自来水, 人员办了), not an office (生态办主任)
        if is_nt and t.word[-1] == "行" and len(t.word) >= 3 and not t.word.endswith("银行"):
            continue  # the segmenter's nt on 太空飞行
        if is_nt or (start < t.start and (level_head or _org_chain_ok(tokens[j], t, i - j))):
            spans.append((start, t.end))
    spans.extend(_national_bodies(tokens, blocked))
    spans.extend(_known_org_hits(text, {t.start for t in tokens}))
    # longest first, no overlap
    spans.sort(key=lambda se: (-(se[1] - se[0]), se[0]))
    used = [False] * (len(text) + 1)
    out: list[Mention] = []
    for s, e in spans:
        if e - s < 2 or any(used[s:e]) or any(blocked[s:e]):
            continue
        for k in range(s, e):
            used[k] = True
        out.append(Mention("organization", text[s:e], s, e, text[s:e]))
    return out


# The rest of an institute's name after 与, two fields and the unit (东北地理与|农业生态研究所); not a post (研究所所长).
_FIELD_TAIL = re.compile("[\u4e00-\u9fff]{2,10}?(?:研究所|研究院|研究中心|实验室|学院)(?![长主副])")
_COORDINATED_FIELD_RE = re.compile("|".join(sorted(COORDINATED_FIELDS, key=len, reverse=True)))


def _word_before_level(word: str) -> bool:
    """A preposition or verb the segmenter joined to the level that opens a body's name (由县, 在市, 从区)."""
    return len(word) == 2 and word[1] in _LEVEL_CHARS and word[0] in "率与和同向对在由到赴从据"


def _field_joints(text: str) -> set[int]:
    """Where a 和, 与 or 及 joins two fields a body's name coordinates (文化|和|旅游局, 人力资源|和|社会保障局)."""
    if "和" not in text and "与" not in text and "及" not in text:
        return set()
    joints: set[int] = set()
    for m in _COORDINATED_FIELD_RE.finditer(text):
        field = m.group()
        joints.add(m.start() + next(k for k in range(2, len(field) - 2) if field[k] in "和与及"))
    return joints


_LEGAL_TAIL_ALONE = frozenset(("有限公司", "有限责任公司", "股份有限公司", "集团有限公司"))
_LEGAL_TAILS = re.compile(
    r"(?:技术|科技|控股|股份|集团|实业|投资|发展)?(?:股份)?(?:有限责任公司|有限公司|集团有限公司|集团公司|公司|集团)"
)


def _short_forms(
    text: str, orgs: list[tuple[int, int]], occupied: list[bool], by_start: dict[int, Token]
) -> list[tuple[int, int]]:
    """A company's coined head, printed alone elsewhere in the text, is its short form (陕文投数智文化科技集团 ...
    陕文投团队): three or four characters that are no word, place or name of their own and end no word there."""
    out: list[tuple[int, int]] = []
    for s, e in orgs:
        if e - s < 7 or not text[s:e].endswith(("公司", "集团")):
            continue
        for n in (4, 3):
            head = text[s : s + n]
            if len(rjieba.cut(head)) < 2 or _is_place(head) or _is_place(head[:2]) or not _is_name_run(head):
                continue
            found = []
            k = text.find(head)
            while k >= 0:
                end = k + n
                if (
                    not any(occupied[k:end])
                    and text[end : end + 1] != text[s + n]
                    and (by_start.get(k) is not None or (k > 0 and not _is_name_char(text[k - 1])))
                    and (end >= len(text) or by_start.get(end) is not None)
                ):
                    found.append((k, end))
                k = text.find(head, k + 1)
            if _claim(found, occupied, out):
                break
    return out


# The note after a body's full name that declares its short form: …股份有限公司（以下简称“沐曦股份”）.
_SHORT_NAME_DECLARED = re.compile('[（(](?:以下|下文)?简称[：:]?[“"]?([\u4e00-\u9fffA-Za-z0-9]{2,10})[”"]?[）)]')


def _declared_short_names(
    text: str, orgs: list[tuple[int, int]], occupied: list[bool]
) -> dict[str, list[tuple[int, int]]]:
    """The short form a body's name declares in a note right after it, wherever it is printed and not yet taken,
    keyed by the full name it stands for."""
    out: dict[str, list[tuple[int, int]]] = {}
    for s, e in orgs:
        m = _SHORT_NAME_DECLARED.match(text, e)
        if m is None or text[s:e] in out:
            continue
        short = m.group(1)
        found = [(k, k + len(short)) for k in _starts_of(text, short) if not any(occupied[k : k + len(short)])]
        if _claim(found, occupied, out.setdefault(text[s:e], [])):
            continue
        del out[text[s:e]]
    return out


def _core_forms(
    text: str, orgs: list[tuple[int, int]], occupied: list[bool], by_start: dict[int, Token]
) -> list[tuple[int, int]]:
    """A company's or group's name without its legal tail or leading place (:func:`_company_cores`), printed alone
    as whole words elsewhere in the text, is its short form (先正达集团 … 先正达的农业创新成果)."""
    out: list[tuple[int, int]] = []
    for s, e in orgs:
        if s > 0 and text[s - 1] in "某该":
            continue  # 某|港资房地产公司: a company left unnamed
        for core in _company_cores(text[s:e]):
            found = [
                (k, end)
                for k, end in _whole_word_hits(text, core, occupied, by_start)
                if not _NAMES_A_WORK.match(text, end)  # 南水北调|工程: the project, not the group
                and not any(os < end and k < oe for os, oe in orgs)  # (inside a body's own name)
            ]
            if _claim(found, occupied, out):
                break
    return out


def _claim(found: list[tuple[int, int]], occupied: list[bool], out: list[tuple[int, int]]) -> bool:
    """Take the spans found for one form of a name: mark them occupied and add them to ``out``; whether any were."""
    for k, end in found:
        _occupy(occupied, k, end)
    out += found
    return bool(found)


_NAMES_A_WORK = re.compile("工程|项目|计划|精神|模式|品牌|产品|系列")
_PLAIN_WORD_POS_FOR_CORE = frozenset(("n", "vn", "v", "a", "an", "ad", "l", "i", "ns", "m", "q", "f"))


def _company_cores(name: str) -> list[str]:
    """A company's or group's name without its legal tail, and without the place it starts with (先正达|集团 ->
    先正达, 深圳市|爵影科技|有限公司 -> 爵影科技, 中国物流|集团 -> 中国物流): the forms a report uses after the
    full name. Not everyday words (钢铁|集团, 现代农业|发展有限公司) nor a place and a trade cut from a longer name
    (深圳|物流 from 深圳物流集团 stays unread)."""
    tail = _LEGAL_TAILS.search(name)
    if tail is None or tail.end() != len(name) or tail.start() < 2:
        return []
    head = name[: tail.start()]
    if head[0] in "某该这本一各":
        return []  # 某港资房地产公司: no name
    trade = re.match("技术|科技|控股|实业|投资|发展", tail.group())
    bases = [head + trade.group(), head] if trade else [head]
    words = rjieba.tag(head)
    place_len = 0
    for w, _ in words:
        if place_len + len(w) < len(head) and _is_place(head[: place_len + len(w)]):
            place_len += len(w)
        else:
            break
    cores: list[str] = []
    for base in bases:
        for core in (base, base[place_len:]) if place_len else (base,):
            tagged = rjieba.tag(core)
            if len(core) < 2 or not _is_name_run(core) or _is_place(core) or core in KNOWN_ORGS or core in cores:
                continue
            if len(tagged) == 1 and (len(core) <= 2 or tagged[0][1] in _PLAIN_WORD_POS_FOR_CORE):
                continue  # one everyday word: 钢铁, 物流, 华电
            if core is not base and len(tagged) == 1:
                continue  # one word cut from after a place: 南水北调 of 中国南水北调集团
            first = next((pos for w, pos in tagged if not _is_place(w)), "ns")
            if (
                len(tagged) > 1
                and first in _PLAIN_WORD_POS_FOR_CORE
                and not (core is base and head[:place_len] == "中国")
            ):
                continue  # a name's words starting with an everyday one: 国际|信托投资 (its own name is 中信)
            if place_len and core is base and (len(core) < 4 or base is not bases[-1]):
                continue  # a place and a trade: 深圳物流 (中国物流 of 中国物流集团 stays: only the tail is cut)
            if all(pos in _PLAIN_WORD_POS_FOR_CORE for _, pos in tagged) and not (
                place_len and core is base and head[:place_len] == "中国"
            ):
                continue  # everyday words: 现代农业, 北京现代农业 (中国物流 of 中国物流集团, a national group's, is it)
            cores.append(core)
    return cores


def _whole_word_hits(text: str, word: str, occupied: list[bool], by_start: dict[int, Token]) -> list[tuple[int, int]]:
    """Where ``word`` stands in the text as whole words of the segmenter's, free."""
    out: list[tuple[int, int]] = []
    for k in _starts_of(text, word):
        end = k + len(word)
        if k in by_start and (end >= len(text) or end in by_start) and not any(occupied[k:end]):
            out.append((k, end))
    return out


def _is_name_run(head: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in head)


def _link_short_forms(orgs: list[Mention]) -> list[Mention]:
    """A short form (华为, 中广核) takes the full name printed in the same text (华为技术有限公司)."""
    names = {m.text for m in orgs}
    canon: dict[str, str] = {}
    for full in sorted(names, key=len):
        for k in range(2, len(full) - 1):
            short = full[:k]
            if short in names and short not in canon and _LEGAL_TAILS.fullmatch(full[k:]):
                canon[short] = full
    return [Mention(m.type, m.text, m.start, m.end, canon.get(m.text, m.text)) for m in orgs]


_NOT_NAME_POS = frozenset(("i", "l", "c", "p", "u", "f", "m", "r", "t", "x", "uj", "ul", "ud", "uz"))
# Words that follow a title where a name could have been (主任强调): their first character is a surname.
_AFTER_TITLE_WORDS = frozenset(
    "强调 要求 指出 表示 介绍 主持 出席 陪同 参加 会见 会晤 率领 率团 带领 带队 讲话 致辞 宣布 发表 代表 分别 一行 等人 "
    "同志 高度 充分 深入 也是 还是 共同 一起 专门 亲自 首先 还要 来到 前往 调研 考察 视察 检查 看望 慰问 接受 告诉 坦言 "
    "直言 说道 透露 回忆 谈到 提到 说明 通报 汇报 报告 应邀 member 任期 职务 期间 时期 任上 人选 候选人 身份 名义 席位 "
    "孔子 于是 于今 文件 林业 林草 石油 水利 时间 时代 金融 安全 宁可 常务 方面 成员 以上 以下 以及 以来 向来 和平 "
    "包括 包含 全体 全部 全面 全国 全省 全市 全区 全县 宣传 严格 严肃 严重 万人 程序 管理 周边 周年 邢台 龙头 "
    "应当 应该".split()
)
# Surnames that are far more often a word after a title (主席和夫人, 领导干部): trusted only when tagged as a name.
_WEAK_SURNAMES = frozenset("和向于干都时来方全其常从将同强")
# Part-of-speech tags of a dictionary word that starts where a name would (领导|干部).
_WORD_POS = frozenset(("n", "vn", "a", "ad", "an", "d", "nt", "j", "b", "s", "nrt"))
_NOT_NAME_ENDINGS = tuple("化性率度力")


_FOREIGN_NAME_CHARS = TRANSLIT_CHARS | frozenset(
    "顿松琼默猜潘若丝姆茨兹赛鲍普莎娜娅黛蕾露妮丽玛琪瑞罗伦朗勃柯卓汀蒂诗舍缪奎昆弗盖吉贝内洛莫蒙萨赫雷泰威韦怀"
    "乔治杰森彼得保罗汉斯瓦尔沙佛霍夫迪尚德素帕恩奥巴马拜登普京默克尔马克龙敏昂莱夏兹希西宾延科涅佐迈耶纳姆申捷"
    "齐列"
)


# What follows a verb, not a name's last character: 总理|满意地说, 贸易代表|公布有关 (董事长双传|学说 is a name).
_AFTER_VERB_CHARS = frozenset("地得了着过有")


# What follows a place, not a person: 扎波罗热|核电站, 巴伐利亚|州.
_LEADER_AFTER = re.compile("(?:总统|首相|国王|女王|天皇|亲王|王储|苏丹|埃米尔)(?![府制])")
_BODY_NAMED_AFTER = re.compile("基金会|有限公司|集团|奖学金")
_PLACE_TAIL = re.compile(
    "核电站|电站|(?:国际)?机场|港口|地区|海峡|州(?!长)|省(?![长委])"
    # a street, community or road, or a bank's branch, named after it: 周家渡|街道, 周家渡|支行, 景文|高速
    "|街道(?![办干])|社区(?!卫生|服务|治理|工作|建设|医院|食堂|居民|群众|干部|党)|[支分]行|高速(?:公路)?(?![地度发运])|高铁|大道"
)


def _segmenter_person(name: str) -> bool:
    """Whether the segmenter reads the whole name as one transliterated or personal name (亨特, 内塔尼亚胡, 法拉第)."""
    if len(name) < 3 and not all(c in TRANSLIT_CHARS or c in _FOREIGN_NAME_CHARS or c in "亨" for c in name[:1]):
        return False
    tagged = rjieba.tag(name)
    return len(tagged) == 1 and tagged[0][1] in ("nrt", "nrfg")  # (its nr is any unknown word: 介绍信, 德云社)


_BODY_NAME_ENDINGS = ("集团", "公司", "协会", "银行", "学会", "商会", "大学", "学院", "医院", "中心", "研究所", "工坊")


def _plausible_person(name: str, titled: bool = False) -> bool:
    """Vetoes for the tagger's person spans: known organizations, words like 高端化."""
    if not all("\u4e00" <= c <= "\u9fff" or c in "·•・" for c in name) or "某" in name:
        return False  # (王某 is 王: see _surname_addresses)
    if _tibetan_name(name):
        return True  # 洛桑江村, 扎西次仁: two name words, no surname
    if "·" in name and any(part in place_names() for part in name.split("·")):
        return False  # 武进·东莞
    foreign = (
        "·" in name
        or all(c in _FOREIGN_NAME_CHARS for c in name)
        or (len(name) >= 3 and sum(c not in _FOREIGN_NAME_CHARS for c in name) <= 1 and name[-1] in _FOREIGN_NAME_CHARS)
        or _segmenter_person(name)
    )  # (库尼科娃, 法拉第: one character a transliteration seldom uses)
    if any(name.startswith(j) for j in JAPANESE_SURNAMES if len(j) < len(name) <= len(j) + 3 or name == j):
        return name not in place_names() and not _is_place(name)  # 桥本, 久间章生, 谷口清太郎
    if len(name) == 4 and "·" not in name and name[:2] not in COMPOUND_SURNAMES and not foreign:
        return False
    if not surname_length(name, 0) and not foreign and not titled:
        return False
    if name[-1] in "室局会部院办委司处厅所站" or (len(name) >= 4 and name.endswith(_BODY_NAME_ENDINGS)):
        return False  # (展会主办方|英富曼会展集团: a body's name, the tagger's person)
    if len(name) == 2 and not titled and (name[1] == "方" or (not foreign and _word_not_name(name))):
        return False  # 文旅, 成长, 向西, 朱鹮: a dictionary word; 乌方, 伊方: a side in talks
    if len(name) == 3 and not titled and name[2] in _AFTER_COUNTRY_CHARS and _foreign_place(name[:2]):
        return False  # 苏丹|约一半: a country, then a word
    return (
        name not in KNOWN_ORGS
        and not name.endswith(_NOT_NAME_ENDINGS)
        and name not in place_names()
        and not _is_place(name)
    )


# Parts of speech of a word that is no name even after a title (干部|成长, 院长|论坛, 千年|古松).
_PLAIN_WORD_POS = frozenset(("n", "v", "vn", "a", "ad", "d", "f", "t", "m", "q"))


def _unknown_name_word(tok: Token) -> bool:
    """A three-character word after a title that the segmenter guessed is a common noun but is a surname and a given
    name it has no word for (省委书记|信长星: 信长 is no word of its dictionary)."""
    w = tok.word
    return (
        len(w) == 3
        and tok.pos == "n"
        and surname_length(w, 0) == 1
        and w[0] not in _WEAK_SURNAMES
        and len(rjieba.cut(w[:2])) == 2
    )


def _word_or_place(text: str, start: int, end: int, by_start: dict[int, Token], occupied: list[bool]) -> bool:
    """A found name that is a place (埃塞俄比亚, 苏丹), a side in talks (乌方) or a plain two-character word the
    segmenter reads as one here (成长, 论坛); its characters are freed."""
    name = text[start:end]
    tok = by_start.get(start)
    drop = (
        _is_place(name)
        or (len(name) == 2 and name[1] == "方" and name[0] in _COUNTRY_ABBREVS)
        or (
            len(name) == 2
            and tok is not None
            and tok.word == name
            and tok.pos in _PLAIN_WORD_POS
            and rjieba.tag(name)[0][1] in _PLAIN_WORD_POS
        )
    )
    if drop:
        for k in range(start, end):
            occupied[k] = False
    return drop


def _titled_by_both(text: str, start: int, end: int, model_per: dict[int, int]) -> bool:
    """A surname-led name right after a title, or a Japanese name, that the tagger also read as this name: a name,
    even where it is a word too (院长|方勤, 桥本)."""
    name = text[start:end]
    return (
        model_per.get(start) == end
        and (
            (surname_length(text, start) > 0 and title_head_at_end(text[max(0, start - 8) : start]) is not None)
            or any(name.startswith(j) for j in JAPANESE_SURNAMES)  # 桥本|还表示
        )
        and not _is_place(name)
    )


# Parts of speech of a dictionary word that is no personal name when a tagger reads it as one.
_WORD_NOT_NAME_POS = frozenset(("n", "v", "vn", "f", "a", "ad", "d", "m", "q", "t", "nz", "ng", "b", "l", "i"))


def _word_not_name(name: str) -> bool:
    tagged = rjieba.tag(name)
    return len(tagged) == 1 and tagged[0][1] in _WORD_NOT_NAME_POS


# Endings that make the body of a title an organization: 金乡县人社局|副局长, 湖北省委|常委, 中共中央|总书记.
_TITLE_ORG_ENDINGS = tuple(
    sorted(
        set(ORG_SUFFIXES)
        | set(_RULE_ONLY_SUFFIXES)
        | {
            "中央",
            "省委",
            "市委",
            "县委",
            "区委",
            "州委",
            "书记处",
            "政治局",
            "军委",
            "国务院",
            "政协",
            "人大",
            "党支部",
            "党总支",
            "党总支部",
            "党工委",
            "大使馆",  # 俄罗斯驻华大使馆|教育参赞, 中国驻日本大使馆|参赞
            "总领事馆",
            "领事馆",
            # teams sent out and ad hoc groups named by their sender (中央宣讲团|成员, 国务院事故调查组|组长)
            "宣讲团",
            "代表团",
            "调查组",
            "工作组",
        },
        key=len,
        reverse=True,
    )
)
_TITLE_MODIFIERS = re.compile(
    r"(?:原|前|新任|时任|常务|代理|执行|驻村|驻华|驻京|驻沪|驻港|第一|副|总|首席|专职|兼职|名誉|荣誉)+$"
)  # (驻华: …高等教育部|驻华|代表, the ministry's)
_DIVISION_CHARS = tuple("省市县区州旗盟镇乡")
_ORG_THEN_MODIFIER = re.compile(r"(?:原|前|新任|时任)")


_SHARED_HEADS = frozenset("部长 局长 厅长 署长 司长".split())


_BODY_LAST_CHARS = frozenset("室局会部院办委司处厅所站")
# Heads whose first character is also the last of a body's name, printed twice: 新闻司司长, 推广站站长, 林场场长 (not
# a section's 处, 科, 室: 综合处处长 names a section, not a body).
_DOUBLED_HEADS = frozenset("司长 站长 所长 馆长 院长 校长 厂长 场长 队长 社长 台长 行长 园长 庭长".split())
_DETERMINERS = frozenset("该 本 此 全 各 我 分 总".split())


def _body_around_unit(body: str) -> str:
    """A section inside a body (整改科, 协调发展科, 综合处) names the body it is in: 三沙市委巡察办|整改科,
    莆田市委组织部|组织一科 (the longest part before it that ends like an organization)."""
    if not body.endswith(("科", "处", "室", "组")) or body.endswith(_TITLE_ORG_ENDINGS):
        return body
    for p in range(len(body) - 2, max(2, len(body) - 7), -1):
        if body[:p].endswith(_TITLE_ORG_ENDINGS):
            return body[:p]
    return body


# A department of a ministry or a national bureau, named …司 after it (农业农村部区域协作促进司, 国家药监局药品注册管理司).
_DEPARTMENT = re.compile("[\u4e00-\u9fff]{2,12}?司")
_DEPARTMENT_AFTER = re.compile("(?:相关|有关|主要)?负责人|副?司长|[、，。；和及]")
_MINISTRY_ENDINGS = ("部", "局", "委", "署", "办")


def _ministry_department(body: str) -> bool:
    """Whether ``body`` is a ministry's or bureau's department: the ministry's name, then a name ending in 司."""
    if not body.endswith("司") or body.endswith("公司") or len(body) < 6:
        return False
    for k in range(2, len(body) - 3):
        if body[:k].endswith(_MINISTRY_ENDINGS) and _DEPARTMENT.fullmatch(body, k):
            return not any(c in "的在是和及、" for c in body[k:])
    return False


# A company's department printed after its name, before the one who speaks for it (…股份有限公司企业年金部有关负责人).
_COMPANY_DEPARTMENT = re.compile("[\u4e00-\u9fff]{2,8}?(?:部|中心|办公室)(?=(?:相关|有关|主要)?负责人)")


def _department_after(text: str, s: int, e: int) -> int:
    """Where a ministry's or company's department printed right after its name ends, or ``e`` if none is."""
    if text[s:e].endswith(("公司", "集团")):
        m = _COMPANY_DEPARTMENT.match(text, e)
        if m and not any(c in "的在是和及与、，" for c in m.group()):
            return m.end()
        return e
    if not text[s:e].endswith(_MINISTRY_ENDINGS):
        return e
    m = _DEPARTMENT.match(text, e)
    if (
        m
        and not text[s : m.end()].endswith("公司")
        and not any(c in "的在是和及、，" for c in text[e : m.end()])
        and _DEPARTMENT_AFTER.match(text, m.end())
    ):
        return m.end()
    return e


_PARTY_GROUP_MEMBERS = frozenset(("党组成员", "党委成员", "党工委成员"))


# 原 opening a body that is no former one: 原子能…, a place named 原… (原平市委, 原隆村党支部).
_FORMER_LOOKALIKE = re.compile("原子|原[\u4e00-\u9fff]{1,2}[村镇乡县市区]")


def _title_orgs(text: str, persons: list[Mention]) -> list[tuple[int, int]]:
    """Organizations named in printed titles: the title without its head word, when it ends like an organization."""
    out: list[tuple[int, int]] = []
    for m in persons:
        if not m.titles:
            continue
        lo = max(0, m.start - sum(len(t) + 1 for t in m.titles) - 2)
        for title in m.titles:
            pos = text.rfind(title, lo, m.start)
            if pos < 0:
                continue
            for n in range(1, min(len(title), 6)):
                if title[-n:] not in TITLE_HEADS:
                    continue
                # a member of a body's party group belongs to the group: 湖北省妇联党组|成员 (as 党组|书记)
                body = title[:-2] if title[-n:] in _PARTY_GROUP_MEMBERS else title[:-n]
                cut = _ORG_THEN_MODIFIER.search(body)
                if (
                    cut
                    and cut.start() > 0
                    and not (cut.group() == "前" and body[: cut.start()].endswith(_DIVISION_CHARS))
                ):
                    body = body[: cut.start()]  # (吉林省|前郭尔罗斯蒙古族自治县委: a place's 前, no former post)
                elif cut and cut.start() > 0:
                    cut = None
                body = _TITLE_MODIFIERS.sub("", body)
                body = _body_around_unit(body)
                at = pos
                if body.startswith("原") and len(body) >= 4 and not _FORMER_LOOKALIKE.match(body):
                    body, at = body[1:], pos + 1  # 原|应急管理部消防救援局党委: the body, its former member's 原 not
                if (
                    len(body) >= 2
                    and body.endswith(_TITLE_ORG_ENDINGS)
                    and body not in _TITLE_ORG_ENDINGS
                    and body not in _GENERIC_ORGS  # 村党支部书记: no body named
                ):
                    out.append((at, at + len(body)))
                    break
                if body in KNOWN_ORGS or _ministry_department(body):
                    out.append((at, at + len(body)))
                    break
                head = title[-n:]
                if head in _DOUBLED_HEADS and len(body) >= 2 and body[-1] == head[0] and body[-2] != head[0]:
                    # the body ends in the head's first character: 外交部新闻司|司长, 邯郸市蔬菜技术推广站|站长; a
                    # bare kind of body (服务站|站长, 民一庭|庭长) names none
                    if len(body) >= 4 and body[:-1] not in _DETERMINERS and not cut:
                        out.append((pos, pos + len(body)))
                    break
                if head in _SHARED_HEADS and len(body) >= 2 and title.startswith(body) and not cut:
                    # the head shares its first character with the body: 美国国防|部|长, 山西省文物|局|长
                    out.append((pos, pos + len(body) + 1))
                    break
    return out


_GENERIC_ORGS = frozenset(
    "党委 党组 政府 委员会 纪委 监委 工会 团委 妇联 公司 集团 法院 检察院 人大 政协 党支部 党组织 党总支 基层党组织 "
    "新时代 新征程 常委会 专门委员会 工作委员会 全国代表大会 代表大会 新政府 临时政府 地方政府 各级政府 两家公司 分公司 子公司 总公司 "
    "上市公司 党和政府 联合公报 音乐会 航空公司 共产党人 村党支部 村党委 村党总支 村委 村委会 居委会 乡镇党委 "
    "社区党委 社区党支部 社区党总支 临时党支部 临时党总支 镇党委 乡党委 镇政府 乡政府 街道党工委 村党总支部 社区党总支部 "
    "通讯社 报业集团 党委会 人民政府 小城镇政府 董事会 监事会 研发中心 技术中心 地方".split()
)
_CLAUSE_END = frozenset("，。；：、！？）)”")


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in _NAME_STOP_CHARS


def _extend_dotted(text: str, end: int) -> int:
    """A transliterated name continues across ``·``: 马塞拉·法弗雷托."""
    while end + 1 < len(text) and text[end] in "·•・" and text[end + 1] in TRANSLIT_CHARS:
        end += 1
        while end < len(text) and text[end] in TRANSLIT_CHARS:
            end += 1
    return end


_NAME_TRAILERS = frozenset("的在是说等被将向对从")
# Words ending in 案 that are no case named by a person (方案, 提案, 档案, 草案, 专案 ...).
_CASE_WORD_HEADS = frozenset("方提档议草专答图个立结办备破报翻预要命血悬法教")


def _name_before_case(text: str, start: int) -> int:
    """The end of a name printed right after a post and before 案, a case named by the person, if there is one.

    Disciplinary reports name cases by the accused, the post before them (贵州省政协原副主席李再勇案，, 原总经理赵志明案、
    原党组成员、副总经理李东案，); the segmenter glues the last character to 案 (李再|勇案) and the tagger stops short
    (赵志|明案, 陈家|东案) or runs on into it (李东案).  A surname, one or two given characters, then 案 closing the
    clause; not a word ending in 案 (人选方案, 提案).
    """
    sl = surname_length(text, start)
    if not sl:
        return 0
    for k in (start + sl + 1, start + sl + 2):
        if (
            text[k : k + 1] == "案"
            and (k + 1 == len(text) or text[k + 1] in "，、。；）)")
            and text[k - 1] not in _CASE_WORD_HEADS
            and all(_is_name_char(c) for c in text[start:k])
        ):
            return k
    return 0


def _starts_title(text: str, i: int) -> bool:
    """Whether a title head word starts at ``i`` (当选为|主席)."""
    return any(
        text.startswith(h, i) for h in ("主席", "副主席", "会长", "副会长", "理事", "委员", "代表", "书记", "主任")
    )


_NAME_LEADERS = frozenset("同和与向对跟及由在将把被给让")


_FOREIGN_HEADS = frozenset(
    "总统 副总统 总理 副总理 首相 国王 女王 王储 亲王 苏丹 埃米尔 外长 外交部长 防长 国防部长 议长 大使 主席 总书记 "
    "秘书长 总干事 发言人 部长".split()
)


# Characters that begin the clause after a name (称, 表示, 18日 ...), never the end of a transliterated name.
_AFTER_NAME_CHARS = frozenset(
    "称表说指强认介告透坦直回谈提宣呼敦警批谴感祝致会访出参抵离前率也还将已曾正在于日月年时今昨近当此该其则最举发签接主互同"
)


def _finish_foreign_name(text: str, end: int) -> int:
    """A transliterated name may end with a character our list lacks (内塔尼亚|胡, 乌其尔|勒): take up to two more
    Chinese characters that cannot start the next clause."""
    for _ in range(2):
        if end < len(text) and _is_name_char(text[end]) and text[end] not in _AFTER_NAME_CHARS:
            end += 1
            while end < len(text) and (text[end] in _FOREIGN_NAME_CHARS or text[end] in "·•・"):
                end += 1
        else:
            break
    return end


def _foreign_name_end(text: str, start: int) -> int:
    """End of a transliterated name printed after a foreign title: transliteration characters and ``·``."""
    end = start
    while end < len(text) and end - start < 12 and (text[end] in _FOREIGN_NAME_CHARS or text[end] in "·•・"):
        end += 1
    while end > start and text[end - 1] in "·•・":
        end -= 1
    return _finish_foreign_name(text, end) if end - start >= 2 else end


_JAPANESE_GIVEN_POS = frozenset(("n", "ng", "nr", "nz", "nrfg", "ns"))


# One-character verbs and prepositions the segmenter can glue to the end of a name (岸田文雄致|慰问电).
_GLUED_AFTER_NAME = frozenset("致说在向与和对将称是也就同")


def _japanese_name_end(text: str, start: int, by_start: dict[int, Token]) -> int:
    """End of a Japanese name of two words at ``start`` after a title (首相|高市|早苗, 知事|小池|百合子): a family name
    of two or three characters the segmenter cut as a word, then a given name of one to three characters in nouns;
    0 where there is none."""
    family = next((j for j in JAPANESE_SURNAMES if len(j) >= 2 and text.startswith(j, start)), None)
    if family is None:
        return 0
    glued = by_start.get(start)
    if (
        start + len(family) not in by_start
        and glued is not None
        and glued.pos in _PERSON_POS
        and 2 <= len(glued.word) - len(family) <= 3
        and glued.word[-1] in _GLUED_AFTER_NAME
    ):
        return glued.end - 1  # 首相|岸田文雄致|慰问电: the segmenter glued the verb after the name to it
    if (
        glued is not None
        and glued.pos in ("n", "nz", "nr", "nrt")
        and 1 <= len(glued.word) - len(family) <= 3
        and (_SAYING.match(text, glued.end) or text[glued.end : glued.end + 1] in _CLAUSE_END)
    ):
        return glued.end  # 理事长|藤田高景|表示: the family and given name read as one word
    if start + len(family) not in by_start:
        return 0
    end = start + len(family)
    while (
        (tok := by_start.get(end)) is not None
        and tok.pos in _JAPANESE_GIVEN_POS
        and end + len(tok.word) - start - len(family) <= 3
    ):
        end = tok.end
    tok = by_start.get(end)
    if (
        end == start + len(family)
        and tok is not None
        and len(tok.word) == 2
        and tok.pos == "v"
        and text[tok.end : tok.end + 1] in _CLAUSE_END
    ):
        end = tok.end  # 公使|松尾|裕敬，: a given name the segmenter reads as a verb, the clause ending after it
    return end if end > start + len(family) else 0


def _country_title(text: str, name_start: int) -> bool:
    """Whether the title printed before ``name_start`` begins with a country (缅甸总统): then a foreign name follows."""
    titles, _ = title_chain_before(text, name_start)
    if not titles:
        return False
    last = titles[-1]
    return any(p.level == "country" for k in range(min(8, len(last) - 1), 1, -1) for p in _gazetteer_places(last[:k]))


def _trim_person(text: str, span: Span) -> Span:
    """A person span ends at its last Chinese character (李希8日 -> 李希)."""
    if span.type != "PER":
        return span
    start, end = span.start, span.end
    while end > start and not ("\u4e00" <= text[end - 1] <= "\u9fff"):
        end -= 1
    # a function word the tagger swallowed: 孙晓云为|主席, 同|卡尼
    if (
        end - start >= 3
        and (
            text[end - 1] in _NAME_TRAILERS
            or (text[end - 1] in "为和与" and _starts_title(text, end))
            or (text[end - 1] == "时" and end < len(text) and text[end] in "，,")  # 见到王智|时，
            or (text[end - 1] == "边" and text[end + 1 : end + 2] == "边")  # 余松|边听边记
            or (text[end - 1] in "来赴到" and (_is_place(text[end : end + 2]) or _is_place(text[end : end + 3])))
            or (
                text[end - 1] in "同和与" and any(_is_place(text[end : end + k]) for k in range(2, 7))
            )  # 王毅|同巴基斯坦
            or (
                text[end - 1] == "互" and text[end : end + 1] in ("致", "相", "访", "通", "赠", "换")
            )  # 范德贝伦|互致贺电
        )
    ):
        end -= 1
    if end - start >= 3 and text[start] in _NAME_LEADERS and "·" not in text[start:end]:
        start += 1
    elif (
        end - start == 3
        and text[start] in _CLAUSE_OPENERS
        and (start == 0 or text[start - 1] in "，。；：！？\n")
        and surname_length(text, start + 1) == 1
    ):
        start += 1  # a conjunction opening the clause: 但|葛菲, 而|王军
    # a surname and the title printed after it is no full name: 陈|教授, 金|教授 (the person is named elsewhere)
    if surname_length(text, start) == 1 and any(text.startswith(h, start + 1) for h in _SURNAME_TITLES):
        end = start + 1
    return Span(span.type, start, end)


def _given_name_from_segmenter(text: str, span: Span, by_start: dict[int, Token]) -> Span:
    """A two-character name the tagger ends where the segmenter reads a surname and a two-character given name runs
    on one more character: 李|连成|开始 is 李连成 (the tagger's 李连 stopped before the verb it read as 成开始)."""
    if span.type != "PER" or span.end - span.start != 2 or surname_length(text, span.start) != 1:
        return span
    whole, lone = by_start.get(span.start), by_start.get(span.end)
    if (
        whole is not None
        and whole.pos == "nr"
        and whole.end == span.end
        and lone is not None
        and len(lone.word) == 1
        and lone.pos == "g"
        and text[span.end] not in _NAME_STOP_CHARS
    ):
        return Span(span.type, span.start, span.end + 1)  # 戚发|轫: a bound character no word, the given name's last
    sur, given = by_start.get(span.start), by_start.get(span.start + 1)
    if (
        sur is not None
        and len(sur.word) == 1
        and sur.pos == "nr"
        and given is not None
        and given.pos in ("nr", "nrfg")
        and given.end == span.end + 1
        and text[span.end] not in _NAME_STOP_CHARS
    ):
        return Span(span.type, span.start, span.end + 1)
    return span


def _dotted_start(text: str, span: Span, by_end: dict[int, Token]) -> Span:
    """A transliterated name the tagger started right after ``·`` starts with the word before it, itself half
    transliteration at least: 查理|·柯克 is 查理·柯克 (not 宗师列传·|唐宋八, 中国戏剧奖·|曹禺)."""
    start = span.start
    while span.type == "PER" and start >= 2 and text[start - 1] in "·•・":
        before = by_end.get(start - 1)
        if (
            before is None
            or not 2 <= len(before.word) <= 4
            or not all(c in _FOREIGN_NAME_CHARS for c in text[span.start : span.end])
            or 2 * sum(c in _FOREIGN_NAME_CHARS for c in before.word) < len(before.word)
            or not all(_is_name_char(c) for c in before.word)
            or before.pos in ("x", "p", "c", "uj", "ul", "u", "m", "q", "r", "ns")
            or title_head_at_end(before.word) is not None
        ):
            break
        start = before.start
    return span if start == span.start else Span(span.type, start, span.end)


_CLAUSE_OPENERS = frozenset("但而并却又也还就便")
_HONORIFICS = frozenset(("女士", "先生", "夫人", "小姐"))  # not part of the name: 希拉·威曼|女士


_SURNAME_TITLES = ("教授", "老师", "主席", "书记", "总理", "部长", "局长", "院士", "先生", "女士", "大夫", "医生")


def _merge_foreign(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two transliterated names the tagger split, back to back, are one: 格雷特|施莱格."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(persons):
        if (
            out
            and out[-1][1] == s
            and 5 <= e - out[-1][0] <= 10
            and sum(c not in _FOREIGN_NAME_CHARS for c in text[out[-1][0] : e]) <= 1
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# Teachings named after their authors name them: 马克思|主义, 毛泽东|思想, 邓小平|理论.
_IDEOLOGY = re.compile("(马克思|列宁|恩格斯|斯大林|毛泽东|邓小平|孙中山)(?=主义|思想|理论)")


# Forms of address printed after a bare surname (陈|教授, 李|老师, 毛|主席, 郑|某): the surname alone names the person.
_SURNAME_ADDRESS = re.compile(
    "(?:老师|先生|小姐|女士|太太|教授|博士|大夫|医生|师傅|大娘|大爷|大妈|大婶|大嫂|大姐|大哥|阿姨|老汉|某|"
    "副?(?:主席|总理|市长|县长|省长|区长|镇长|乡长|村长|局长|处长|科长|部长|外长|厂长|校长|院长|所长|站长|书记|主任|经理)|"
    "老(?=[说讲介谈告表指认对的，。、去来也还就是在和]))"
)
# Surnames that are everyday words before those (全|市长, 各|部长, 王|老师 stays): no one-character name from them.
_NOT_BARE_SURNAMES = _WEAK_SURNAMES | frozenset("各本副正总老小大新原前该双国党军团省市县区部")
# The commonest surnames, the ones 老 is put before (老王, 老于); not 老师, 老路, 老区.
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
)


def _surname_addresses(text: str, occupied: list[bool], tokens: list[Token]) -> list[tuple[int, int]]:
    """One-character names: a surname alone before a form of address (陈|教授, 江|主席, 王|某), or after 老 (老|于的)."""
    by_start = {t.start: t for t in tokens}
    out: list[tuple[int, int]] = []
    for k, ch in enumerate(text):
        if ch not in SINGLE_SURNAMES or occupied[k]:
            continue
        tok = by_start.get(k)
        if ch not in _NOT_BARE_SURNAMES and tok is not None and _SURNAME_ADDRESS.match(text, k + 1):
            # the segmenter starts a word here that is the surname, or the surname and the address (就任|总理 is no 任)
            if (len(tok.word) == 1 or _SURNAME_ADDRESS.match(tok.word, 1)) and (
                k == 0 or text[k - 1] not in "一二三四五六七八九十几多数"
            ):
                out.append((k, k + 1))
        elif (
            k
            and text[k - 1] == "老"
            and ch in _COMMON_SURNAMES
            and (k < 2 or not _is_name_char(text[k - 2]))
            and text[k + 1 : k + 2] in ("的", "说", "，")
        ):
            out.append((k, k + 1))
    return out


def _link_foreign_parts(persons: list[Mention]) -> list[Mention]:
    """A transliterated name's last part printed alone later is that person (罗西奥·纳莱 … 纳莱表示), where one
    name found ends with it."""
    full: dict[str, set[str]] = {}
    for m in persons:
        if "·" in m.canonical:
            last = m.canonical.rsplit("·", 1)[1]
            if len(last) >= 2:
                full.setdefault(last, set()).add(m.canonical)
    if not full:
        return persons
    return [
        Mention(m.type, m.text, m.start, m.end, next(iter(full[m.text])), m.titles)
        if m.canonical == m.text and len(full.get(m.text, ())) == 1
        else m
        for m in persons
    ]


def _link_surnames(persons: list[Mention]) -> list[Mention]:
    """A one-character name (陈|教授) is the one full name in the text with that surname; without one it is dropped
    (张|女士, 王|某: a person the text does not name, who would merge with every other 张 across the archive)."""
    full: dict[str, set[str]] = {}
    for m in persons:
        if 2 <= len(m.canonical) <= 3 and surname_length(m.canonical, 0) == 1:
            full.setdefault(m.canonical[0], set()).add(m.canonical)
    out: list[Mention] = []
    for m in persons:
        names = full.get(m.text, set()) if len(m.text) == 1 else set()
        if len(m.text) > 1:
            out.append(m)
        elif len(names) == 1:
            out.append(Mention(m.type, m.text, m.start, m.end, names.pop(), m.titles))
    return out


def _occupy(occupied: list[bool], start: int, end: int) -> bool:
    """Claim [start, end) if free; whether it was."""
    if any(occupied[start:end]):
        return False
    for k in range(start, end):
        occupied[k] = True
    return True


def _finish_person(
    text: str, start: int, end: int, occupied: list[bool], by_start: dict[int, Token] | None = None
) -> tuple[int, int]:
    """A transliterated name one character short of a clause boundary ends at it: 乌其尔|勒、 赫格塞|思18日 (not
    where the segmenter starts a word there: 克林顿|即将, 伊梅尔达|得到)."""
    name = text[start:end]
    nxt = by_start.get(end) if by_start is not None else None
    if (
        len(name) >= 3
        and (nxt is None or len(nxt.word) < 2)
        and end + 1 <= len(text)
        and end < len(text)
        and _is_name_char(text[end])
        and text[end] not in _AFTER_NAME_CHARS
        and not occupied[end]
        and (end + 1 == len(text) or text[end + 1] in _CLAUSE_END or not _is_name_char(text[end + 1]))
        and (not surname_length(name, 0) or len(name) >= 4 or all(c in _FOREIGN_NAME_CHARS for c in name[1:]))
        and sum(c in _FOREIGN_NAME_CHARS for c in name[1:]) * 2 >= len(name) - 1
    ):
        occupied[end] = True
        return start, end + 1
    if (
        end - start == 2
        and surname_length(name, 0) == 1
        and end + 2 < len(text)
        and text[end + 1] == "为"
        and _is_name_char(text[end])
        and not occupied[end]
        and _APPOINTING.search(text, max(0, start - 4), start) is not None
        and title_chain_before(text, _post_end(text, end + 2))[0]
    ):
        occupied[end] = True
        return start, end + 1  # 选举陈新|武为重庆市人民政府市长: the name runs to 为 and the post
    return start, end


_SAYING = re.compile("说|表示|介绍|指出|强调|认为|告诉|坦言|透露")
# Verbs of electing and appointing someone to a post, printed right before the name (选举X为市长).
_APPOINTING = re.compile("(?:选举|任命|推选|提名|聘任|推举|增补|决定)$")
_APPOINTED = re.compile("(?:选举|任命|推选|提名|聘任|推举|增补)(?=[\u4e00-\u9fff]{2,3}为)")


def _appointed_names(text: str, occupied: list[bool]) -> list[tuple[int, int]]:
    """A name between a verb of appointing and 为 and the post (任命陆治原为民政部部长), which the tagger missed."""
    out: list[tuple[int, int]] = []
    for m in _APPOINTED.finditer(text):
        s = m.end()
        e = text.find("为", s, s + 4)
        if (
            e - s in (2, 3)
            and surname_length(text, s)
            and all("\u4e00" <= c <= "\u9fff" and c not in "的了是在与及等" for c in text[s:e])  # (阴和俊)
            and not any(occupied[s:e])
            and title_chain_before(text, _post_end(text, e + 1))[0]
        ):
            out.append((s, e))
    return out


def _post_end(text: str, i: int) -> int:
    """Where a post printed from ``i`` (重庆市人民政府市长, 文化和旅游部部长) ends: at its last head word."""
    k = i
    while k < len(text) and k - i < 24 and "\u4e00" <= text[k] <= "\u9fff" and text[k] != "的":
        k += 1
    while k > i and title_head_at_end(text[i:k]) is None:
        k -= 1
    return k


def _complete_names(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name cut short where a longer name found elsewhere in the text starts the same way is that name (恽淇|丞)."""
    names = sorted({text[s:e] for s, e in persons}, key=len, reverse=True)
    taken = sorted(persons)
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(taken):
        nxt = taken[k + 1][0] if k + 1 < len(taken) else len(text)
        for name in names:
            if len(name) > e - s and text.startswith(name, s) and s + len(name) <= nxt and name[: e - s] == text[s:e]:
                e = s + len(name)
                break
        out.append((s, e))
    return out


# A "name" right before a township's or village's body names the place: 黄避岙|乡政府, 阚田|各庄村党支部.
_PLACE_BODY_AFTER = re.compile(
    r"(?:(?![是的了在和与及为一个名位这那该其任当作])[\u4e00-\u9fff]){0,2}?[乡镇村]"
    r"(?:人民政府|政府|党委|党支部|党总支|村委会|居委会|卫生院)"
)


# Characters whose reduplication is an adverb of "every" (周周看球赛, 年年有余, 村村通), not a name.
_DISTRIBUTIVE_CHARS = frozenset("天周月年日夜人处家户时事个层步条样次代村")


# A group's farm printed after it, named by a word or a number (北大荒集团|赵光农场, 北大荒集团|八五五农场): the unit.
_GROUP_FARM = re.compile("(?<=集团)(?:(?![的和与及在是])[\u4e00-\u9fff]){2,4}?(?:农场|牧场|林场)")


_MOVEMENT = re.compile("|".join(FOREIGN_MOVEMENTS))


def _not_a_name(text: str, start: int, end: int) -> bool:
    """A reduplicated word of "every" (周周, 年年), the head of a place's name (黄避岙|乡政府) or of a group's farm
    (北大荒集团|赵光|农场) is no person."""
    farm = _GROUP_FARM.match(text, start)
    if farm is not None and farm.end() == end + 2:
        return True
    if end - start == 2 and text[start] == text[start + 1] and text[start] in _DISTRIBUTIVE_CHARS:
        return True  # (苗苗, 丁丁 are children's names)
    if text[start] in _COUNTRY_ABBREVS and _COUNTRY_PART.match(text, start + 1) and end <= start + 3:
        return True  # a country's short name and a part of it: 黎|南部, 黎|边境, 乌|东部 (not 黎南 as a name)
    if any(m.start() < end for m in _MOVEMENT.finditer(text, max(0, start - 5), end + 5) if start < m.end()):
        return True  # a name cut from a movement's: 黎|真主|党, 胡塞武|装, 哈马斯|愿
    if start > 0 and (text[start - 1 : start + 1] in _VERBS_ENDING_IN_SURNAME):
        return True  # 先后任|陆军第11军军长, 反复主张|独岛: the surname ends the verb before it
    return _PLACE_BODY_AFTER.match(text, end) is not None


# Verbs whose last character is a surname, read with the word after them as a name (曾任|陆军, 主张|独岛).
_VERBS_ENDING_IN_SURNAME = frozenset(
    "曾任 历任 现任 兼任 调任 升任 出任 担任 改任 后任 转任 继任 再任 又任 还任 并任 留任 连任 主张 扩张 夸张 开张 伸张 "
    "紧张 慌张 声张 铺张 嚣张".split()
)


# What shows a person around a name: a verb of saying or a word for the person after it (林剑表示, 在李渊看来,
# 张先生, 黄莺：, （杜宇整理）, 王维《九月九日忆山东兄弟》), a word for someone's role or age, or an appointment, before it (记者温馨, 16岁的刘敏, 村民李飞,
# 任命黄果为).
_PERSON_AFTER = re.compile(
    "说|表示|介绍|指出|强调|认为|告诉|坦言|透露|看来|回忆|笑|称|问|答|建议|解释|坦承|感慨|一家|夫妇|同志|先生|女士|"
    "老师|等人|整理|采写|撰稿|供图|摄|当选|出生|生于|毕业|率领|带领|[（(：:《]|[和与及、][\u4e00-\u9fff]{2,3}(?:说|表示|介绍|等)"
)
_PERSON_BEFORE = re.compile(
    "(?:记者[：:]?|岁的|名叫|叫做|[员民手人者生师士长家客工农友姐哥弟妹妈爸爷奶]|[同和与及、跟]|"
    "选举|任命|推选|提名|聘任|推举|增补)$"
)
# A company's line of business printed right after its short name, and the rest of its formal name.
_COMPANY_BUSINESS = re.compile(
    "(?:种业|汽车|科技|电子|食品|生物|实业|股份|集团|控股|制药|药业|精密|铸造|物流|电器|电气|新材料|机械|重工|化工|食业|光电|"
    "半导体|医药|乳业|酒业)(?:技术)?(?:[（(][\u4e00-\u9fff]{2,5}[）)])?(?:技术|科技)?(?:股份)?(?:有限责任公司|有限公司|集团|公司)?"
    "(?!特派|专家|工作者|人员|人才|志愿)"  # (张伟|科技特派员: a post after a name)
)
# What starts a clause, and a word after a name there that makes it the clause's subject (陈毅是, 苏波在, 普京在,
# 巴赫已, 钟馗用): a person acting, where a common word at a clause's head runs on as a verb or noun (丁香绽放, 陆海统筹).
_CLAUSE_STARTS = frozenset("，。；！？“”‘’「」 \n")
_SUBJECT_AFTER = frozenset("是在将把被用已曾也还又都正")


def _verb_ending_in_role_char(text: str, end: int) -> bool:
    """Whether the role character before ``end`` (生 of 学生, 手 of 选手) ends a verb instead: 发生|瓦斯爆炸, 产生."""
    word = text[max(0, end - 2) : end]
    if word in _ROLE_WORDS_TAGGED_VERBS:
        return False
    tagged = rjieba.tag(word)
    return len(tagged) == 1 and len(tagged[0][0]) == 2 and tagged[0][1] in ("v", "vd")


_ROLE_WORDS_TAGGED_VERBS = frozenset(("选手", "帮手", "对手", "考生"))  # persons, though the segmenter tags them verbs


def _person_cue(text: str, m: Mention, persons: list[Mention]) -> bool:
    """Whether something around a mention shows a person: a title, a name beside it, a verb of saying or a speaker's
    colon after it, a role, an age or an appointment before it, or the clause's subject (陈毅是, 苏波在)."""
    if m.titles or any(p is not m and (abs(p.start - m.end) <= 1 or abs(m.start - p.end) <= 1) for p in persons):
        return True  # (a list of names: 毛泽东、朱德、陈毅)
    if _PERSON_AFTER.match(text, m.end):
        return True
    before = _PERSON_BEFORE.search(text, max(0, m.start - 4), m.start)
    if before and not (len(before.group()) == 1 and _verb_ending_in_role_char(text, m.start)):
        return True
    clause_start = m.start == 0 or text[m.start - 1] in _CLAUSE_STARTS
    return clause_start and text[m.end : m.end + 1] in _SUBJECT_AFTER


# A word of where after a town's name: a front's direction, its surroundings, a level (波克罗夫斯克|方向, 阿什凯隆|市).
_TOPONYM_AFTER = re.compile(
    "等多?(?:地|城市)|(?:等多?)?方向|一带|附近|地区|郊区|城区|市区|以[东西南北]|境内|前线|市(?![场民长委值])|州(?![长议立])"
)


def _foreign_toponyms(text: str, persons: list[Mention]) -> list[Mention]:
    """Transliterated 'names' with no title that are towns, as the word after them, or after the transliterations
    listed after them, shows once in the text: 俄军在波克罗夫斯克|方向, 以色列南部阿什凯隆|市, 库皮扬斯克|、红利曼、
    顿涅茨克等方向."""
    names = {m.text for m in persons if not m.titles and _transliterated(m.text)}
    towns = {name for name in names if any(_list_of_towns_ends(text, k + len(name)) for k in _starts_of(text, name))}
    return [m for m in persons if not m.titles and m.text in towns]  # at each of its mentions there


def _list_of_towns_ends(text: str, pos: int) -> bool:
    """Whether a word of where follows ``pos``, after at most eight more transliterations listed with 、."""
    for _ in range(9):
        if _TOPONYM_AFTER.match(text, pos):
            return True
        if text[pos : pos + 1] != "、":
            return False
        q = pos + 1
        while q < len(text) and q - pos <= 8 and text[q] != "、" and not _TOPONYM_AFTER.match(text, q):
            q += 1
        if q - pos < 3 or not _transliterated(text[pos + 1 : q]):
            return False
        pos = q
    return False


def _transliterated(name: str) -> bool:
    """Every character one a transliteration uses, or all but one of three or more (巴赫穆特, 库拉霍沃)."""
    odd = sum(c not in _FOREIGN_NAME_CHARS for c in name)
    return odd == 0 or (len(name) >= 3 and odd == 1 and name[-1] in _FOREIGN_NAME_CHARS)


def _common_word_as_name(text: str, m: Mention, persons: list[Mention]) -> bool:
    """A two-character 'name' that is a word of the segmenter's dictionary (杨梅, 林立, 盛夏, 高清, 庄园), with no
    title, no name beside it and nothing of a person around any of its mentions, is the word."""
    name = m.text
    if len(name) != 2 or m.titles:
        return False
    if name[1] == "氏" or text[m.start - 1 : m.end + 1] == f"“{name}”" or text[m.start - 1 : m.start] in ("老", "小"):
        return True  # a family (刘氏, 乔氏珐华); a robot's, league's or brand's name in quotes ("吉儿", "苏超");
        # 老 or 小 and a surname, then a word (老杨|正在, 小李|英语流利): no given name of two characters
    if not rjieba.has_word(name) or rjieba.tag(name)[0][1] == "nrfg":
        return False  # (a famous person's full name in the dictionary: 李强)
    found = {p.start: p for p in persons if p.text == name}
    lo, hi = max(0, m.start - _LINK_WINDOW), m.end + _LINK_WINDOW
    k = text.find(name, lo, hi)
    while k >= 0:  # every time it is printed nearby, found as a name or not (普京抵达时 … 。普京在习近平陪同下)
        p = found.get(k) or Mention("person", name, k, k + 2, name)
        if _person_cue(text, p, persons) or (k not in found and title_head_at_end(text[max(0, k - 8) : k])):
            return False
        k = text.find(name, k + 1, hi)
    return True


# A part of a country printed after its one-character short name (黎南部, 乌东部, 黎边境).
_COUNTRY_PART = re.compile("[东南西北中]部|边境|境内|全境|政府军(?![事费工备售])")


_NAME_LIST = re.compile("[一-龥]{2,4}(?:、[一-龥]{2,4})+")
_LIST_CLOSE = frozenset("，。；：！？\n等和及")


def _listed_names(text: str, persons: list[tuple[int, int]], occupied: list[bool]) -> list[tuple[int, int]]:
    """Names printed in a list with 、 among names found (副主席李赣骝、童傅、厉无畏、钮小明): an item that is a surname
    and one or two characters (three after a compound surname), not a place or a known body, with two names found
    among the two items on either side of it (one name found is no list of names: 夏收、夏种、夏管)."""
    found: list[tuple[int, int]] = []
    spans = set(persons)
    for m in _NAME_LIST.finditer(text):
        items: list[tuple[int, int]] = []
        k = m.start()
        for part in m.group().split("、"):
            items.append((k, k + len(part)))
            k += len(part) + 1
        a, b = items[-1]
        close = next((k for k in range(a + 2, b) if text[k] in _LIST_CLOSE), None)
        if close is not None:
            items[-1] = (a, close)  # …、朱根华、苗地等在: the list closes inside the last run of characters
        elif b < len(text) and text[b] not in _LIST_CLOSE:
            # The last item runs on into the words after the list (…、秦博勇、朱永新出席): it is the name found there,
            # or no item at all.
            last = next(((s, e) for s, e in spans if s == a and e <= b), None)
            if last is None:
                items.pop()
            else:
                items[-1] = last
            if len(items) < 2:
                continue
        ends = {e: (s, e) for s, e in spans}
        first = ends.get(items[0][1])
        if first is not None and first[0] >= items[0][0]:
            items[0] = first  # (席|贾亦斌: the list's first item starts where the name found does)
        elif items[0][0] > 0 and "\u4e00" <= text[items[0][0] - 1] <= "\u9fff":
            items[0] = (items[0][1], items[0][1])  # starts we do not know where: no name of ours
        named = [x in spans for x in items]
        grown = sum(named) >= 2
        while grown:
            grown = False
            for i, (a, b) in enumerate(items):
                if named[i] or sum(named[max(0, i - 2) : i + 3]) < 2:
                    continue
                name = text[a:b]
                sl = surname_length(text, a)
                # a name between two names found needs no common surname: 武维华、|铁凝|、彭清华
                between = (
                    0 < i < len(items) - 1
                    and named[i - 1]
                    and named[i + 1]
                    and surname_length(text, items[i - 1][0]) > 0
                    and surname_length(text, items[i + 1][0]) > 0
                    and _is_name_run(name)
                )
                if (
                    (sl or between)
                    and 2 <= len(name) <= 3 + (sl == 2)
                    and not _is_place(name)
                    and name not in KNOWN_ORGS
                    and name[-1] not in _BODY_LAST_CHARS
                    and _occupy(occupied, a, b)
                ):
                    found.append((a, b))
                    named[i] = grown = True
    return found


def _paired_names(
    text: str,
    persons: list[tuple[int, int]],
    occupied: list[bool],
    by_start: dict[int, Token],
    by_end: dict[int, Token],
) -> list[tuple[int, int]]:
    """A doubles partner printed with a slash beside a name found (葛菲／顾俊, 王懿律/黄东萍): a surname and one or
    two characters, the segmenter's name before the slash or the given name after it."""
    found: list[tuple[int, int]] = []
    for s, e in persons:
        if e + 2 < len(text) and text[e] in "／/" and surname_length(text, e + 1):
            end = _given_name_end(text, e + 1, by_start)
            if 2 <= end - e - 1 <= 3 and not _is_place(text[e + 1 : end]) and _occupy(occupied, e + 1, end):
                found.append((e + 1, end))
        if s >= 3 and text[s - 1] in "／/":
            t = by_end.get(s - 1)
            if (
                t is not None
                and t.pos in _PERSON_POS
                and 2 <= len(t.word) <= 3
                and surname_length(text, t.start)
                and (t.start == 0 or not _is_name_char(text[t.start - 1]) or text[t.start - 1] in "，、：")
                and _occupy(occupied, t.start, t.end)
            ):
                found.append((t.start, t.end))
    return found


def _titled_persons(text: str, persons: list[tuple[int, int]]) -> list[Mention]:
    out: list[Mention] = []
    for start, end in sorted(persons):
        lower = out[-1].end if out else 0
        if out and text[lower : lower + 2] in ("案、", "案，"):
            lower += 1  # the case named by the name before closes with 案 (赵志明案、|…原副镇长吴小龙)
        titles, chain_start = title_chain_before(text, start, lower)
        if not titles and start - 1 > lower and text[start - 1] == "的":
            k = text.rfind("时任", max(lower, start - 30), start)
            if k >= 0 and not any(c in "，。；：！？" for c in text[k : start - 1]):
                # 时任浙江省委书记的习近平同志: the post held then, printed before the name with 的
                titles, chain_start = title_chain_before(text, start - 1, k)
        if titles and out and chain_start == lower:
            titles = ()  # that title was printed after the previous name: 习近平总书记念兹在兹
        if not titles:
            post = title_after(text, end)
            if post:
                titles = (post,)
        # names listed after a titled name share its titles: 区领导徐俊、朱慧峰
        if not titles and out and out[-1].titles and text[out[-1].end : start] == "、":
            titles = out[-1].titles
        name = text[start:end]
        out.append(Mention("person", name, start, end, name, titles))
    return out


# One-character places are abbreviations (中美, 在京, 访华, 沪深): kept in those settings only.
_ABBREV_PLACES = frozenset(
    "中美日俄英法德韩朝欧非亚澳加意印巴越泰京沪津渝港澳台粤苏浙皖鲁豫鄂湘赣闽川蜀黔滇藏陕甘宁青新桂琼冀晋辽吉黑蒙华"
)
# One-character short forms of foreign countries (罗 for Romania, 菲 the Philippines, 以 Israel): accepted where the
# tagger reads one as a place.
_FOREIGN_ABBREVS = frozenset("罗布奥菲以埃叙伊古墨乌缅老柬马泰葡西荷比瑞挪丹芬波捷匈希土塞阿科沙约黎也哈厄拉南")
_PAPER_IN_BOOK_MARKS = re.compile(r"《([^《》\s]{1,10}?(?:报|新闻))》")
_NOT_PAPERS = frozenset(
    "通报 简报 情报 汇报 年报 季报 公报 月报 学报 战报 捷报 喜报 海报 电报 警报 预报 举报 申报 上报 回报 "
    "画报 周报 板报 墙报 书报 剪报 快报 小报 大报 联播 要闻".split()
)
_TEAM_AFTER_PLACE = re.compile(
    "(?:国家)?(?:男子|女子|青年|少年)?(?:足球|篮球|排球|网球|乒乓球|羽毛球|游泳|田径|冰球|手球|水球|体操|跳水)?"
    "(?:男|女)?(?:代表队|队)(?![员长伍列友])"
)
_ABBREV_BEFORE = frozenset("在赴抵访来离返驻回进出对与和同及、")
_ABBREV_AFTER = frozenset("方军企资籍裔商媒两关、")


# (not 西, 南, 阿: 川西, 华西, 阿南 are words or names more often than two countries)
_COUNTRY_ABBREVS = (_ABBREV_PLACES | _FOREIGN_ABBREVS) - frozenset("西南阿")
# What follows two or three one-character country names printed together: 中美|关系, 印巴|两国, 日俄|首脑.
_PAIR_AFTER = re.compile(
    "(?:两国|三国|两党|两军|关系|双方|首脑|高层|之间|间的|友好|合作|边界|建交|联合|谈判|和约|经济|经贸|贸易|等国|"
    "地区|高原|两大|元首|外长|会谈|会晤|协定|条约|战争|冲突|对话|交流|人民|"
    "命运共同体|友谊|新时代|永久|全面|互为|同为|传统|世代|始终)"
)


# What follows a country's one-character name when it is the country's body or forces, not a surname's given name.
_ABBREV_BODY = re.compile(
    "(?:国防部|外交部|内政部|财政部|国家安全|国家|联合部队|陆军|海军|空军|军方|军队|武装部队|总统府|政府|议会|国会|央行|"
    "总参谋部|国民警卫队|军(?![人事校训装])|" + "|".join(FOREIGN_MOVEMENTS) + ")"
)
_ABBREVIATION_WORDS = frozenset(("中华", "中亚", "中欧", "中非", "中美洲", "中东", "东亚", "西亚", "北非", "南美"))


def _abbreviation_run(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is two or three one-character country names printed together (中美, 印巴, 中美俄)
    rather than a word or a place of its own (巴西, 南非, 中华)."""
    name = text[start:end]
    return (
        2 <= len(name) <= 3
        and name not in _ABBREVIATION_WORDS
        and all(c in _COUNTRY_ABBREVS for c in name)
        and name not in place_names()
        and not _is_place(name)
    )


_NUMBER_BEFORE = re.compile("第?(?:[0-9０-９]+|[一二三四五六七八九十百零]+)$")


def _numbered_bodies(text: str, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A body's name that opens with 届 or 国集团 takes the number before it (十九|届中央委员会, 77|国集团), and the
    party or body printed right before that number (中国共产党|第十九届中央委员会, 农工党|第十六届中央委员会)."""
    ends = {e: s for s, e in orgs}
    out = []
    merged = set()
    for s, e in orgs:
        group = text.startswith("国集团", s)
        if text[s] == "届" or group:
            m = _NUMBER_BEFORE.search(text, max(0, s - 6), s)
            if m:
                s = m.start()
                if not group and s in ends:
                    merged.add((ends[s], s))
                    s = ends[s]
        out.append((s, e))
    return [x for x in out if x not in merged]


_SITE_AFTER_NAME = re.compile("[\u4e00-\u9fff]{0,6}?(?:发射场|试验区|通道|跨海大桥|大桥|国际机场|机场)")
_CRAFT = re.compile("[一二三四五六七八九十百零0-9]+号|(?:载人|货运)?飞船|飞行乘组|运载火箭|探测器")


_SITE_WORD_POS = frozenset(("n", "nz", "vn", "ns", "j", "nt", "l"))  # (not 杭州海关|开启|专用通道, 某团|机场)


def _sites_and_craft(
    text: str, orgs: list[tuple[int, int]], places: list[tuple[int, int]], by_start: dict[int, Token]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The tagger's organization that opens a site's name is the site, a place (海南商业航天|发射场, 东风商业|航天创新
    试验区, 深中|通道); one that names a spacecraft or its crew is none (神舟|十五号, 神舟二十一号|载人飞船)."""
    kept = []
    for s, e in orgs:
        name = text[s:e]
        if name[-1] in _ORG_LAST_CHARS or name in known_org_names():
            kept.append((s, e))  # (吉林长春社区干部学院|2号教学楼, 哈马斯|火箭弹发射场: a body's own site or room)
            continue
        site = _SITE_AFTER_NAME.match(text, e)
        words = [t for k in range(e, site.end()) if (t := by_start.get(k))] if site else []
        if site and all(t.pos in _SITE_WORD_POS or t.end == site.end() for t in words):
            places.append((s, site.end()))
        elif not (_CRAFT.match(text, e) or _CRAFT.search(name)):
            kept.append((s, e))
    return kept, places


_MOVEMENT_KINDS = ("运动", "组织", "阵线", "联盟")


def _full_names_before_short(
    text: str, orgs: list[tuple[int, int]], places: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A movement's full name, from its country to 运动, 组织, 阵线 or 联盟, printed before its short name in brackets
    or before a movement's bare name, is a body of its own: 巴勒斯坦伊斯兰抵抗运动（哈马斯）, 巴勒斯坦民族解放运动（法塔赫）,
    巴勒斯坦伊斯兰抵抗运动哈马斯 (the tagger reads 巴勒斯坦伊斯 as a place)."""
    found = []
    for s, e in orgs:
        bracketed = text[s - 1 : s] in ("（", "(") and text[e : e + 1] in ("）", ")")
        q = s - 1 if bracketed else s
        if not (bracketed or text[s:e] in FOREIGN_MOVEMENTS) or not text[:q].endswith(_MOVEMENT_KINDS):
            continue
        starts = [
            ps
            for ps, pe in places
            if q - 16 <= ps <= q - 6
            and pe < q
            and all(_is_name_char(c) for c in text[ps:q])
            and any(_foreign_place(text[ps:n]) for n in range(ps + 2, pe + 1))  # (巴勒斯坦|伊斯)
        ]
        if starts and not any(os <= max(starts) < oe for os, oe in orgs):
            found.append((max(starts), q))
    if not found:
        return orgs, places
    places = [(ps, pe) for ps, pe in places if not any(a <= ps < b for a, b in found)]
    return orgs + found, places


_STATES_COMMUNITY = re.compile("(?:国家)(?:经济)?共同体")


def _communities_of_states(
    text: str, orgs: list[tuple[int, int]], places: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A body named right before 共同体 is the community (安第斯|共同体, 东盟|共同体), and a region's states' community
    one too (西非|国家经济共同体, 加勒比|国家共同体); not a kind of bond (命运共同体, 社会治理共同体)."""
    orgs = [(s, e + 3) if text.startswith("共同体", e) else (s, e) for s, e in orgs]
    kept = []
    for s, e in places:
        m = _STATES_COMMUNITY.match(text, e)
        if m:
            orgs.append((s, m.end()))
        else:
            kept.append((s, e))
    return orgs, kept


_NATIONAL_HEAD_WORDS = ("中国", "中央", "全国", "国家")


def _coordinated_bodies(
    text: str,
    orgs: list[tuple[int, int]],
    places: list[tuple[int, int]],
    persons: list[Mention],
    by_start: dict[int, Token],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A body whose name joins two fields with 与 or 和, found from its second field on, is named from its head on:
    中国物流与|采购联合会, 中央党史和|文献研究院, 全国人大宪法和|法律委员会, 美国国家海洋和|大气管理局.  The head is a
    national word (中国, 中央, 全国, 国家; a country before 国家 with it) or a body found right there (全国人大); the
    first field two to four characters of nouns, no body of its own (not 国家统计局与|…), the second no name of a
    place or level of its own (not …与|省交通厅, …和|湖南省人民医院)."""
    org_at = {e: s for s, e in orgs}
    place_at = {e: s for s, e in places}
    covered = {k for s, e in orgs + places + [(m.start, m.end) for m in persons] for k in range(s, e)}
    heads = {}
    for s, e in orgs:
        if (
            s >= 3
            and text[s - 1] in "与和"
            and text[e - 1] in _BODY_LAST_CHARS
            and text[s] not in _LEVEL_CHARS
            and text[s : s + 2] not in _NATIONAL_HEAD_WORDS
            and not any(_is_place(text[s : s + k]) for k in (2, 3))
            and not _stands_alone(text, s, by_start)
        ):
            head = _coordinated_head(text, s, org_at, place_at, covered, by_start)
            if head >= 0:
                heads[s] = head
    if not heads:
        return orgs, places
    inside = [(head, s) for s, head in heads.items()]
    orgs = [(heads.get(s, s), e) for s, e in orgs if not any(h <= s < k for h, k in inside)]
    places = [(s, e) for s, e in places if not any(h <= s < k for h, k in inside)]
    return orgs, places


def _stands_alone(text: str, s: int, by_start: dict[int, Token]) -> bool:
    """Whether the body's name at ``s`` opens with a name of its own, a second body joined by 和 rather than a field
    (…和|国务院, …和|联合国儿童基金会, …和|孔子学院)."""
    t = by_start.get(s)
    if t is not None and (t.pos in _PERSON_POS or t.pos in ("ns", "j")):
        return True
    return any(text.startswith(k, s) for k in known_org_names())


_NOT_FIELD_POS = frozenset(("d", "m", "t", "p", "c", "r", "v", "u", "uj", "ul", "f", "q", "x"))


def _coordinated_head(
    text: str,
    s: int,
    org_at: dict[int, int],
    place_at: dict[int, int],
    covered: set[int],
    by_start: dict[int, Token],
) -> int:
    """Where the head of a body's name starts, whose first field ends before the 与 or 和 at ``s - 1``; -1 when no
    head stands there, or the first field is (part of) a name found already (新华社和|…, 中国全国政协愿与|…)."""
    last = next((t for k in range(s - 6, s - 2) if (t := by_start.get(k)) and t.end == s - 1), None)
    if (
        s - 1 in org_at
        and s - 1 - org_at[s - 1] >= 4
        and text[s - 2] not in _ORG_LAST_CHARS
        and last is not None
        and last.pos not in _NOT_FIELD_POS
        and last.pos not in _PERSON_POS
        and last.pos != "ns"
    ):
        return org_at[s - 1]  # the tagger's name cut at 与, ending in a field: 中国物流|与采购联合会 (not 国家杜马|和)
    for xs in range(s - 3, max(-1, s - 6), -1):
        field = text[xs : s - 1]
        if not all(_is_name_char(c) for c in field) or field[-1] in _ORG_LAST_CHARS or xs in covered:
            return -1
        if xs not in by_start or any(t.pos in _NOT_FIELD_POS for k in range(xs, s - 1) if (t := by_start.get(k))):
            continue  # the field starts a word and holds no adverb or number: 司法部|分别与, 第一时间与
        if xs in org_at and xs - org_at[xs] >= 2:
            return org_at[xs]
        if text[xs - 2 : xs] in _NATIONAL_HEAD_WORDS:
            head = xs - 2
            while text[head - 2 : head] in _NATIONAL_HEAD_WORDS:
                head -= 2  # 中国国家创新与|发展战略研究会
            if text[head : head + 2] == "国家" and _foreign_place(text[place_at.get(head, head) : head]):
                head = place_at[head]  # 美国国家海洋和|大气管理局
            return head
    return -1


_LEVEL_HEADS = frozenset(("镇长", "乡长", "县长", "区长", "市长"))
_VILLAGE_AFTER = re.compile("[\u4e00-\u9fff]{1,2}村(?![民委长])")


def _surname_like_stop(text: str, k: int, by_start: dict[int, Token]) -> bool:
    """任 after a title, then a two-character word and the clause's end, is a surname (副市长任|华山，)."""
    given = by_start.get(k + 1)
    return (
        text[k] == "任"
        and given is not None
        and len(given.word) == 2
        and given.pos in ("ns", "n", "nr", "nz", "a", "ng")
        and (given.end >= len(text) or text[given.end] in _CLAUSE_END or _SAYING.match(text, given.end) is not None)
    )


def _opens_plain_word(tok: Token | None) -> bool:
    """A word of the segmenter's opening at a one-character place that holds no place (中 of 中心; not 华 of 华侨,
    京 of 京剧, which the public gold marks)."""
    return tok is not None and tok.word in _ZHONG_WORDS


_ZHONG_WORDS = frozenset("中心 中间 中期 中层 中小 中等 中端 中高端 中青年 中老年".split())


def _given_name_after_title(text: str, start: int, end: int) -> bool:
    """A two-character place right after a title's head and a surname is the given name (副市长任|华山)."""
    return (
        end - start == 2
        and start >= 3
        and surname_length(text, start - 1) == 1
        and text[start - 1] not in _WEAK_SURNAMES
        and title_head_at_end(text[max(0, start - 9) : start - 1]) is not None
        and not _is_city_or_province(text[start:end])
    )


def _bare_word_place(text: str, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether the tagger's place is a division's short name that is an everyday word first (惠民 of 便民惠民, 安康 of
    幸福安康, 东风 of 东风浩荡), printed bare: not after its province or city (山西|大同, 宁夏|中卫), in a list of places
    (赣州、吉安、新余) or before its level."""
    name = text[start:end]
    if name not in word_short_names():
        return False
    after_place = bool(places) and places[-1][1] == start
    listed = text[start - 1 : start] == "、" or text[end : end + 1] == "、"
    if after_place or listed or text[end : end + 1] in _LEVEL_CHARS:
        return False
    # named after its province once in the text, it is that division everywhere there (宁夏中卫 … 中卫看得见的优势)
    return not any(_is_city_or_province(text[k - n : k]) for k in _starts_of(text, name) for n in (2, 3) if k >= n)


def _pair_before_relations(text: str, start: int, end: int) -> int:
    """How many one-character country names open the tagger's organization ``text[start:end]`` that is no more
    than those names and a word of their relations (中马|同为, 中俄|新时代, 中柬|命运共同体); 0 when it is more
    (中美|合作|委员会 is a body)."""
    for k in (3, 2):
        rel = _PAIR_AFTER.match(text, start + k) if start + k <= end else None
        if rel and end <= rel.end() and _abbreviation_run(text, start, start + k):
            return k
    return 0


def _abbreviation_pairs(text: str, occupied: list[bool]) -> list[tuple[int, int]]:
    """One-character places printed together before a word of relations: 中|美关系, 印|巴两国, 中|日友好."""
    out: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n - 1:
        if text[i] not in _COUNTRY_ABBREVS or (i and text[i - 1] in _COUNTRY_ABBREVS):
            i += 1
            continue
        j = i
        while j < n and j - i < 3 and text[j] in _COUNTRY_ABBREVS:
            j += 1
        if (
            j - i >= 2
            and (j == n or text[j] not in _COUNTRY_ABBREVS)
            and _PAIR_AFTER.match(text, j)
            and _abbreviation_run(text, i, j)
            and not any(occupied[i:j])
        ):
            out.extend((k, k + 1) for k in range(i, j))
        i = j if j > i else i + 1
    return out


# A one-character country after a verb of travel, before what ends the phrase: 访比期间, 驻华使馆, 离俄前, 来华访问.
_VISITED_ABBREV = re.compile(
    "(?:(?<=[访驻离赴抵])[" + "".join(sorted((_COUNTRY_ABBREVS | frozenset("华")) - frozenset("中"))) + "]|(?<=来)华)"
    "(?=期间|之际|前夕|前|后|时|访问|大使|使馆|使节|外交|[，。、；])"
)
# A road named with its direction: 解放西路, 中山北路, 人民东大街.
# A country's armed forces by its one-character name, as a word of its own (以军, 美军, 俄军; not 日军 of the war
# years, not 美军方 or 俄军人).
_ABBREV_ARMY = re.compile("[以美俄乌英法]军(?![人事校训装队区官团舰机费民港方])")
_COUNTRY_FORCES = re.compile(
    "(?:^|(?<=[，。；：、“”（）\\s被对与和同及向将由在从让给称据]))(" + _ABBREV_ARMY.pattern + ")"
)
# A body's name in quotes right after the kind of body it is (民间团体“继承和发展村山谈话会”, 非政府组织“无国界医生”
# is no match: the name must end like a body).
_QUOTED_BODY = re.compile(
    "(?:团体|组织|机构|社团|政党|党派)“([^“”，。]{2,20}?(?:会|联盟|同盟|党|组织|中心|协会|基金会|联合会|研究所|研究院))”"
)
# The party's short name before its members (中共党员, 中共预备党员; 其中|共有党员 does not match).
_PARTY_MEMBER = re.compile("中共(?=(?:预备)?党员)")
_NAME_NUMERALS = frozenset("一二三四五六七八九十百千万")
_QUAKE = re.compile("(?:特大|大|强烈)?地震|精神(?!病|卫生|文明|状态|面貌|力量|家园)")


def _quake_places(text: str, occupied: list[bool]) -> list[tuple[int, int]]:
    """The division an earthquake or a spirit is named after, printed right before 地震 or 精神 (定日地震, 汶川特大地震,
    沂蒙精神, 右玉精神), the longest name of two to four characters there that is a division's or a region's."""
    out: list[tuple[int, int]] = []
    for m in _QUAKE.finditer(text):
        for k in (4, 3, 2):
            s = m.start() - k
            if s < 0 or any(occupied[s : m.start()]):
                continue
            name = text[s : m.start()]
            if _is_place(name) and any(p.is_division or p.level == "region" for p in _gazetteer_places(name)):
                out.append((s, m.start()))
                break
    return out


_DIRECTED_ROAD = re.compile(r"[一-龥]{2}[东西南北](?:路|大道|大街)")
# A part of a place printed after its name (not where the whole is a division's name: 和田地区, 长江流域).
_PART_OF_PLACE = re.compile(
    "([一-龥]{2,}?)(?:[东西南北中]部|东南部|东北部|西南部|西北部|中南部|中北部|大部|地区|流域|沿岸|境内|(?:中心|主|老)?城区|市区)"
    "|([一-龥]+[江河])口"
)
_NOT_PLACES = frozenset(
    "共和国 和平 湖河 世界 全球 国际 海外 境外 国内 全国 各地 当地 本地 基层 农村 城乡 地方 中心 高速公路 同村 "
    "金山银山 绿水青山 "
    # a bank or shore, no place's name (沿江岸滩涂, 沿海岸线)
    "江岸 河岸 湖岸 海岸 沿岸 岸边 江边 河边 湖边 海边 "
    # kinds and generic nouns the tagger reads as places (向大城市集中, 镇街, 户籍所在地, 内河航运)
    "大城市 小城市 中小城市 大中城市 镇街 户籍所在地 所在地 东西南北中 万里河山 内河 内湾 滨海湿地 "
    "美丽 卫国 重镇 产粮大县 漫山 千镇万村 地球村 北国 大通道 江河湖泊 古镇 天南地北 繁华都市 花海 开街 德治 黄土 "
    "美术馆 新村 名村 通江达海 避风港 石拱桥 湖心岛 科学城 合作区 "
    # parts of a city or kinds of land with no name (承接老城区外溢需求, 北京山区村, 沙漠南缘)
    "老城区 中心城区 主城区 山区村 山区县 沙漠 戈壁 "
    # an edge of a place, no place's name (塔克拉玛干沙漠东南缘), and the energy bases' kind of land (“沙戈荒”大基地)
    "东缘 西缘 南缘 北缘 东南缘 东北缘 西南缘 西北缘 沙戈荒 "
    # 中国科学院's short form, the head of many bodies' names (中科院, 中科羊草, 中科创源), not 中 and 科(威特)
    "中科".split()
)
_ORDINAL_PREFIX = re.compile(r"(?:第?[一二三四五六七八九十百零]+|[0-9]+)届")
# A country's politics, which the tagger reads as a bureau (局): 俄罗斯政局, 俄国内政局.
_POLITICS_TAIL = re.compile("(?:国内)?政局")
# Common nouns printed before a name of the same kind: 第三大银行|国民银行, 另一家公司|华为公司.
_GENERIC_HEADS = ("银行", "公司", "集团", "大学")
_GOV_BODY_ENDINGS = (
    "局",
    "委",
    "办",
    "厅",
    "部",
    "政府",
    "法院",
    "检察院",
    "党委",
    "人大",
    "政协",
    "办公室",
    "委员会",
    "署",
)
_NATIONAL_BODY_ENDINGS = ("党", "议会", "国会", "外交部", "国防部", "政府", "内阁", "军")
_COMPANY_ENDINGS = ("公司", "集团", "银行", "研究院", "研究所", "大学", "学院", "医院", "中心", "协会", "商会")
_COUNTRY_ENDINGS = ("共和国", "王国", "联邦", "合众国", "公国")
_ORG_LEFT_POS = frozenset(("ns", "nz", "nr", "n", "j", "nt", "eng", "nrt", "vn", "an"))


# Characters a village's name often opens with, which the tagger leaves out: 小台子村, 大王庄, 新民村.
_VILLAGE_PREFIX_CHARS = frozenset("小大新老东西南北上下前后")
# A verb between two bodies of a level (河西区委|责成|区教育局, 洛阳市委组织部|联合|市文广旅局) splits the tagger's span.
_BODY_THEN_VERB = re.compile(
    r"(.{2,}?(?:委|局|部|办|厅|政府))([\u4e00-\u9fff]{2})([省市区县].{1,10}?(?:委|局|部|办|厅|政府))"
)


def _split_joined_bodies(text: str, spans: list[Span], tokens: list[Token]) -> list[Span]:
    verbs = {(t.start, t.end) for t in tokens if t.pos == "v" and len(t.word) == 2}
    out: list[Span] = []
    for x in spans:
        m = _BODY_THEN_VERB.fullmatch(text, x.start, x.end) if x.type == "ORG" else None
        if m and (m.start(2), m.end(2)) in verbs:
            out.append(Span("ORG", m.start(1), m.end(1)))
            out.append(Span("ORG", m.start(3), m.end(3)))
        else:
            out.append(x)
    return out


def _repair_spans(text: str, spans: list[Span], tokens: list[Token], occupied: list[bool]) -> list[Span]:
    """Fix the tagger's organization and place spans where Chinese naming says more than its features did."""
    by_end = {t.end: t for t in tokens}
    start_of = [0] * (len(text) + 1)
    for t in tokens:
        for k in range(t.start, t.end):
            start_of[k] = t.start
    one_char_tokens = {t.start for t in tokens if len(t.word) == 1}
    by_start_tok = {t.start: t for t in tokens}
    lead_ends = [t.end for t in tokens if len(t.word) >= 2 and t.word in LEAD_WORDS]
    out: list[Span] = []
    spans = _split_joined_bodies(text, spans, tokens)
    for s in sorted((x for x in spans if x.type != "PER"), key=lambda x: x.start):
        start, end, typ = s.start, s.end, s.type
        if not any("\u4e00" <= c <= "\u9fff" for c in text[start:end]):
            continue
        if text[end - 1] == "共" and text.startswith("和国", end):
            end += 2  # the tagger stopped at 和: 朝鲜民主主义人民共|和国
            typ = "LOC"
        if typ == "LOC":
            if end - start == 1 and text[start] not in _ABBREV_PLACES and text[start] not in _FOREIGN_ABBREVS:
                continue  # a one-character place the tagger found is an abbreviation (中, 菲, 京), or nothing
            if text[start:end] in _NOT_PLACES or text[start:end].endswith(("乡村", "农村", "城乡")):
                continue  # (和美乡村: a common noun)
            if (
                end - start == 2
                and text[end - 1] in _LEVEL_CHARS
                and not _is_place(text[start:end])
                and start in one_char_tokens
            ):
                continue  # 苹果|大|市: a level character after a one-character word is no place (特区政府 is a word)
            if (
                text[end - 1] in "村庄屯"
                and start >= 2
                and text[start - 1] in _VILLAGE_PREFIX_CHARS
                and (text[start - 2] in _LEVEL_CHARS or not _is_name_char(text[start - 2]))
            ):
                start -= 1  # 黑山科乡|小台子村
            if end - start >= 2 and end < len(text) and text[start : end + 1] in place_names():
                end += 1  # 粤港澳大湾|区
            if (
                end - start >= 3
                and text[end - 1] == "国"
                and text.startswith("会", end)
                and _is_place(text[start : end - 1])
            ):
                end -= 1  # 新加坡|国会议长: the country, then its parliament
            if end - start >= 3 and (
                text[start] in "赴抵" or (text[start] in "往经" and _is_place(text[start + 1 : end]))
            ):
                start += 1  # 赴|斯洛伐克, 抵|拉塔基亚: the verb of going before the place
            if end - start >= 3 and text[end - 1] in "往" and _is_place(text[start : end - 1]):
                end -= 1  # 兰州|往新疆
            if (
                end - start >= 3
                and text[end - 1] in "原前"
                and text[end - 2] in _LEVEL_CHARS
                and any(title_head_at_end(text[end : end + n]) for n in range(2, 7))
            ):
                end -= 1  # 僰王山镇|原副镇长: 原 (or 前) opens the post held before, as in 原党委书记
            cut = by_start_tok.get(start_of[end - 1])
            if (
                cut is not None
                and cut.start > start
                and cut.end > end
                and len(cut.word) >= 2
                and _is_place(text[start : cut.start])
                and not _is_place(text[start:end])
                and not (cut.start == end - 1 and text[cut.start] in "村镇乡县区市省")  # 永和村|两委
            ):
                end = cut.start  # 里加|集|会: the place ends where a word running past it begins
            part = _PART_OF_PLACE.fullmatch(text, start, end)
            whole = part.group(1) or part.group(2) if part else ""
            foreign_region = (
                text.endswith("地区", start, end)
                and 2 <= len(whole) <= 6
                and all(c in _FOREIGN_NAME_CHARS for c in whole)
                and not all(c in _COUNTRY_ABBREVS for c in whole)  # (拉法地区, 布法罗地区: not 拉 and 法)
                and not all(c in "东南西北中" for c in whole)  # (美国东南地区: a part, no name)
            )  # 马萨拉|地区: a foreign region by its name, which the gazetteer does not know
            span_is_alias = text.endswith("地区", start, end) and any(
                p.name == whole for p in _gazetteer_places(text[start:end])
            )  # 亚太|地区, 西北|地区: the gazetteer's region by its name (not 和田地区, a prefecture named so)
            if whole and (not _is_place(text[start:end]) or span_is_alias) and (_is_place(whole) or foreign_region):
                end = start + len(whole)  # 塔吉克斯坦|南部, 拉美|地区, 汉水|流域, 鸭绿江|口: the place, not its part
        if (
            start > 0
            and text[start - 1] in '“"‘'
            and end < len(text)
            and text[end] not in '”"’'
            and not (typ == "LOC" and text[start:end] in place_names() and _quoted_length(text, start) >= 7)
            and not (typ == "LOC" and _quoted_sentence(text, start))  # “黑龙山景点目前满员了，…”: words said
        ):
            # the head of a quoted name: “华龙一号”, “两湖”创新区, “太湖美”, ‘武进智造’; a known place opening a quoted line
            # stays a place: “黄河远上白云间”
            continue
        if typ == "ORG" and end - start >= 4:
            part = _PART_OF_PLACE.fullmatch(text, start, end)
            whole = part.group(1) or part.group(2) if part else ""
            if whole and _is_place(whole):
                typ, end = "LOC", start + len(whole)  # 华北|中南部: the place, not a body
        if typ == "ORG" and text[start:end] in place_names():
            typ = "LOC"  # a bare place name is the place: 投资武进
        if (
            typ == "LOC"
            and end - start >= 4
            and text[start:end].endswith(_LOC_BODY_ENDINGS)
            and not _is_place(text[start:end])
        ):
            typ = "ORG"  # 赤山林场, 坡子街派出所: the body named after the place
        if typ == "ORG":
            generic = next((g for g in _GENERIC_AFTER_PLACE if text[start:end].endswith(g)), None)
            cut = end - len(generic) if generic else start
            if cut > start and text[cut - 1] not in _LEVEL_CHARS and _is_place(text[start:cut]):
                typ, end = "LOC", cut  # 美国|公司, 俄|政府: the place
        if typ == "ORG":
            k = bisect_right(lead_ends, end - 2) - 1
            if k >= 0 and lead_ends[k] > start:
                start = lead_ends[k]  # 人民大会堂会见|泰国正大集团: a verb before a title ends the name before it
            if text[start:end].endswith("化") or text[start:end] in _GENERIC_ORGS:
                continue
            generic = next((g for g in _GENERIC_HEADS if text.startswith(g, start)), None)
            if generic and text[start:end].endswith(generic) and end - start > 2 * len(generic):
                start += len(generic)  # 第三大银行|国民银行: the common noun before the name
            ordinal = _ORDINAL_PREFIX.match(text, start, end)
            if ordinal and end - ordinal.end() >= 2:
                start = ordinal.end()  # 十四届全国人大常委会 -> 全国人大常委会
        if typ == "ORG":
            name = text[start:end]
            if name.endswith(_COUNTRY_ENDINGS):
                typ = "LOC"
            head = title_head_at_end(name)
            if head and not any(name.endswith(x) for x in ORG_SUFFIXES) and end - len(head) - start >= 2:
                end -= len(head)  # 中共中央政治局常委 -> 中共中央政治局
                if text[start:end] in place_names():
                    typ = "LOC"  # 香港特别行政区|行政长官: the place
            if name.endswith(_COMPANY_ENDINGS):
                start = start_of[start]  # a company name starting mid-word starts with the word: 术有限公司
                k = 0
                while (
                    k < 3
                    and start in by_end
                    and not _is_place(by_start_tok[start].word if start in by_start_tok else "")
                ):
                    p = by_end[start]
                    if (
                        p.pos not in _ORG_LEFT_POS
                        or p.word in _ORG_BREAK_WORDS
                        or p.word in _GENERIC_HEADS
                        or p.word.endswith(("企业", "单位", "机构"))  # 北京台资企业|九鼎轩置业企划有限公司
                        or occupied[p.start]
                        or p.pos == "x"
                    ):
                        break
                    start = p.start
                    k += 1
        # a division right before a government body belongs to it: 金乡县 + 人社局 (not 东莞市 + 松山湖材料实验室)
        if (
            typ == "ORG"
            and out
            and out[-1].type == "LOC"
            and out[-1].end == start
            and (
                (text[out[-1].end - 1] in _LEVEL_CHARS and text[start:end].endswith(_GOV_BODY_ENDINGS))
                or text[start:end].endswith(_NATIONAL_BODY_ENDINGS)
            )
        ):
            start = out.pop().start
        if out and start < out[-1].end:
            if out[-1].end - out[-1].start >= end - start:
                continue
            out.pop()
        out.append(Span(typ, start, end))
    return out


_GOV_LAST_CHARS = frozenset("部局委厅署")
# Nouns of a body's founding the segmenter does not call verbs: 话剧团|建团43年.
_FOUNDING_WORDS = frozenset(("建团", "建院", "建校", "建厂", "建社", "建局"))
# A unit printed after its company's or university's name: the annotated body is the parent.
_SUB_UNIT = re.compile(
    r"(?:有限公司|集团|大学)((?:董事会|监事会|技术中心|研发中心|工程技术研究中心)|[一-龥]{2,6}学院)"
    r"|(?:中心|医院)([一-龥]{2,6}(?:中心|科|处|室))"
)
# Bodies named after the place they serve, printed as one word after it: 坡子街|派出所, 赤山|林场 is the place's.
_PLACE_BODY_SUFFIXES = frozenset(
    "派出所 幼儿园 小学 中学 卫生院 卫生室 卫生所 医院 法院 检察院 公安局 管委会 街道办 居委会 村委会 政府 人民政府 党委 党工委 "
    "党支部 党总支 团支部 团委 总统府 老年公寓 敬老院 养老院 初级中学".split()
)
# A country's parliament printed after its name is the parliament (斯里兰卡|议会, 以色列|议会); not where a member or
# officer of it follows, which is the person's title (新加坡国会|议长).
_NATIONAL_ASSEMBLIES = frozenset("议会 国会 参议院 众议院 国民议会 上议院 下议院".split())
_ASSEMBLY_TITLE = re.compile("副?议长|议员|主席|秘书长|发言人")
# Companies named like a crop, and what follows the company's name (not the crop's).
_FRUIT_BRANDS = frozenset(("苹果", "小米"))
_BRAND_CONTEXT = re.compile("公司|手机|集团|科技|发布|首席|股价|市值|汽车|的?(?:首席执行官|CEO|总裁|董事长)")


_CITING_VERBS = frozenset(("援引", "引述", "引用", "援用", "转引", "援引自", "转述"))
_ROLE_AFTER_BODY = re.compile("(?:常务)?副?书记|常委")


def _generic_role_body(text: str, s: int, e: int, person_starts: set[int]) -> bool:
    """A bare level's committee in a role named for everyone of it, no one named after (县委书记、乡镇党委书记要…)."""
    if e - s != 2 or text[s] not in "省市县区" or text[e - 1] != "委":
        return False
    m = _ROLE_AFTER_BODY.match(text, e)
    if m is None or text[m.end() : m.end() + 1] not in ("、", "要", "们", "和", "，", "是", "在", "的"):
        return False
    stop = m.end()
    while stop < len(text) and stop - m.end() < 20 and text[stop] not in "，。；！？\n":
        stop += 1
    return not any(k in person_starts for k in range(m.end(), stop))  # (省委常委、市委书记纪馨芳 names one)


# Words ending like a body's suffix that name none, wherever the tagger reads a body ending with them.
_COMMON_WORDS_LIKE_BODIES = frozenset(
    "布局 格局 大局 全局 结局 开局 变局 新局 局部 场所 住所 厕所 寓所 加油站 车站 网站".split()
)
_COUNT_OF_BODIES = re.compile("[两三四五六七八九几多][大家个所]|十[家个所]")  # (十大 of 致公党十大: a congress)
_TIME_WORD = re.compile("近年来?|今年|去年|明年|前年|目前|当前|此前|如今|现在|近日|日前|当天|今天|昨天|近期|随后|同时")


def _fix_org(
    text: str,
    s: int,
    e: int,
    by_start: dict[int, Token],
    by_end: dict[int, Token],
    token_at: dict[int, Token] | None = None,
    occupied: list[bool] | None = None,
) -> tuple[str, int, int]:
    """An organization's span checked against what follows and opens it: ``("", s, e)`` drops it, ``"LOC"`` makes
    it the place it names."""
    if text[e - 1] == "部" and text.startswith("门", e):
        return "", s, e  # 司法部|门, 公安部|门: departments, not a ministry
    if text.endswith(("当地", "该地"), 0, s) and (one := by_start.get(s)) is not None and one.end == e:
        return "", s, e  # 当地|人武部: the place's body of that kind, no name
    k = s
    while k < e and (tok := by_start.get(k)) is not None:
        if k > s + 1 and _COUNT_OF_BODIES.fullmatch(tok.word):
            e = k  # 中国联通|三大|通信运营商: a count of bodies after the name
            if _is_place(text[s:e]):
                return "", s, e  # (西安|十大城市…: a place, no body)
            break
        k = tok.end
    last_word = by_end.get(e)
    if last_word is not None and last_word.word in _COMMON_WORDS_LIKE_BODIES:
        return "", s, e  # 在华|布局, 新|格局: a word ending like a body's suffix
    opening = by_start.get(s)
    if opening is not None and _TIME_WORD.fullmatch(opening.word) and e - opening.end >= 2:
        s = opening.end  # 近年来|集团: a word of time before a bare kind of body
        if text[s:e] in ORG_SUFFIX_SET:
            return "", s, e
    k = s
    while k < e and (tok := by_start.get(k)) is not None:
        if tok.word in _CITING_VERBS and e - tok.end >= 3:
            s = tok.end  # 媒体援引|马里兰大学: what cites the body is not in its name
        k = tok.end
    cut = token_at.get(e - 1) if token_at is not None else None
    if (
        cut is not None
        and cut.end > e
        and cut.start >= s
        and cut.word.endswith((*ORG_SUFFIXES, "学校", "党校"))
        and not (occupied is not None and any(occupied[e : cut.end]))
    ):
        e = cut.end  # the name ends where the word of its suffix does: 朝鲜劳动党中央干部|学校
    farm = _GROUP_FARM.match(text, e)
    if farm is not None and not (occupied is not None and any(occupied[e : farm.end()])):
        e = farm.end()  # 北大荒集团|赵光农场: the group's farm, its unit printed with it
    unit = _SUB_UNIT.search(text, s, e)
    cut = unit.start(1) if unit and unit.group(1) else unit.start(2) if unit else s
    if unit and unit.end() == e and cut - s >= 4:
        e = cut  # 中国中铁工程装备集团有限公司|技术中心, 北京大学|数学科学学院: the body, not its unit
    if e - s <= 4 and text[e - 1] == "族" and not text.startswith("自治", e):
        return "", s, e  # 壮族, 畲族, 仡佬族: a people, not a body
    if text.endswith("神社", s, e) and e - s >= 4:
        return "LOC", s, e  # 靖国神社, 八坂神社: a shrine is a site, no body in 社
    name = text[s:e]
    crop = name in _FRUIT_BRANDS or (name[-2:] in _FRUIT_BRANDS and _is_place(name[:-2]))
    if crop and not _BRAND_CONTEXT.match(text, e):
        return "", s, e  # 洛川苹果, 苹果大县, 苹果产量: the fruit (苹果公司, 苹果手机 are the company)
    m = _POLITICS_TAIL.search(text, s, e)
    if m and m.end() == e and m.start() > s and _is_place(text[s : m.start()]):
        return "LOC", s, m.start()  # 俄罗斯|政局不稳, 俄|国内政局: the country's politics
    first = by_start.get(s)
    if (
        first is not None
        and first.pos == "v"
        and len(first.word) == 2
        and e - first.end >= 3
        and text[e - 1] in _GOV_LAST_CHARS
        and first.word not in _ORG_BREAK_WORDS
    ):
        s = first.end  # 弹劾|内政部: a verb the tagger took in
    if (
        first is not None
        and first.word in ("据", "经", "由", "以", "在", "从", "向", "对", "与", "同")
        and e - first.end >= 3
    ):
        s = first.end  # 据|科学技术部农村科技司: the preposition before the name
    last = by_end.get(e)
    if (
        last is not None
        and last.pos in ("v", "n")
        and len(last.word) == 2
        and last.start - s >= 2
        and (last.pos == "v" or last.word in _FOUNDING_WORDS)
    ):
        if any(text.startswith(x, last.start - len(x)) for x in ORG_SUFFIXES) or text[last.start - 1] in "院局委办团":
            e = last.start  # 社科院|兴办: the verb after the name
    k = s
    while k < e and (tok := by_start.get(k)) is not None:
        if (
            tok.pos == "v"
            and len(tok.word) == 2
            and k - s >= 4
            and text.endswith((*ORG_SUFFIXES, "厂"), s, k)
            and (
                text[tok.end : e] in ("集团", "公司")  # 诺曼底工厂|了解|集团: the bare kind, the body named before
                or (
                    not text.endswith(ORG_SUFFIXES, tok.end, e)
                    and text[e - 1] not in _ORG_LAST_CHARS
                    and text[e - 1] not in "队站所场厂馆"  # (…股份有限公司救护大队刘庄救护中队: its units)
                )
            )
        ):
            e = k  # 中国农业大学|设立|科技: a verb after the body's suffix, then what it did, no part of its name
            break
        k = tok.end
    return "ORG", s, e


# A landmark named after its city is printed after it (北京|人民大会堂, 上海|虹桥火车站): two places.
_LANDMARK_ENDINGS = (
    "大会堂",
    "火车站",
    "高铁站",
    "国际机场",
    "体育场",
    "体育馆",
    "会展中心",
    "广场",
    "胡同",
    "水电站",
    "水库",
)


def _landmark_named(rest: str) -> bool:
    """A landmark with a name of its own before its kind (人民|大会堂, 桃仙|国际机场; not a bare 国际机场)."""
    return not rest.startswith("国际") and any(rest.endswith(k) and len(rest) - len(k) >= 2 for k in _LANDMARK_ENDINGS)


def _is_city_or_province(name: str) -> bool:
    return any(p.level in ("province", "city") for p in _gazetteer_places(name))


_CITY_ZONE_TAIL = re.compile("(?:开发区|高新区|科学城|科技城|航空港|产业园|工业园|园区|实验区|试验区|保税区|综保区)$")


def _split_nested_place(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A place printed after the place it lies in is two places: 安吉|余村, 长沙市|芙蓉区, 邢台县|南市屯村."""
    name = text[s:e]
    if text[s - 1 : s] in ("州", "县") and name[-1] in "县郡" and all(c in _FOREIGN_NAME_CHARS for c in name[:-1]):
        return [(s, e)]  # a foreign state's county, a country's name inside it: 亚利桑那州|马里科帕县
    for k in range(min(len(name) - 2, 6), 1, -1):
        head, rest = name[:k], name[k:]
        if head.endswith(("社区", "村", "街道")) and k >= 3 and rest.endswith(("小区", "家属院")) and len(rest) >= 4:
            return [(s, s + k), *_split_nested_place(text, s + k, e)]  # 东大街社区|物资局小区
        if head.endswith("街道") and k >= 4 and rest.endswith(("社区", "村")) and len(rest) >= 3:
            return [(s, s + k), *_split_nested_place(text, s + k, e)]  # 蟠桃街道|蟠桃园社区
        if _is_place(head) and rest.endswith("街道") and len(rest) >= 4 and not any(c in "区县市省旗" for c in rest):
            return [(s, s + k), *_split_nested_place(text, s + k, e)]  # 彭水|汉葭街道
        if not _is_place(head) or "园" in rest or "族" in rest or rest.startswith("自治") or rest in _NOT_PLACES:
            continue  # (孟连傣族拉祜族佤族自治县, 罗城仫佬族自治县 are one county)
        if (
            len(rest) >= 2
            and not _is_place(name)
            and _is_place(rest)
            and not _CITY_ZONE_TAIL.search(rest)  # (涿州高新技术产业开发区, 上海张江科学城: a zone named whole)
            and _parent_place_named(head, rest)
        ):
            return [(s, s + k), *_split_nested_place(text, s + k, e)]  # 吉林|集安: the gazetteer's city in 吉林
        if head[-1] not in "省市县区" and len(rest) < 3:
            continue  # 望城|岗村, 大理|石村, 黑山|科乡: a village named like the county
        if (
            (rest[-1] in "村镇乡县" and len(rest) >= 2)
            or (head[-1] in "省市县区" and rest[-1] in "区市" and len(rest) >= 3 and _is_place(rest))
            or (_landmark_named(rest) and _is_city_or_province(head))
        ):
            return [(s, s + k), *_split_nested_place(text, s + k, e)]
    return [(s, e)]


_PROPER_POS = frozenset(("ns", "nt", "nz", "j", "nr", "nrt", "nrfg", "eng"))


def _propagate(
    text: str,
    orgs: list[tuple[int, int]],
    places: list[tuple[int, int]],
    persons: list[Mention],
    tokens: list[Token],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Other whole-word occurrences of an organization or place found in the text, within an article's reach of
    one found (the tagger reads 中国 once as a place and once not; the same name is the same thing)."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    common = {(t.start, t.end) for t in tokens if t.pos not in _PROPER_POS}
    covered = [False] * (len(text) + 1)
    for s, e in [*orgs, *places, *((m.start, m.end) for m in persons)]:
        for k in range(s, e):
            covered[k] = True
    found: dict[str, tuple[str, list[int]]] = {}
    for kind, spans in (("ORG", orgs), ("LOC", places)):
        for s, e in spans:
            name = text[s:e]
            if e - s >= 2 and any("\u4e00" <= c <= "\u9fff" for c in name):
                found.setdefault(name, (kind, []))[1].append(s)
    orgs, places = list(orgs), list(places)
    for name in sorted(found, key=len, reverse=True):
        kind, anchors = found[name]
        if kind == "LOC" and (name in _NOT_PLACES or not _is_place(name)):
            continue  # (a place the gazetteer does not know is not repeated: 太阳)
        if kind == "ORG" and len(name) < 3 and name not in KNOWN_ORGS:
            continue  # (a two-character organization is too often a word: 中华, 中马)
        anchors.sort()
        hit = text.find(name)
        while hit >= 0:
            end = hit + len(name)
            k = bisect_left(anchors, hit)
            near = min(
                (abs(hit - anchors[j]) for j in (k - 1, k) if 0 <= j < len(anchors)),
                default=_LINK_WINDOW + 1,
            )
            if (
                near <= _LINK_WINDOW
                and hit in starts
                and end in ends
                and (hit, end) not in common  # 剧团, 中心, 海上: a word, wherever the tagger read one as a name
                and not text.startswith("时间", end)  # 北京时间
                and not any(covered[hit:end])
            ):
                for j in range(hit, end):
                    covered[j] = True
                (orgs if kind == "ORG" else places).append((hit, end))
            hit = text.find(name, hit + 1)
    return orgs, places


# An expressway or railway named by the short names of the places it joins: 京雄|高速, 沪|渝|高速, 京沪|高速, 雄忻|高铁
_LINE = re.compile("高速公路|高速(?![地度发运增成长集公交路])|高铁(?![站集公])|城际铁路|新干线")
_LINE_HEAD_POS = frozenset(("j", "ns", "nr", "nrt", "nrfg", "nz"))
_NOT_LINE_HEAD_POS = frozenset(("x", "u", "uj", "c", "p", "m", "q", "r", "v", "t"))


def _named_lines(text: str, tokens: list[Token], occupied: list[bool]) -> list[tuple[int, int]]:
    """Lines named by two or three places' short names (京雄高速, 沪渝高速, 包茂高速); not a province's own roads
    (江苏|高速), a company (河北高速集团) or an adverb (高速发展)."""
    by_end = {t.end: t for t in tokens}
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        k = m.start()
        if m.group() == "新干线":  # a Shinkansen line is named by its region or prefecture: 山形|新干线, 上越|新干线
            while k in by_end and by_end[k].pos not in _NOT_LINE_HEAD_POS and m.start() - by_end[k].start <= 3:
                k = by_end[k].start
            country = any(p.level == "country" for p in _gazetteer_places(text[k : m.start()]))  # (日本|新干线)
            if (
                2 <= m.start() - k <= 3
                and not country
                and text[k : m.start()] not in ("部分", "全部", "所有", "多条", "各条", "多趟")  # (部分新干线线路)
                and not any(occupied[k : m.end()])
            ):
                out.append((k, m.end()))
            continue
        while k in by_end and by_end[k].pos in _LINE_HEAD_POS and m.start() - by_end[k].start <= 4:
            k = by_end[k].start
        head = text[k : m.start()]
        if (
            2 <= len(head) <= 4
            and not _is_place(head)
            and not _word_not_name(head)  # (全自动|高速)
            and head not in ("通行", "驶入", "驶离", "进入", "上下")  # verbs the segmenter reads as short names
            and not any(occupied[k : m.end()])
        ):
            out.append((k, m.end()))
    return out


def _party_body_with_its_places(
    text: str, orgs: list[tuple[int, int]], places: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A community's or village's party body printed right after its city and district is named with them
    (福州市|鼓楼区|军门社区党委 is one body), as a hospital or school after its province and city is; a village's
    after its township too (尧市镇|保洞溪村村委会)."""
    ends = {e: s for s, e in places}
    taken: set[tuple[int, int]] = set()
    out = []
    for s, e in orgs:
        name = text[s:e]
        if name.endswith(_PARTY_BODY_ENDINGS) and any(c in name for c in "村社镇乡街"):
            while s in ends and text[ends[s] : s][-1] in "省市县区州旗镇乡":
                taken.add((ends[s], s))
                s = ends[s]
        out.append((s, e))
    return out, [x for x in places if x not in taken]


def _division_cut_before(text: str, s: int, e: int, occupied: list[bool]) -> tuple[int, int]:
    """A body the tagger started inside the name of the division it is named after starts with that name:
    北舞|渡镇中心学校 (the town 北舞渡镇), the characters before free and no other mention's."""
    for j in range(1, 4):
        if s + j >= e or text[s + j - 1] not in "镇乡县区村":
            continue
        for k in range(1, 4):
            if k > s or any(occupied[s - k : s]):
                break
            head = text[s - k : s + j]
            if not all("\u4e00" <= c <= "\u9fff" for c in head):
                break
            if any(p.name == head for p in _gazetteer_places(head)) and not _is_place(text[s : s + j]):
                return (s - k, e)
    return (s, e)


def _country_then_place(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A country and a place in it the tagger read as one (巴西|里约热内卢州, 伊朗|布什尔, 巴西|圣保罗) are two
    places; not a name the gazetteer knows whole (马里兰州, 印度尼西亚) or a country's formal name (…共和国)."""
    name = text[s:e]
    if e - s < 4 or _is_place(name):
        return [(s, e)]
    for k in range(2, min(6, e - s - 1)):
        if not any(p.level == "country" and p.name == name[:k] for p in _gazetteer_places(name[:k])):
            continue
        rest = name[k:]
        if rest.startswith(("共和国", "王国", "联邦", "自治", "民主", "人民", "合众国", "大使馆", "领事馆")):
            return [(s, e)]
        if _foreign_place(rest) or (
            len(rest) >= 3
            and rest[-1] in "州省市山岛"
            and (all(c in TRANSLIT_CHARS for c in rest[:-1]) or _foreign_place(rest[:-1]))
        ):  # (里约热内卢|州: the state named after its city)
            return [(s, s + k), (s + k, e)]
    return [(s, e)]


# A road named by its number is a site, as a named highway is (国道349线, 318国道, 5号州际公路).
_NUMBERED_ROAD = re.compile(r"(?:国道|省道)\d{1,4}线?|\d{1,4}(?:国道|省道)|\d{1,3}号(?:州际)?公路")


_LONG_BODY_AFTER_LEVEL = re.compile(
    "长[\u4e00-\u9fff]{1,3}?(?:初级中学|中心小学|中心学校|中学|小学|卫生院|派出所|幼儿园|医院)(?![长主副])"
)
_LONG_PLACE_AFTER_LEVEL = re.compile("长[\u4e00-\u9fff]{1,2}?[市县镇乡村]")


def _long_place_after_level(text: str, places: list[tuple[int, int]], occupied: list[bool]) -> list[tuple[int, int]]:
    """A city, county or village whose name opens with 长, printed right after its county or prefecture, which the
    segmenter read as a head's post (县长, 省长) and left out: 洛杉矶县|长滩市, 新潟县|长冈市, 水乡|长秀村."""
    out = list(places)
    for k, (ps, pe) in enumerate(places):
        level = pe if pe < len(text) and text[pe] in "县省州" and not occupied[pe] else pe - 1
        if pe - ps < 2 or text[level] not in "县省州乡" or level + 1 >= len(text):
            continue
        m = _LONG_PLACE_AFTER_LEVEL.match(text, level + 1)
        if m is None or any(occupied[level + 1 : m.end()]) or any(s < m.end() and level < e for s, e in places):
            continue
        if level == pe:
            occupied[pe] = True
            out[k] = (ps, pe + 1)  # 洛杉矶|县: the level character the place was cut before
        _occupy(occupied, m.start(), m.end())
        out.append(m.span())
    return sorted(out)


def _city_before_county_body(
    text: str, orgs: list[tuple[int, int]], places: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A body whose name opens with its county, printed right after the county's city or province, holds the city
    too: 乐山市|马边彝族自治县花间刺绣专业合作社 (not 沁源县|山西通洲集团…: a county before a body of its own)."""
    ending_at = {e: k for k, (s, e) in enumerate(places)}
    out = []
    for s, e in orgs:
        k = ending_at.get(s)
        if (
            k is not None
            and text[s - 1] in "省市州盟"
            and e - s >= 6
            and any(text[s + n - 1] in "县区旗" and _is_place(text[s : s + n]) for n in range(2, min(9, e - s - 1)))
        ):
            s = places[k][0]
            places[k] = (-1, -1)
            while (k := ending_at.get(s)) is not None and _is_city_or_province(text[places[k][0] : s]):
                s = places[k][0]  # 福建|三明市|沙县区总医院: the province before the city as well
                places[k] = (-1, -1)
        out.append((s, e))
    return out, [x for x in places if x[0] >= 0]


_GROUP_SENT = re.compile("(?:事故|联合|专项)?(?:工作组|调查组|督导组|督察组|指导组|检查组|巡视组|专家组|宣讲团)")


def _group_sent_after(text: str, e: int, occupied: list[bool]) -> int:
    """An ad hoc group printed right after the body that sent it is that body's group, one name: 国务院|事故调查组,
    国家防总|工作组 (as 国务院…调查评估组)."""
    m = _GROUP_SENT.match(text, e)
    if m is None or any(occupied[e : m.end()]):
        return e
    _occupy(occupied, e, m.end())
    return m.end()


def _numbered_roads(text: str, places: list[tuple[int, int]], occupied: list[bool]) -> list[tuple[int, int]]:
    """Numbered roads as places, split from the place the tagger ran them into (洛杉矶县|5号州际公路)."""
    out: list[tuple[int, int]] = []
    for s, e in places:
        m = _NUMBERED_ROAD.search(text, s, e)
        head = text[s : m.start()] if m is not None else ""
        if (
            m is not None
            and m.end() == e
            and head
            and (_is_place(head) or (head[-1] in "县州市" and _is_place(head[:-1])))
        ):
            out += [(s, m.start()), (m.start(), e)]
        else:
            out.append((s, e))
    taken = {k for s, e in out for k in range(s, e)}
    for m in _NUMBERED_ROAD.finditer(text):
        if not any(k in taken for k in range(*m.span())) and not any(occupied[m.start() : m.end()]):
            out.append(m.span())
    return sorted(out)


def _regroup_adjacent(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two places printed together that the tagger cut where the gazetteer does not, the second no place as cut:
    约旦河|西岸伯利恒 is 约旦河西岸|伯利恒 (both pieces the gazetteer's names)."""
    out = list(places)
    for i in range(len(out) - 1):
        (a, b), (b2, c) = out[i], out[i + 1]
        if b != b2 or _is_place(text[b:c]):
            continue
        for k in range(c - 2, a + 1, -1):
            if k != b and _gazetteer_places(text[a:k]) and _gazetteer_places(text[k:c]):
                out[i], out[i + 1] = (a, k), (k, c)
                break
    return out


def _foreign_county(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A county printed after its foreign state, cut by the tagger where a country's name begins inside it, is one
    place: 亚利桑那州|马里|科帕县 is 亚利桑那州|马里科帕县."""
    out = sorted(places)
    k = 1
    while k + 1 < len(out):
        (z, a), (a2, b), (b2, c) = out[k - 1], out[k], out[k + 1]
        if (
            a == a2
            and b == b2
            and text[c - 1] in "县郡"
            and text[a - 1] in "州县"
            and _foreign_place(text[z:a])
            and all(ch in _FOREIGN_NAME_CHARS for ch in text[a : c - 1])
            and not _is_place(text[a:c])
        ):
            out[k : k + 2] = [(a, c)]
        k += 1
    return out


def _prefixed_town(text: str, places: list[tuple[int, int]], occupied: list[bool]) -> list[tuple[int, int]]:
    """A town or village whose first character (上, 下, 东, 新 ...) the segmenter split off is the gazetteer's place
    with it: 察隅县|下|察隅镇 is 下察隅镇."""
    out = []
    for s, e in places:
        if (
            s > 0
            and e - s >= 3
            and text[e - 1] in "镇乡村"
            and text[s - 1] in _VILLAGE_PREFIX_CHARS
            and not occupied[s - 1]
            and not _is_place(text[s:e])
            and any(p.level == "town" for p in _gazetteer_places(text[s - 1 : e]))
        ):
            occupied[s - 1] = True
            s -= 1
        out.append((s, e))
    return out


def _region_after_country(text: str, places: list[tuple[int, int]], occupied: list[bool]) -> list[tuple[int, int]]:
    """A region or city the gazetteer files under the country printed right before it, which the tagger left out of
    the country's span: 日本|本州, 日本|青森县, 美国|加利福尼亚州 (the country's own regions only: not 日本|东北部)."""
    found: list[tuple[int, int]] = []
    taken = {k for ps, pe in places for k in range(ps, pe)}
    for ps, pe in places:
        countries = [p for p in _gazetteer_places(text[ps:pe]) if p.level == "country" and p.name != "中国"]
        if not countries or pe in taken or occupied[pe]:
            continue
        ids = {p.place_id for p in countries}
        for k in range(min(8, len(text) - pe), 1, -1):
            name = text[pe : pe + k]
            if any(c in taken for c in range(pe, pe + k)) or any(occupied[pe : pe + k]):
                continue
            if any(p.parent_adcode in ids and p.level in _FOREIGN_LEVELS for p in _gazetteer_places(name)):
                found.append((pe, pe + k))
                break
    return found


# Landforms and sites printed right after the place they are named for (not 高原特产, 草原上 as a kind: the place's).
_LANDFORM = re.compile("(?:空中|大)?(?:高原|草原|平原|盆地|峡谷|沙漠|湿地|古城)(?![特产上的里人区带音])")


# Words opening with 市 that a city's name before them does not own: 市属公园, 市民, 市场, 市值.
_CITY_WORD = re.compile("市(?:属|民|场|值|面上)")
# What may come right before such a unit's name: a function word, a verb, a place (not 和睦|文明|社区, an adjective).
_BEFORE_NAMED_UNIT_POS = frozenset(("uj", "p", "c", "v", "ns", "f", "x", "d", "m", "q"))
# A unit named by a word read as a person's name, right after it (周家渡|街道, 祥和|社区, 景文|高速, 周家渡|支行).
_NAMED_UNIT = re.compile(
    "街道(?![办干])|社区(?!卫生|服务|治理|工作|建设|医院|食堂|居民|群众|干部|党)|[支分]行|高速(?:公路)?(?![地度发运])|高铁|大道"
)


# A community printed after its place's name: 长山花园|社区, 东大街|社区, 迎宾路|北社区 (a section of a road).
_COMMUNITY = re.compile("[东南西北中]?社区(?!卫生|服务|治理|工作|建设|医院|食堂|居民|群众|干部|党)")


def _communities(text: str, places: list[tuple[int, int]], orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Places the tagger cut before 社区 printed whole: 长山花园社区, 东大街社区, 迎宾路北社区 (one place, where a
    second place 北社区 was). A division (海淀区|社区) or a known place (北京|社区) is no community's name."""
    taken = {s for s, _ in orgs}
    out: list[tuple[int, int]] = []
    starts = {s: e for s, e in places}
    skip: set[int] = set()
    for s, e in sorted(places):
        if s in skip:
            continue
        m = _COMMUNITY.match(text, e)
        name = text[s:e]
        if (
            m
            and len(name) >= 2
            and not name.endswith(_DIVISION_CHARS + ("街道", "社区"))
            and (
                not name.endswith("村")  # 民主村|社区 (not 村|社区, 实现|村社区, 吉林省|村社区)
                or (
                    len(name) >= 3
                    and m.group() == "社区"
                    and name[-2] not in _LEVEL_CHARS
                    and rjieba.tag(name[:-1])[0][1] not in ("v", "vn", "d", "p", "c", "ad")
                    and not _is_place(name[:-1])
                )
            )
            and not _is_place(name)
            and e not in taken
        ):
            if e in starts:
                skip.add(e)
            out.append((s, m.end()))
        else:
            out.append((s, e))
    return out


# A company's name the tagger starts at a dictionary word inside it (暗面|科技有限公司 of 北京月之暗面…, 陶瓷有限公司 of
# 亿家亲…): the words before it, up to a verb, preposition or punctuation, are its head.
_LIMITED_COMPANY_ENDINGS = ("有限公司", "有限责任公司")
_COMPANY_HEAD_POS = frozenset(("n", "nz", "ns", "nr", "nrt", "m", "j", "eng", "ng", "b"))
# Verbs the segmenter tags as nouns before a company (会见|英国怡和控股有限公司), and words of time (现|际华…).
_COMPANY_HEAD_STOPS = frozenset(
    "会见 会晤 会谈 考察 调研 参观 走访 现 原 今 前 企业 公司 重点企业 龙头企业 由 经销商 供应商 厂商 客户".split()
)


# A company's line of business printed right after its short name is the company that runs it (一汽|物流, 百度|智能云,
# 京东|物流): the name short (no suffix of a body's), the business whole words, then a pause, a verb or a function word.
_BUSINESS_AFTER = re.compile("物流|科技|智能云|汽车|能源|控股|实业|地产|医药|证券|电力|核电")
_AFTER_BUSINESS_POS = frozenset(("x", "p", "c", "v", "vn", "uj", "ul", "d", "f", "r"))


def _business_after(text: str, s: int, e: int, by_start: dict[int, Token], occupied: list[bool]) -> int:
    if text[s:e].endswith("集团"):
        return _group_unit_after(text, e, by_start)
    m = _BUSINESS_AFTER.match(text, e)
    if m is None or e - s > 4 or e not in by_start or any(occupied[e : m.end()]) or _ORG_SUFFIX_RE.search(text, s, e):
        return e
    if text[e - 1] in _BODY_LAST_CHARS or text[e - 1] in "盟党国军":
        return e  # a union's or a party's short name is no company's: 欧盟|汽车
    k = e
    while k < m.end() and (tok := by_start.get(k)) is not None:
        k = tok.end
    if k != m.end():
        return e  # (京东|物流园区: the business ends inside a word)
    after = by_start.get(k)
    return k if after is None or after.pos in _AFTER_BUSINESS_POS else e


_UNIT_NAME_POS = frozenset(("ns", "nz", "nr", "nrt", "j", "n"))


def _group_unit_after(text: str, e: int, by_start: dict[int, Token]) -> int:
    """A group's unit printed right after it by a two-character name and its business is part of the name:
    三峡集团|长江电力, 国家能源集团|龙源电力, 一重集团|大连核电 (not 集团的|新能源)."""
    name = by_start.get(e)
    if name is None or len(name.word) != 2 or name.pos not in _UNIT_NAME_POS:
        return e
    m = _BUSINESS_AFTER.match(text, name.end)
    if m is None or m.end() not in by_start and m.end() < len(text):
        return e
    after = by_start.get(m.end())
    return m.end() if after is None or after.pos not in _UNIT_NAME_POS | {"vn", "ng", "nt"} else e


def _place_word(tok: Token) -> bool:
    return tok.pos == "ns" or (len(tok.word) >= 2 and _is_place(tok.word))


def _places_before_company(
    orgs: list[tuple[int, int]], by_start: dict[int, Token]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A group's name run left over the places where its company lies, the company read whole after them, is those
    places (山西长治市沁源县|山西通洲集团留神峪煤业有限公司): the body is the company's, the places are places."""
    places: list[tuple[int, int]] = []
    out = []
    for s, e in orgs:
        inner = next((os for os, oe in orgs if s < os < e < oe), None)
        if inner is None:
            out.append((s, e))
            continue
        words, k = [], s
        while k < inner and (tok := by_start.get(k)) is not None and tok.end <= inner and _place_word(tok):
            words.append((tok.start, tok.end))
            k = tok.end
        if k == inner:
            places += words
        else:
            out.append((s, e))
    return out, places


_COINED_POS = frozenset(("v", "vn", "g", "k", "a", "b"))


def _coined_word_after_place(tok: Token, by_end: dict[int, Token]) -> bool:
    """A short word the segmenter calls a verb or a morpheme, inside a company's coined name, with its place or group
    at most a word before it (绍兴上虞|野营|者|户外用品有限公司, 山西通洲集团|留神|峪|煤业有限公司)."""
    if tok.pos not in _COINED_POS or len(tok.word) > 2:
        return False
    before = by_end.get(tok.start)
    for _ in range(2):
        if before is None or before.pos in ("x", "uj", "p", "c", "r", "d", "m"):
            return False
        if before.pos == "ns" or before.word.endswith("集团"):
            return True
        before = by_end.get(before.start)
    return False


def _company_head(text: str, s: int, e: int, by_end: dict[int, Token], by_start: dict[int, Token]) -> tuple[int, int]:
    generic_group = e - s == 4 and text[s:e].endswith("集团") and rjieba.tag(text[s : e - 2])[0][1] == "n"
    share = 4 if text[s:e].endswith("股份有限公司") else 0  # (果园生物科技|股份有限公司: the shares make no name)
    if not (text[s:e].endswith(_LIMITED_COMPANY_ENDINGS) or generic_group) or e - s - share > 9:
        return (s, e)  # (a trade and 集团 is a group named before it: 新疆八一|钢铁集团)
    k = anchor = s
    bracket = _BRACKETED_PLACE.search(text, max(0, s - 7), s)
    if bracket and bracket.end() == s:
        k = anchor = bracket.start()  # 伽利略（天津）|技术有限公司: the place in brackets, then the name before it
    while k > 0:
        tok = by_end.get(k)
        before = by_end.get(tok.start) if tok is not None else None
        # a word the segmenter calls an adverb, right after a place, is the name's (上海|永久|自行车有限公司)
        named_adverb = (
            tok is not None and tok.pos == "d" and len(tok.word) >= 2 and before is not None and before.pos == "ns"
        )
        # a bracketed place closes a company's formal name: the words before it may be verbs (中化环境修复（山东）)
        bracket_verb = tok is not None and anchor < s and tok.pos in ("v", "vn") and len(tok.word) >= 2
        if (
            tok is None
            or not (
                tok.pos in _COMPANY_HEAD_POS
                or tok.word == "之"
                or named_adverb
                or bracket_verb
                or _coined_word_after_place(tok, by_end)
            )
            or anchor - tok.start > (10 if anchor < s or tok.pos == "ns" else 6)
            or tok.word in _COMPANY_HEAD_STOPS
            or (len(tok.word) >= 3 and tok.word.endswith(("企业", "公司")))  # 民营企业|红桃k集团股份有限公司
            or (generic_group and tok.word.endswith(("集团", "公司", "旗下")))  # 阿里巴巴集团|旗下|蚂蚁集团
            or (tok.pos == "m" and (tok.word[0] in "一两几多每各这那某" or tok.word[-1] in "家个批所"))
            or tok.word in KNOWN_ORGS
        ):
            break
        k = tok.start
    while k < s and text[k] == "之":
        k += 1
    while k < anchor and (first := by_start.get(k)) is not None and first.pos in ("v", "vn"):
        k = first.end  # not from the verb before the name (走进|伽利略（天津）…)
    if k == anchor < s:
        return (s, e)  # a place in brackets with no name before it
    return (k, e)


_BRACKETED_PLACE = re.compile("[（(][\u4e00-\u9fff]{2,5}[）)]")
_BRACKET_THEN_TAIL = re.compile("[（(][\u4e00-\u9fff]{2,5}[）)]((?:股份|科技|技术)?(?:有限责任公司|有限公司))")


_ESTATE_AFTER = re.compile("小区|家属院|家属区|宿舍区|胡同")
_TERM_HEADS = re.compile("中国人民政治协商会议|中国共产党|中共|共青团|政协|中国国民党")
_TERM_COMMITTEE = re.compile("(第?[一二三四五六七八九十]{1,3}届)(?=全国委员会|中央委员会|常务委员会|委员会)")
_NUMBERED_BRANCH = re.compile("第[一二三四五六七八九十]{1,3}(?:党支部|党总支|支部|党小组)")
_PARTY_BODY_AFTER = re.compile("党总支部|党支部|党总支|党委|党工委|居委会|村委会")
_PARTY_BODY_ENDINGS = ("党委", "党支部", "党总支", "党总支部", "党工委", "党组", "居委会", "村委会")
_AFTER_COUNTRY_CHARS = frozenset("约共将对等与和在是也都已还均近超逾")
# Kinds of park, reserve or airport, no place's name (以国家公园为主体, 世界地质公园这张金名片, 开放更多城市公园).
_KIND_OF_PLACE = re.compile(
    "(?:国家级?|世界|省级|市级|县级|城市|国际|微型)?"
    "(?:文化|古?遗址|化石|考古|地质|湿地|森林|沙漠|体育|绿地|海洋牧场|生态|自然|郊野|口袋|主题|农业|矿山)*"
    "(?:公园|自然保护区|保护区|示范区|机场)"
    "|(?:国家级|省级)?(?:自贸试验区|自由贸易试验区|自贸区|自由贸易区|综合保税区|保税区|经济开发区|经开区|高新区|开发区|产业园区?)"
    "|(?:活动|服务|文化|体育|会展|商务|物流|培训|交易)中心"  # (畲族音乐|活动中心: a kind of venue, no name)
    "|(?:智慧|完整|和谐|文明|平安|绿色|低碳|老旧|城市|农村|新型|无障碍|数字)社区"  # (智慧交通、智慧社区: a kind)
    "|石?牌坊"  # 家门口就是石牌坊: a kind of arch
)
# Kinds of village, no village's name (稳步推进城中村改造, 打造样板村, 从一座小山村感知未来).
_VILLAGE_KINDS = frozenset(
    "城中 小山 山 样板 示范 重点 试点 贫困 先进 文明 行政 自然 中心 空心 专业 特色 明星 脱贫 帮扶 网红 邻 本 该 全 各 "
    "每 一 万 千 百 镇 乡 兴 同 两 涣散 软弱涣散 小康 断电 断水 停电 受灾 山区 边境 传统 穷山 穷 富裕 落后 后进 "
    "村".split()
)


def _village_kind_cut(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A place the tagger read in 村 that is a kind of village: none (小康村建设, 断电村恢复供电), or the place
    before the kind (北京|山区村); the span itself otherwise."""
    if text[e - 1] != "村" or e - s < 3:
        return (s, e)
    head = text[s : e - 1]
    if head in _VILLAGE_KINDS:
        return None
    kind = next((k for k in _VILLAGE_KINDS if len(k) >= 2 and head.endswith(k) and len(head) > len(k)), None)
    if kind is not None and _is_place(head[: -len(kind)]):
        return (s, e - 1 - len(kind))
    return (s, e)


_VILLAGE_AS_MODIFIER = re.compile("[（(]|级|集体|内|民|务|容|两委|干部")
_VERB_POS = frozenset(("v", "vn", "a", "ad", "d"))


# What may stand right before a village's name: a clause's start, 的, or a verb or preposition of place.
_VILLAGE_OPENERS = frozenset("，。；：、！？“”（）\n 的在到从是和与及")


def _no_named_village(text: str, s: int, e: int, by_start: dict[int, Token]) -> bool:
    """A place in 村 that names no village: a kind of village (城中村, 样板村, 镇村 as in 县镇村), or a verb's object
    村 read onto the verb (健全|村（居）务公开, 提升|村集体经济, 排查|村内河道)."""
    if text[e - 1] != "村" or e - s < 2:
        return False
    head = text[s : e - 1]
    if head in _VILLAGE_KINDS:
        return True
    tok = by_start.get(s)
    return (
        tok is not None
        and tok.end == e - 1
        and tok.pos in _VERB_POS
        and _VILLAGE_AS_MODIFIER.match(text, e) is not None
    )


_SITE_ENDINGS = ("水电站", "水库")
_SITE_OWNER = re.compile("[\u4e00-\u9fff]{2,8}?(?:集团|公司)(?=[\u4e00-\u9fff]{4})")


@cache
def _curated_site_pattern() -> re.Pattern[str] | None:
    """The curated gazetteer's geography by name: three characters or more (富山湾, 毛乌素, 里孜口岸), or a river, lake
    or sea of two (洮河, 沂河, 红海); of its regions only landforms (毛乌素沙地, 关中平原), not parts of the country
    (西部地区, 中西部) or one-character forms joined (成渝地区, 长株潭, 海峡两岸), whose conventions the batches leave open."""
    try:
        names = curated_names()
    except OSError:  # the gazetteer seed is not there (a partial checkout)
        return None
    keep = sorted(
        (
            n
            for n in names
            if (len(n) >= 3 or (len(n) == 2 and n[1] in "河江湖海池"))
            and (n.endswith(_LANDFORMS) or not all(p.level == "region" for p in _gazetteer_places(n)))
        ),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(map(re.escape, keep))) if keep else None


_LANDFORMS = ("沙漠", "沙地", "平原", "盆地", "高原", "半岛", "三角洲", "草原", "高地", "山脉", "群岛", "峡谷", "戈壁")
# Autonomous counties' names that news text prints as things far more often than as the county (新闻联播 and People's
# Daily 2022-2026: 红山文化玉龙, 圆明园石柱, 湖边白沙, 三衢石林, 紫云楼).
_BARE_NAME_THINGS = frozenset(("玉龙", "石柱", "白沙", "石林", "紫云"))
# Last characters of foods and products the tagger reads as personal names (乌米粽, 罗非鱼, 马黛茶, 乌鸡汤, 胡麻油,
# 牛肉丸, 夏玉米), which given names seldom end in; not 米 alone (哈什米, 萨拉米), 果 or 桃 (陈果, 徐梦桃).
_THING_ENDINGS = (*"粽糕饼酥醋酱鸭虾蟹菜笋菇肉糖鱼茶汤油粉酒饭丸", "玉米", "红柿")
# A foreign region by its two-character name printed with 地区 or 地方 (能登|地方, as the batches annotate 能登).
_REGION_WORDS = ("地区", "地方")


def _quoted_name_head(text: str, start: int, end: int) -> bool:
    """The head of a short quoted name (“太湖美”, “南海行为准则”), which the tagger's places skip too."""
    return (
        start > 0
        and text[start - 1] in '“"‘'
        and end < len(text)
        and text[end] not in '”"’'
        and _quoted_length(text, start) < 7
        and not _quoted_sentence(text, start)
    )


def _listed_beside_place(text: str, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether a place stands right before or after ``start:end`` across a 、 (三亚、保亭、陵水)."""
    if end < len(text) and text[end] not in "、，。；等和及与":
        return False  # an item of the list ends there (承东启西、连南|接北: no item)
    return any(
        (e == start - 1 and text[e] == "、") or (s == end + 1 and text[end] == "、")
        for s, e in places
        if e - s >= 2  # (承东启西、连南接北: no place beside)
    )


def _in_book_title(text: str, start: int) -> bool:
    """Whether ``start`` stands inside a title in 《》 (《全面进步跨太平洋伙伴关系协定》: a document's, no place's)."""
    opened = text.rfind("《", 0, start)
    return opened >= 0 and text.rfind("》", opened, start) < 0 and text.find("》", start) >= 0


def _curated_sites(text: str, tokens: list[Token]) -> set[tuple[int, int]]:
    """Spans of curated geography whose both ends fall on the segmenter's word boundaries (洮河|水, not 能|登上)."""
    pattern = _curated_site_pattern()
    if pattern is None:
        return set()
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    found = {
        (m.start(), m.end())
        for m in pattern.finditer(text)
        if m.start() in starts
        and m.end() in ends
        and not _in_book_title(text, m.start())
        and title_head_at_end(text[max(0, m.start() - 8) : m.start()]) is None  # (副馆长|张江: a man)
        and not _quoted_name_head(text, m.start(), m.end())
    }
    for t in tokens:
        if (
            len(t.word) == 2
            and text.startswith(_REGION_WORDS, t.end)
            and any(p.level == "foreign_region" and p.source == "curated" for p in _gazetteer_places(t.word))
        ):
            found.add((t.start, t.end))
    return found


_SITE_AFTER = re.compile("[\u4e00-\u9fff]{2,3}?(" + "|".join(_SITE_ENDINGS) + ")")


def _site_name(name: str) -> bool:
    """A site's own name, not a plain word before its kind (淮河上游|水库, 调度|水库, 控制性|水库)."""
    tagged = rjieba.tag(name)
    return not name.endswith("性") and not (len(tagged) == 1 and tagged[0][1] in ("f", "v", "vn", "a", "d", "b", "ad"))


def _named_site(name: str) -> bool:
    return any(name.endswith(k) and len(name) - len(k) >= 2 for k in _SITE_ENDINGS)


_BLOC_AFTER = re.compile("对立|对抗|政治")


def _bloc(text: str, s: int, e: int, by_start: dict[int, Token]) -> bool:
    head = by_start.get(s)
    return (
        text[s:e].endswith("集团")
        and _BLOC_AFTER.match(text, e) is not None
        and head is not None
        and head.end == e - 2
        and head.pos in ("v", "vn", "vd", "d", "a", "ad")
    )


def _give_back_run_on(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    starts = {s: e for s, e in places}
    moved: dict[tuple[int, int], tuple[int, int]] = {}
    for s, e in places:
        nxt = starts.get(e)
        if nxt is None or e - s < 4:
            continue
        for k in range(e - 1, s + 1, -1):
            if text[k - 1] in "省县州" and _is_place(text[s:k]):
                if e - k <= 3 and not any(c in "省市县区州镇乡村" for c in text[k:e]):
                    moved[(s, e)] = (s, k)
                    moved[(e, nxt)] = (k, nxt)
                break
    return [moved.get(x, x) for x in places]


_PLACE_OPENERS = frozenset("在从到赴于由至往")
_LIST_JOINS = "、和及与"
_NOT_DIVISION_NAME_POS = frozenset(("r", "m", "q", "d", "a", "v", "f", "p", "c", "u", "t"))


def _division_name(name: str) -> bool:
    tagged = rjieba.tag(name)
    return all("\u4e00" <= c <= "\u9fff" for c in name) and not (
        len(tagged) == 1 and tagged[0][1] in _NOT_DIVISION_NAME_POS
    )


def _listed_divisions(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The items next to a division in a list that end in its level: 山形县、|新潟县, 新潟县|和山形县."""
    level = text[e - 1]
    if level not in "省县州" or e - s < 3:
        return []
    out = []
    if e < len(text) and text[e] in _LIST_JOINS:
        for n in (2, 3, 4):
            b = e + 1 + n + 1
            if b <= len(text) and text[b - 1] == level and _division_name(text[e + 1 : b - 1]):
                out.append((e + 1, b))
                break
    if s >= 4 and text[s - 1] in _LIST_JOINS:
        for n in (2, 3, 4):
            a = s - 1 - n - 1
            if (
                a >= 0
                and text[s - 2] == level
                and _division_name(text[a : s - 2])
                and (a == 0 or not _is_name_char(text[a - 1]))
            ):
                out.append((a, s - 1))
                break
    return out


_MIDDLE_PART = re.compile("中[东西南北]部(?![署队长门分])")  # (中东|部署, 中东|部分国家)
_LEVELS_OF_BODIES = re.compile("[省市县区乡镇村][一二三四五两]级")
_LEVEL_LIST = re.compile("、[省市县区乡镇村](?=[、和及与]|[一二三四五两]级)")


def _level_list(text: str, s: int, e: int) -> bool:
    """A level after 和 or 及 in a list of levels, no county: 管理体系和县、乡、村三级 (和县 is one elsewhere)."""
    return e - s == 2 and text[s] in "和及与或" and text[e - 1] in "省市县区乡镇村" and bool(_LEVEL_LIST.match(text, e))


# A foreign government's agency, ministry or office by the words Japan and others print: 气象厅, 防卫省, 国税厅.
_FOREIGN_AGENCY = re.compile("[\u4e00-\u9fff]{2,4}?(?:厅|省|署)(?![长官])")
_VERBS_IN_AGENCY_CHARS = frozenset("反省 自省 节省 部署 签署".split())


class _TokenAt:
    """The segmenter's token covering a character offset, looked up by bisection (``.get(k)``, ``k in``, ``[k]``)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.starts = [t.start for t in tokens]

    def get(self, k: int) -> Token | None:
        i = bisect_right(self.starts, k) - 1
        if i < 0 or k >= self.tokens[i].end:
            return None
        return self.tokens[i]

    def __contains__(self, k: int) -> bool:
        return self.get(k) is not None

    def __getitem__(self, k: int) -> Token:
        tok = self.get(k)
        if tok is None:
            raise KeyError(k)
        return tok


# Divisions printed one after another name each unit on its own (德州市陵城区边临镇东于架村, 临沭县朱村, 贵州道真):
# what a division's name may be followed by, and the characters no unit's name holds.
_LOWER_UNITS = {
    "县": ("镇", "乡", "街道", "村", "社区"),
    "镇": ("村", "社区"),
    "乡": ("村", "社区"),
    "街道": ("村", "社区"),
}
_LOWER_UNITS |= {"区": _LOWER_UNITS["县"], "旗": ("镇", "苏木", "嘎查"), "市": ("镇", "乡", "街道")}
_LOWER_UNITS["foreign"] = ("市", "町", "村", "郡", "县")
_UNIT_NAME_STOPS = frozenset("在和与及把被将对为从到向也都又等个这那其有让给由以而各全每本该多一两几某所")
_UNIT_NAME_BREAKS = frozenset("的是了着第，、。")
_ONE_CHAR_VILLAGE_STOPS = frozenset("农乡山渔新城全各本该每一两多邻整个小大古")
_LIST_EDGES = frozenset("、，。；：“”（）《》\n")


def _unit_name_ok(text: str, s: int, e: int) -> bool:
    """Characters that can be a unit's name: no function word first (在|边临镇, 和|郭庄村), none inside."""
    return (
        e > s
        and text[s] not in _UNIT_NAME_STOPS
        and all("\u4e00" <= c <= "\u9fff" and c not in _UNIT_NAME_BREAKS for c in text[s:e])
    )


# Common words that end in a unit's character, no unit's name (乡村, 城乡, 小镇, 名镇名村, 强村).
_UNIT_WORDS = frozenset(
    "乡村 农村 山村 渔村 城乡 城镇 乡镇 村镇 集镇 市镇 小镇 古镇 名镇 名村 强镇 强村 新村 本村 全村".split()
)
_NOT_IN_UNIT_NAME_POS = frozenset(("c", "p", "r", "d", "vd", "uj", "ul", "q"))


def _lower_unit_after(text: str, e: int, parent_kind: str, token_of: _TokenAt) -> int:
    """The end of a lower unit printed right after a division ending in ``parent_kind`` (边临镇|东于架村), or -1."""
    for n in range(1, 5):
        if e + n > len(text) or not _unit_name_ok(text, e, e + n):
            return -1
        for suffix in _LOWER_UNITS[parent_kind]:
            if not text.startswith(suffix, e + n):
                continue
            end = e + n + len(suffix)
            name = text[e : e + n]
            if n == 1 and (suffix != "村" or name in _ONE_CHAR_VILLAGE_STOPS):
                continue
            if (
                name in _VILLAGE_KINDS
                or text[e:end] in _NOT_PLACES
                or text[e + n - 1 : e + n + 1] in _UNIT_WORDS
                or not _unit_words_ok(text, e, end, token_of)
            ):
                continue
            return end
    return -1


def _unit_words_ok(text: str, s: int, e: int, token_of: _TokenAt, ends_word: bool = True) -> bool:
    """The segmenter's words of a unit: none a function word (住房|和|城乡, 活动|常在|乡; a first word the segmenter
    calls a preposition may be the name's: 东于|架村) or a number ending it (小吃|第一村), and the last word ends with
    the unit (东于架村|，, not 村|民) where ``ends_word``."""
    last = token_of.get(e - 1)
    if ends_word and last is not None and last.end != e:
        return False
    k = s
    while k < e:
        tok = token_of.get(k)
        if tok is None:
            return False
        if tok.pos in _NOT_IN_UNIT_NAME_POS and not (tok.pos == "p" and tok.start == s and len(tok.word) >= 2):
            return False
        if tok.pos == "m" and tok.end >= e - 1:
            return False
        k = tok.end
    return not _VILLAGE_AS_MODIFIER.match(text, e)


def _parent_place_named(name: str, child: str) -> bool:
    """Whether the gazetteer has a place ``child`` lying in a place called ``name`` (贵州|道真, 睢宁县|双沟镇)."""
    parents = {p.place_id for p in _gazetteer_places(name)}
    if not parents:
        return False
    for place in _gazetteer_places(child):
        chain = [place]
        while chain[-1].parent_adcode and len(chain) < 5:
            up = _gazetteer_get(chain[-1].parent_adcode)
            if up is None:
                break
            if up.place_id in parents:
                return True
            chain.append(up)
    return False


def _gazetteer_get(place_id: str) -> Place | None:
    try:
        return gazetteer_get(place_id)
    except OSError:
        return None


def _village_word_start(text: str, s: int, e: int, token_of: _TokenAt, occupied: list[bool]) -> int:
    """Where a village or community the tagger started inside the segmenter's word really starts (普|者黑村 ->
    普者黑村); not at a town's 镇 the word starts with (边临|镇西|于架村)."""
    tok = token_of.get(s)
    if (
        e - s >= 3
        and text[s:e].endswith(("村", "社区"))
        and tok is not None
        and tok.start < s
        and tok.pos in _PROPER_POS
        and text[tok.start] not in _LEVEL_CHARS
        and _unit_name_ok(text, tok.start, s)
        and not any(occupied[tok.start : s])
    ):
        return tok.start
    return s


def _town_before(text: str, s: int, token_of: _TokenAt, occupied: list[bool]) -> int:
    """The start of a town printed right before a village found (边临镇|西于架村), or -1."""
    for suffix in ("镇", "乡", "街道"):
        if not text.endswith(suffix, 0, s):
            continue
        for n in (4, 3, 2):
            b = s - len(suffix) - n
            tok = token_of.get(b)
            if (
                b >= 0
                and tok is not None
                and tok.start == b
                and _unit_name_ok(text, b, s - len(suffix))
                and not any(occupied[b:s])
                and _unit_words_ok(text, b, s, token_of, ends_word=False)
            ):
                return b
    return -1


def _listed_units(text: str, s: int, e: int, token_of: _TokenAt, occupied: list[bool]) -> list[tuple[int, int]]:
    """The units of one kind listed with 、 right before and after a unit found (西于架村、东于架村、郭庄村)."""
    unit = next((k for k in ("社区", "街道", "村", "镇", "乡") if text.endswith(k, s, e)), None)
    if unit is None:
        return []
    items: list[tuple[int, int]] = []
    if text[e : e + 1] == "、":
        stop = next(
            (k for k in range(e + 1, min(len(text), e + 8)) if text[k] in _LIST_EDGES or text[k] in "和及与等"), -1
        )
        items.append((e + 1, stop))
    if s > 0 and text[s - 1] == "、":
        b = s - 1
        while b > max(0, s - 9) and text[b - 1] not in _LIST_EDGES and "\u4e00" <= text[b - 1] <= "\u9fff":
            b -= 1
        if b == 0 or text[b - 1] in _LIST_EDGES:
            items.append((b, s - 1))
    return [
        (a, z)
        for a, z in items
        if z - a - len(unit) >= 2
        and text.endswith(unit, a, z)
        and _unit_name_ok(text, a, z - len(unit))
        and _unit_words_ok(text, a, z, token_of)
        and not any(occupied[a:z])
    ]


_LEVEL_WORDS_AFTER = frozenset(
    "市场 市民 市长 市委 市政 市级 市区 市里 市面 市值 市县 县长 县委 县城 县级 县域 县里 县乡 区长 区委 区域 区内 区级 区里 区县 "
    "镇长 镇委 镇级 镇上 镇村 乡长 乡村 乡镇 乡亲 乡土 乡风 乡音 乡愁 乡情 乡味 乡里 乡间 乡野 乡贤 旗长 旗委 旗下".split()
)


def _level_char_back(text: str, places: list[tuple[int, int]], occupied: list[bool]) -> list[tuple[int, int]]:
    """A division's level character that the tagger left off the place before it is that place's (a chain of
    divisions printed together: 琉璃庙|镇西湾子村 is 琉璃庙镇|西湾子村, 黔西|市新仁乡 is 黔西市|新仁乡): taken from the
    next place where that place starts with it and a unit's name of two characters or more is left, or where it
    stands alone and the gazetteer knows the place with it (黔西市)."""
    places = sorted(places)
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(places):
        if out and out[-1][1] == s and text[s - 1] not in _LEVEL_CHARS:
            ps = out[-1][0]
            if (
                text[s] in "镇乡"
                and e - s >= 4
                and text[e - 1] in "村镇乡"
                and e - ps >= 4
                and text[s : s + 2] not in _LEVEL_WORDS_AFTER
            ):
                out[-1] = (ps, s + 1)  # 琉璃庙|镇西湾子村
                s += 1
        if (
            e < len(text)
            and e - s >= 2
            and text[e] in "市县区镇乡旗"
            and text[e - 1] not in _LEVEL_CHARS
            and not occupied[e]
            and text[e : e + 2] not in _LEVEL_WORDS_AFTER
            and (k + 1 == len(places) or places[k + 1][0] > e)
            and is_place_name(text[s : e + 1])
        ):
            occupied[e] = True
            e += 1  # 黔西|市, the county-level city the gazetteer knows
        out.append((s, e))
    return out


def _division_chain(
    text: str, places: list[tuple[int, int]], occupied: list[bool], tokens: list[Token]
) -> list[tuple[int, int]]:
    """Units printed after (or before) a place found, each a place of its own, which the tagger missed or cut: a
    lower unit after a division (陵城区|边临镇|东于架村, 临沭县|朱村), a place the gazetteer puts inside the one before
    it (贵州|道真), a town before its village (边临镇|西于架村), the other units of a list (西于架村、东于架村、郭庄村),
    and a village's name the tagger started inside the segmenter's word (普|者黑村)."""
    token_of = _TokenAt(tokens)
    result: list[tuple[int, int]] = []
    for s, e in places:
        b = _village_word_start(text, s, e, token_of, occupied)
        for k in range(b, s):
            occupied[k] = True
        result.append((b, e))
    queue = list(result)
    while queue:
        s, e = queue.pop()
        name = text[s:e]
        new: list[tuple[int, int]] = []
        kind = next((k for k in ("街道", *"县区旗市镇乡") if name.endswith(k) and len(name) > len(k)), None)
        if len(name) >= 3 and name[-1] in "县州都府道" and _foreign_place(name):
            kind = "foreign"  # a foreign state or prefecture, then its city or town: 岩手县|大船渡市, 亚拉巴马州|…市
        end = -1
        if kind is not None and not name.endswith(("自治区", "特区", "地区")):
            end = _lower_unit_after(text, e, kind, token_of)
        for n in range(6, 1, -1) if end < 0 and e in token_of and token_of[e].start == e else ():
            last = token_of.get(e + n - 1)
            if last is not None and last.end == e + n and _unit_name_ok(text, e, e + n):
                if not any(occupied[e : e + n]) and _parent_place_named(name, text[e : e + n]):
                    end = e + n  # 贵州|道真: the gazetteer's county of that province
                    break
        if end > 0:
            new.append((e, end))
        if e - s >= 3 and name.endswith(("村", "社区")):
            b = _town_before(text, s, token_of, occupied)
            if b >= 0:
                new.append((b, s))
        new += _listed_units(text, s, e, token_of, occupied)
        for x in new:
            if _occupy(occupied, *x):
                result.append(x)
                queue.append(x)
    return result


# A cooperative is named by its place, a name of its own and its trade (红安县瑞沣种植养殖专业合作社, 句容市天王镇
# 戴庄有机农业专业合作社): the words the segmenter gives before 合作社, back to a verb or a function word.
_CORPS_UNIT = re.compile(
    "(?:新疆生产建设)?兵团第[一二三四五六七八九十]{1,3}师(?:(?:[一二三四五六七八九十〇零]{2,4}|[0-9]{2,3})团)?"
    "(?![\u4e00-\u9fff]{0,6}?(?:中学|小学|学校|医院|集团|公司))"  # (兵团第五师高级中学 is the school)
)
_COOPERATIVE = re.compile("(?:专业|股份经济|经济|供销|农民专业)?合作社(?:联合社)?(?:党组|党委|党总支|党支部)?")
_COOPERATIVE_WORD_POS = frozenset(("n", "nz", "ns", "nr", "nrt", "nrfg", "vn", "j", "b", "g", "zg", "eng", "l"))
_TRADE_VERBS = frozenset("种植 养殖 种养 生产 加工 销售 经营 营销 运输 服务 发展 合作 专业".split())
_NAMED_POS = frozenset(("ns", "nr", "nrt", "nrfg", "nz", "j", "g", "eng"))


def _cooperatives(text: str, tokens: list[Token], occupied: list[bool], named: list[Span]) -> list[tuple[int, int]]:
    """Cooperatives printed with a name of their own: the segmenter's words before 合作社, nouns and trades back to
    a verb, a function word or a name found, at least one of them a place or a name (瑞沣, 戴庄) or inside a name the
    tagger found; a crop and a trade alone name none (小麦种植合作社, 甘薯专业合作社)."""
    out: list[tuple[int, int]] = []
    if "合作社" not in text:
        return out
    for i, t in enumerate(tokens):
        if not t.word.endswith("合作社"):
            continue
        m = _COOPERATIVE.search(text, max(0, t.end - 9), t.end + 8)
        if m is None or m.start() > t.start + len(t.word) - 3:
            continue
        end = m.end()
        start = t.start if t.word != "合作社" else t.start
        j = i
        while j > 0 and t.start - tokens[j - 1].start <= 22:
            p = tokens[j - 1]
            if occupied[p.start] or not (
                p.pos in _COOPERATIVE_WORD_POS or p.word in _TRADE_VERBS or p.word in _LEVEL_CHARS
            ):
                break
            if p.word in _ORG_BREAK_WORDS or p.word in _NOT_ORG_WORDS or p.word.endswith(("办", "党支部", "党委")):
                break  # (骆驼湾村党支部|领办|专业合作社: the branch runs it, it is no part of its name)
            j -= 1
        if j == i:
            continue
        start = tokens[j].start
        # not from inside a place the tagger found: 马边|彝族自治县 (the segmenter's 马边 is an adverb)
        start = min([x.start for x in named if x.type == "LOC" and x.start < start < x.end] + [start])
        if any(occupied[start:end]):
            continue
        has_name = any(tokens[k].pos in _NAMED_POS or _is_place(tokens[k].word) for k in range(j, i)) or any(
            start <= x.start and x.end <= t.start for x in named if x.type in ("LOC", "PER", "ORG")
        )
        if has_name:
            out.append((start, end))
    return out


# A body's centre, laboratory or institute printed right after its name is that unit, whole (国网新疆电力能源|大数据
# 中心, 北京大学人民医院|雄安健康管理中心): nouns only between, no verb, function word or punctuation.
_CENTRE_AFTER = re.compile("[\u4e00-\u9fff]{2,8}?(?:中心|实验室|研究院|研究所)")
_CENTRE_WORD_POS = frozenset(("n", "vn", "nz", "ns", "j", "a", "b", "eng", "l"))


# A laboratory named for two fields joined by 与, whose words may be verbs (天津大学|脑机交互与人机共融海河实验室,
# …|智能感知与计算研究中心).
_LAB_AFTER = re.compile("[\u4e00-\u9fff]{2,8}?与[\u4e00-\u9fff]{2,10}?(?:实验室|研究院|研究所|研究中心|创新中心)")
_LAB_WORD_POS = _CENTRE_WORD_POS | frozenset(("v", "vn", "p"))


def _lab_after(text: str, e: int, tokens: list[Token], occupied: list[bool]) -> int:
    m = _LAB_AFTER.match(text, e)
    if m is None or any(occupied[e : m.end()]) or text[m.end() : m.end() + 1] in ("主", "的"):
        return e
    words = [t for t in tokens if e <= t.start < m.end()]
    if not words or words[0].start != e or words[-1].end != m.end():
        return e
    if any(t.pos not in _LAB_WORD_POS or (t.pos == "p" and t.word != "与") for t in words):
        return e
    return m.end()


def _centre_after(text: str, e: int, tokens: list[Token], occupied: list[bool]) -> int:
    lab = _lab_after(text, e, tokens, occupied)
    if lab > e:
        return lab
    m = _CENTRE_AFTER.match(text, e)
    if m is None or any(occupied[e : m.end()]) or text[m.end() : m.end() + 1] in ("主", "城"):
        return e  # (…中心主任 is a post; 市中心城区 a part of the city)
    if text.startswith(("原", "前", "新", "重点"), e):
        return e  # (…有限公司|原|理化实验室: a former post; …教育部|重点实验室 a rank named before the body)
    words = [t for t in tokens if e <= t.start < m.end()]
    if not words or words[0].start != e or words[-1].end != m.end():
        return e
    # a service centre may be named by a verb of the field it serves (教育部|留学|服务中心)
    served = len(words) == 2 and words[-1].word == "服务中心" and words[0].pos == "v" and len(words[0].word) == 2
    if (any(t.pos not in _CENTRE_WORD_POS for t in words) and not served) or words[0].word in ("的", "和", "与", "等"):
        return e
    return m.end()


# Words of Tibetan names (洛桑, 江村, 扎西, 次仁 ...): a name is two of them, and 江村 ends many, like a village's name.
_TIBETAN_NAME_WORDS = frozenset(
    "洛桑 扎西 次仁 格桑 索朗 达瓦 尼玛 多吉 平措 白玛 旺堆 顿珠 强巴 罗布 边巴 普布 巴桑 次旦 旦增 丹增 央金 卓玛 德吉 "
    "拉巴 米玛 加措 嘎玛 向巴 益西 其美 江村 坚参 赤列 土登 阿旺 群培 措姆 曲珍 拉姆 贡嘎".split()
)


def _tibetan_name(name: str) -> bool:
    return len(name) == 4 and name[:2] in _TIBETAN_NAME_WORDS and name[2:] in _TIBETAN_NAME_WORDS


# A preposition or conjunction the segmenter glued to the first character of a body's name is no part of it:
# 从中|核集团, 和益|普索集团, 由马云|公益基金会 (a name read whole stays: 和平区委, 对外经济贸易大学, 同济大学).
_FUNCTION_HEADS = frozenset("从和与及由据对在把被给跟将")
_GLUED_HEAD_POS = frozenset(("d", "p", "c", "nr", "nrfg"))


def _past_function_head(text: str, s: int, e: int) -> int:
    if e - s < 4 or text[s] not in _FUNCTION_HEADS:
        return s
    word, pos = rjieba.tag(text[s:e])[0]
    if len(word) not in (2, 3) or pos not in _GLUED_HEAD_POS:
        return s
    rest, rest_pos = rjieba.tag(text[s + 1 : e])[0]
    return s + 1 if len(rest) >= 2 and rest_pos not in _GLUED_HEAD_POS - {"nr", "nrfg"} else s


# Items of a list: a bare "name" whose neighbours in a 、-list are plain words is one of them (周边景区、商超、酒店,
# 短途游、周边游, 近郊徒步、文博探秘): a list of names holds names (记者王莉、姜波; 林徽因、费正清).
_LIST_ITEM_STOPS = frozenset("、，。；：！？（）()“”‘’《》「」 \n等和及与")


def _neighbour_items(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The items of a 、-list next to the whole item text[s:e] (up to six characters each), or None if it is none."""
    if s > 0 and text[s - 1] not in _LIST_ITEM_STOPS:
        return None
    if e < len(text) and text[e] not in _LIST_ITEM_STOPS and not (text[e] in "是都也均" and text[s - 1 : s] == "、"):
        return None  # (the last item before its verb: 短途游、周边游|是)
    items = []
    if s >= 2 and text[s - 1] == "、":
        k = s - 1
        while k > 0 and s - 1 - k < 7 and text[k - 1] not in _LIST_ITEM_STOPS:
            k -= 1
        if k == 0 or text[k - 1] in _LIST_ITEM_STOPS:
            items.append((k, s - 1))
    if e < len(text) and text[e] == "、":
        j = e + 1
        while j < len(text) and j - e - 1 < 7 and text[j] not in _LIST_ITEM_STOPS:
            j += 1
        if j == len(text) or text[j] in _LIST_ITEM_STOPS:
            items.append((e + 1, j))
    return items


def _listed_with_things(text: str, m: Mention, persons: list[Mention]) -> bool:
    if m.titles or m.canonical != m.text or not 2 <= len(m.text) <= 3:
        return False
    items = _neighbour_items(text, m.start, m.end)
    if not items:  # (not a whole item, or no neighbour short enough to judge)
        return False
    for a, b in items:
        item = text[a:b]
        if len(item) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in item):
            return False
        if any(p.start < b and a < p.end for p in persons if p is not m):
            return False
        if any(pos in _PERSON_POS for _, pos in rjieba.tag(item)):
            return False
    return True


def find_names(text: str) -> list[Mention]:
    """Mentions of people (with their titles), organizations and places in ``text``, in order."""
    if not text or not text.strip():
        return []
    tagged_spans, tagged = analyse(text)
    # a Tibetan name of two name words the tagger read as a place in 村 is the person (洛桑江村, 全国人大常委会副委员长)
    tagged_spans = [Span("PER", x.start, x.end) if _tibetan_name(text[x.start : x.end]) else x for x in tagged_spans]
    tokens = _tokens(text, tagged)
    by_start = {t.start: t for t in tokens}
    by_end_tok = {t.end: t for t in tokens}
    token_at = {k: t for t in tokens if len(t.word) >= 3 for k in range(t.start, t.end)}
    spans = [
        _dotted_start(text, _given_name_from_segmenter(text, _trim_person(text, s), by_start), by_end_tok)
        for s in tagged_spans
    ]
    model_per = {s.start: s.end for s in spans if s.type == "PER"}
    occupied = [False] * (len(text) + 1)
    papers = [
        m.span(1)
        for m in _PAPER_IN_BOOK_MARKS.finditer(text)
        if m.group(1)[-2:] not in _NOT_PAPERS and "的" not in m.group(1)
    ]
    # a newspaper in 《》 whose name the tagger reads as a person's is the paper (《费加罗报》)
    claimed = {(s, e) for s, e in papers if any(s <= x.start < e for x in spans if x.type == "PER")}
    for s, e in claimed:
        _occupy(occupied, s, e)
    persons: list[tuple[int, int]] = []
    # a surname right after a title head word starts a name, whatever the model says (省人大常委会副主任曲福田)
    for t in tokens:
        head = title_head_at_end(t.word)
        if head is None or t.end >= len(text):
            continue
        if text[t.end] in _NAME_STOP_CHARS and not _surname_like_stop(text, t.end, by_start):
            continue  # (总统|对俄罗斯总理..., 主席|、布基纳法索总统: no name starts with a function word or a comma)
        if head in _LEVEL_HEADS and _VILLAGE_AFTER.match(text, t.end):
            continue  # 摆所镇|长高村: a town's name, then a village's, no 镇长 and his name
        fe = t.end + 1
        while fe < len(text) and fe - t.end < 12 and (text[fe] in _FOREIGN_NAME_CHARS or text[fe] in "·•・"):
            fe += 1
        if fe - t.end >= 4:
            fe = _finish_foreign_name(text, fe)
            fe = max(fe, model_per.get(t.end, 0))
            me = model_per.get(t.end, 0)
            after = by_start.get(me)
            if me - t.end >= 3 and fe > me and after is not None and len(after.word) >= 2 and after.end >= fe:
                if after.pos not in _PERSON_POS and not all(c in TRANSLIT_CHARS for c in text[me:fe]):
                    fe = me  # the tagger's end where a word begins: 拉里贾尼|举行会谈, 雷恩萨卢|通电话, 莫盖里尼|甚至
        if fe - t.end >= 4 and text[fe - 1] not in "·•・":
            if _occupy(occupied, t.end, fe):
                persons.append((t.end, fe))  # 协会主席伊德里斯·迈耶 (伊 is a surname too)
            continue
        ce = _name_before_case(text, t.end)
        if ce:
            if _occupy(occupied, t.end, ce):
                persons.append((t.end, ce))  # 原副主席李再勇|案
            continue
        glued = by_start.get(t.end)
        je = (
            _japanese_name_end(text, t.end, by_start)
            if t.end not in model_per
            or (glued is not None and glued.end > model_per[t.end] and glued.pos in _PERSON_POS)
            else 0
        )
        if je:
            if _occupy(occupied, t.end, je):
                persons.append((t.end, je))  # 首相高市早苗, 知事小池百合子: a Japanese family name and a given name
            continue
        if not surname_length(text, t.end):
            if head in _FOREIGN_HEADS and t.end not in model_per:
                end = _foreign_name_end(text, t.end)
                if end > t.end + 1 and _country_title(text, t.end) and _occupy(occupied, t.end, end):
                    persons.append((t.end, end))  # 缅甸总统敏昂莱
            continue
        nxt = by_start.get(t.end)
        if nxt is not None and len(nxt.word) >= 3 and nxt.word[-1] in _BODY_LAST_CHARS:
            continue  # 区委常委、|宣传部部长: a body, not a name
        end = model_per.get(t.end, 0)
        if not end:
            if text[t.end] in _WEAK_SURNAMES and (nxt is None or nxt.pos not in _PERSON_POS):
                continue
            if (
                nxt is not None
                and len(nxt.word) >= 2
                and (
                    nxt.pos in _NOT_NAME_POS
                    or nxt.word in _AFTER_TITLE_WORDS
                    or (nxt.pos in _WORD_POS and not _unknown_name_word(nxt))
                    or (nxt.pos == "v" and len(nxt.word) == 2 and text[nxt.end : nxt.end + 1] in _AFTER_VERB_CHARS)
                )
            ):
                continue
        if end - t.end == 3 and nxt is not None and nxt.pos in _PERSON_POS and nxt.end == t.end + 2:
            after = by_start.get(nxt.end)
            if (
                after is not None
                and len(after.word) >= 2
                and after.end > end
                and after.word[-1] not in "和与及同"
                and text[end] not in _NAME_STOP_CHARS
            ):
                # the segmenter's two-character name, then a word: 石进|深有感触 (not 梁言|顺和, 高云江|说)
                end = nxt.end
        foreign = (
            end - t.end >= 4
            and text[end - 1] in _FOREIGN_NAME_CHARS
            and sum(c not in _FOREIGN_NAME_CHARS for c in text[t.end : end]) <= 1
        )
        transliterated_run = (
            end - t.end == 4
            and all(c in _FOREIGN_NAME_CHARS for c in text[t.end : end - 1])
            and (last_word := by_end_tok.get(end)) is not None
            and last_word.start >= t.end
            and last_word.pos in _PERSON_POS
            and text[end - 1] not in "州省市县区镇乡村"
        )  # 创始人普里戈任|目前: a transliterated name whose last character the segmenter ends a name word with
        if (
            end - t.end == 4
            and surname_length(text, t.end) == 1
            and "·" not in text[t.end : end]
            and not foreign
            and not transliterated_run
        ):
            end -= 1  # the tagger ran one character on: 周富英|刚走进
        if (foreign or transliterated_run) and end - t.end <= 10:
            pass  # a transliterated name starting like a surname: 主席谢列兹尼奥夫
        elif not 2 <= end - t.end <= 3 + (surname_length(text, t.end) == 2):
            end = _given_name_end(text, t.end, by_start)
        elif (
            end - t.end == 2
            and end + 1 < len(text)
            and _is_name_char(text[end])
            and text[end] != "时"  # 见到王智|时，
            and text[end + 1] in _CLAUSE_END
        ):
            end += 1  # 常务书记陈锦|绣，
        elif (
            end - t.end == 2
            and nxt is not None
            and nxt.pos in ("nr", "nrfg")
            and nxt.end == t.end + 3
            and surname_length(text, t.end) == 1
            and text[end] not in _NAME_STOP_CHARS
            and text[end] not in _AFTER_NAME_CHARS
            and (nxt.end >= len(text) or not "\u4e00" <= text[nxt.end] <= "\u9fff" or len(by_start[nxt.end].word) >= 2)
        ):
            end = nxt.end  # the segmenter's three-character name after a title, the tagger's two: 董事长叶根|翼
            # (not 区长余松|边听边记: a one-character word after it)
        follow = by_start.get(nxt.end) if nxt is not None and nxt.pos == "v" and len(nxt.word) == 2 else None
        if follow is not None and nxt is not None and nxt.end < end < follow.end and not _SAYING.match(text, end):
            continue  # a verb and the first character of a word after it: 区领导|解读|区域, no name (双传|学说: 双传学 说)
        end = _extend_dotted(text, end)
        if end - t.end == 2 and text[t.end] == text[t.end + 1]:
            continue  # a reduplicated word after a title is how it was said: 总书记|殷殷嘱托, 主任|谆谆
        after = by_start.get(end)
        if after is not None and after.word in ORG_SUFFIX_SET:
            continue  # a name does not run into a body's suffix: 菲律宾总统|廉政|委员会
        if end > t.end + 1 and _occupy(occupied, t.end, end):
            persons.append((t.end, end))
    # a name the segmenter knows, right before a title printed after names: 习近平总书记
    for t in tokens:
        if (
            t.pos in _PERSON_POS
            and 2 <= len(t.word) <= 4
            and surname_length(text, t.start)
            and title_after(text, t.end)
            and t.word[-1] not in _BODY_LAST_CHARS  # 宣传部|部长 is a body and its head
        ):
            if _occupy(occupied, t.start, t.end):
                persons.append((t.start, t.end))
    # a foreign name the segmenter reads as one word, right before a head of state's title (斯卡尔法罗|总统,
    # 库马拉通加|总统, 明仁|天皇, 同普京|总统), which the tagger read as a place or vetoed
    for k, t in enumerate(tokens):
        if (
            t.pos in ("nrt", "ns", "nr", "nrfg")
            and (
                len(t.word) >= 3
                or (
                    len(t.word) == 2
                    and all(c in _FOREIGN_NAME_CHARS for c in t.word)
                    and (k == 0 or text[t.start - 1] not in _FOREIGN_NAME_CHARS)  # (同萨|勒曼|国王, 同布|克尔|总统)
                )
            )
            and _LEADER_AFTER.match(text, t.end)
            and not t.word.endswith(_COUNTRY_ENDINGS)
            and (k == 0 or not _is_name_char(text[t.start - 1]) or tokens[k - 1].pos not in _PROPER_POS)
            and (t.pos == "nrt" or len(t.word) in (2, 4, 5, 6) or not surname_length(text, t.start))
            and not _is_place(t.word)
            and t.word not in KNOWN_ORGS
            and all("\u4e00" <= c <= "\u9fff" for c in t.word)
        ):
            if _occupy(occupied, t.start, t.end):
                persons.append((t.start, t.end))
    named_villages: list[tuple[int, int]] = []
    named_units: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        unit = _NAMED_UNIT.match(text, t.end) if t.pos in ("nr", "nrt", "nrfg") and 2 <= len(t.word) <= 3 else None
        if (
            unit
            and (k == 0 or tokens[k - 1].pos in _BEFORE_NAMED_UNIT_POS or not _is_name_char(text[t.start - 1]))
            and t.start not in model_per
            and not _word_not_name(t.word)
            and not title_head_at_end(text[max(0, t.start - 6) : t.start])
        ):
            named_units.append((t.start, unit.end()))  # 祥和|社区, 雅居|社区: a name the segmenter found, then the unit
    for s in spans:
        if s.type != "PER":
            continue
        titled = title_head_at_end(text[max(0, s.start - 6) : s.start]) is not None
        if s.end - s.start >= 3 and text[s.end - 1] == "村" and not titled and not _tibetan_name(text[s.start : s.end]):
            named_villages.append((s.start, s.end))  # 李祖村带动周边8个村: a village named after a family
            continue
        cut = token_at.get(s.end - 1)
        if (
            cut is not None
            and cut.end > s.end
            and len(cut.word) >= 3
            and not surname_length(text, s.start)
            and not (titled and text[s.end] in "互同")  # (总统塞西|互致贺电: the segmenter's 塞西互)
        ):
            continue  # the name would end inside a longer word: 总书记念兹|在兹
        inner = by_start.get(s.end - 1)
        if (
            s.end - s.start == 2
            and not titled
            and inner is not None
            and inner.pos == "n"
            and len(inner.word) >= 2
            and by_start.get(s.start) is not None
            and by_start[s.start].end == s.start + 1
            and text.count(text[s.start : s.end]) == 1
        ):
            continue  # a surname-like character, then a noun the name would end inside: 江|水源集中供能系统
        if text[s.end - 1 : s.end + 1] in ("高铁", "高速") and s.end - s.start >= 3:
            continue  # a line's name the tagger ends inside 高铁: 哈伊高|铁 (of 哈伊高铁)
        if _PLACE_TAIL.match(text, s.end) or _BODY_NAMED_AFTER.match(text, s.end):
            unit = _NAMED_UNIT.match(text, s.end)
            if unit and s.end - s.start <= 3:
                named_units.append((s.start, unit.end()))
            continue  # 扎波罗热|核电站, 巴伐利亚|州, 李嘉诚|基金会: what is named after the place or person
        if s.end - s.start == 2 and text[s.start] == "小" and text[s.start + 1] in _COMMON_SURNAMES:
            continue  # 小 and a surname is how a young colleague is called, no name: 客户经理小陈说
        sl = surname_length(text, s.start)
        if sl and s.end - s.start > sl and _SURNAME_ADDRESS.fullmatch(text, s.start + sl, s.end):
            continue  # a surname and a form of address names no one: 70多岁的李大爷, 张女士
        if (
            s.start > 0
            and text[s.start - 1] in _ABBREV_PLACES
            and text[s.start] in _COUNTRY_ABBREVS
            and _PAIR_AFTER.match(text, s.start + 1)
        ):
            continue  # 中韩|建交: two countries, not 韩建交
        if _abbreviation_run(text, s.start, s.end) and _PAIR_AFTER.match(text, s.end):
            continue  # 哈中|关系, 乌中|友谊: two countries' one-character names, no person
        if text[s.start] in _COUNTRY_ABBREVS - _COMMON_SURNAMES and _ABBREV_BODY.match(text, s.start + 1):
            continue  # a country's short name before its body or army: 乌|国防部, 乌|陆军 (not 马|海军, a name)
        if s.end - s.start >= 2 and _plausible_person(text[s.start : s.end], titled):
            end = _extend_dotted(text, s.end)
            if _occupy(occupied, s.start, end):
                persons.append((s.start, end))
    for m in _IDEOLOGY.finditer(text):
        if _occupy(occupied, m.start(1), m.end(1)):
            persons.append(m.span(1))
    persons = [_finish_person(text, s, e, occupied, by_start) for s, e in persons]
    persons = [
        (s, e)
        for s, e in persons
        if _titled_by_both(text, s, e, model_per) or not _word_or_place(text, s, e, by_start, occupied)
    ]
    for s, e in _surname_addresses(text, occupied, tokens):
        if _occupy(occupied, s, e):
            persons.append((s, e))
    for s, e in _appointed_names(text, occupied):
        if _occupy(occupied, s, e):
            persons.append((s, e))
    persons = _complete_names(text, _merge_foreign(text, persons))
    persons = [(s, e - 2) if e - s >= 4 and text[e - 2 : e] in _HONORIFICS else (s, e) for s, e in persons]
    persons += _listed_names(text, persons, occupied)
    persons += _paired_names(text, persons, occupied, by_start, by_end_tok)
    village_bodies: list[tuple[int, int]] = []
    for s, e in [(s, e) for s, e in persons if _not_a_name(text, s, e)]:
        persons.remove((s, e))
        for k in range(s, e):
            occupied[k] = False
        m = _PLACE_BODY_AFTER.match(text, e)
        if m:
            village_bodies.append((s, m.end()))  # 黄避岙乡政府: the township's body
    titled_persons = _titled_persons(text, persons)
    dropped_words: set[str] = set()
    for m in [m for m in titled_persons if _common_word_as_name(text, m, titled_persons)]:
        titled_persons.remove(m)  # (its characters stay taken: 孙子|办医保卡 is no body either)
        dropped_words.add(m.text)
    # a 'name' with no title right before a line of business is a company named by its short name (柳丰|种业,
    # 华锐|精密, 伯昂|汽车, 赛力斯|集团, 海瑞恩|精密技术（太仓）有限公司)
    for m in [m for m in titled_persons if not m.titles and _COMPANY_BUSINESS.match(text, m.end)]:
        biz = _COMPANY_BUSINESS.match(text, m.end)
        if biz is None or _SAYING.match(text, biz.end()) or title_after(text, biz.end()):
            continue
        titled_persons.remove(m)
        for k in range(m.start, m.end):
            occupied[k] = False
        village_bodies.append((m.start, biz.end()))
    toponyms = _foreign_toponyms(text, titled_persons)
    for m in toponyms:
        titled_persons.remove(m)
        for k in range(m.start, m.end):
            occupied[k] = False
    person_mentions = _link_foreign_parts(_link_surnames(_bare_mentions(text, titled_persons)))
    for m in person_mentions:
        for k in range(m.start, m.end):
            occupied[k] = True
    orgs: list[tuple[int, int]] = []
    places: list[tuple[int, int]] = []
    for s, e in village_bodies:
        if _occupy(occupied, s, e):
            orgs.append((s, e))
    for s, e in named_villages:
        if not _no_named_village(text, s, e, by_start) and _occupy(occupied, s, e):
            places.append((s, e))
    for m in toponyms:
        if _occupy(occupied, m.start, m.end):
            places.append((m.start, m.end))
    for s, e in _cooperatives(text, tokens, occupied, tagged_spans):
        if _occupy(occupied, s, e):
            orgs.append((s, e))
    for m in _CORPS_UNIT.finditer(text):
        if _occupy(occupied, *m.span()):
            orgs.append(m.span())  # 兵团第七师, 兵团第十四师二二四团: the corps' division and its regiment
    for s, e in _title_orgs(text, person_mentions):
        if _occupy(occupied, s, e):
            orgs.append((s, e))
    for s, e in _named_lines(text, tokens, occupied):
        if _occupy(occupied, s, e):
            places.append((s, e))
    repaired = _repair_spans(text, spans, tokens, occupied)  # sorted, not overlapping
    rep_starts = [x.start for x in repaired]
    rule_orgs = _find_orgs(text, tokens, occupied)
    # a suffix-built name that swallows the tagger's pieces from their first one on wins: 省人大常委会|环资城建工委
    for m in rule_orgs:
        lo, hi = bisect_left(rep_starts, m.start), bisect_left(rep_starts, m.end)
        inside = [x for x in repaired[lo:hi] if x.end <= m.end]
        if any(x.end > m.end for x in repaired[lo:hi]):
            continue  # the tagger's name runs on past the suffix: 荷兰|鹿特丹伊拉斯莫斯大学医学院
        aligned = bool(inside) and (
            inside[0].start == m.start
            or (text[m.start] in _LEVEL_CHARS and inside[0].start == m.start + 1)
            or (text[m.start] in "东西南北" and inside[0].start == m.start + 1 and inside[0].type == "LOC")
        )  # (东|日本旅客铁道株式会社: a direction before the place the body is named for)
        if aligned and all(x.end - x.start < m.end - m.start for x in inside):
            if _occupy(occupied, m.start, m.end):
                orgs.append((m.start, m.end))
    # organizations known by a bare name (华为, 理想汽车) unless the tagger found a longer name around them
    for s, e in _known_org_hits(text, {t.start for t in tokens}):
        k = bisect_right(rep_starts, s) - 1
        if k >= 0 and repaired[k].end >= e and repaired[k].end - repaired[k].start > e - s:
            if not (repaired[k].start == s and _runs_past_body(text, e, repaired[k].end, by_start)):
                continue
            repaired[k] = Span("O", repaired[k].start, repaired[k].end)
        if _occupy(occupied, s, e):
            orgs.append((s, e))
    for x in repaired:
        if x.type == "ORG" and _plain_word_org(text, x, tokens):
            head = by_start.get(x.start)
            if x.end - x.start > 3 and head is not None and head.pos == "ns" and _is_place(head.word):
                if _occupy(occupied, head.start, head.end):
                    places.append((head.start, head.end))  # the place the clause starts with: 辽宁|农业资源丰富
            continue
        pair = _pair_before_relations(text, x.start, x.end) if x.type == "ORG" else 0
        if x.type == "ORG" and not pair and _occupy(occupied, x.start, x.end):
            orgs.append((x.start, x.end))
        elif pair:
            if _occupy(occupied, x.start, x.start + pair):
                places.extend((k, k + 1) for k in range(x.start, x.start + pair))  # 中马|同为, 中俄|新时代
        elif x.type == "LOC" and _abbreviation_run(text, x.start, x.end):
            if _occupy(occupied, x.start, x.end):
                places.extend((k, k + 1) for k in range(x.start, x.end))  # 中美 is 中 and 美
        elif x.type == "LOC" and (cut := _village_kind_cut(text, x.start, x.end)) != (x.start, x.end):
            if cut is not None and _occupy(occupied, *cut):
                places.append(cut)
        elif x.type == "LOC" and _bare_word_place(text, x.start, x.end, places):
            continue
        elif x.type == "LOC" and _given_name_after_title(text, x.start, x.end):
            continue
        elif x.type == "LOC" and x.end - x.start == 1 and _opens_plain_word(by_start.get(x.start)):
            continue  # “一|中|心四体系”: 中 of 中心, no China
        elif x.type == "LOC" and x.end - x.start >= 4 and text.endswith("军区", 0, x.end):
            if _occupy(occupied, x.start, x.end):
                orgs.append((x.start, x.end))  # 成都军区, 南京军区: a military region's command, a body
        elif x.type == "LOC" and _occupy(occupied, x.start, x.end):
            places.append((x.start, x.end))
    for s, e in _abbreviation_pairs(text, occupied):
        if _occupy(occupied, s, e):
            places.append((s, e))
    token_starts = {t.start for t in tokens}
    for m in _DIRECTED_ROAD.finditer(text):
        if m.start() in token_starts and text[m.start()] not in _NAME_STOP_CHARS and _occupy(occupied, *m.span()):
            places.append(m.span())  # 解放西路, 中山北路, 人民东大街
    for m in _VISITED_ABBREV.finditer(text):
        if _occupy(occupied, m.start(), m.end()):
            places.append(m.span())
    for m in _PARTY_MEMBER.finditer(text):
        if _occupy(occupied, m.start(), m.end()):
            orgs.append(m.span())  # 硕士研究生，中共党员: the party a member belongs to
    for m in _QUOTED_BODY.finditer(text):
        if _occupy(occupied, m.start(1), m.end(1)):
            orgs.append(m.span(1))  # 民间团体“继承和发展村山谈话会”: a body's name quoted after its kind
    for m in _COUNTRY_FORCES.finditer(text):
        if _occupy(occupied, m.start(1), m.end(1)):
            orgs.append(m.span(1))  # 被以军扣押, ，美军称: a country's forces by its one-character name
    for span in _quake_places(text, occupied):
        if _occupy(occupied, *span):
            places.append(span)  # 定日|地震, 沂蒙|精神: an earthquake or a spirit named after its county or region
    for m in rule_orgs:
        if m.text not in _GENERIC_ORGS and _occupy(occupied, m.start, m.end):
            orgs.append((m.start, m.end))
    # a new district or park the segmenter reads as one word and the tagger missed (雄安|力争, 在|前海|，)
    for t in tokens:
        if (
            len(t.word) >= 2
            and not any(occupied[t.start : t.end])
            and _is_zone(t.word)
            and title_head_at_end(text[max(0, t.start - 4) : t.start]) is None  # 副馆长|张江说 is a person
        ):
            if _occupy(occupied, t.start, t.end):
                places.append((t.start, t.end))
    # a newspaper cited in 《》 is the paper: 《朝日新闻》, 《新皇冠报》 (《人民日报》 ends like an organization anyway)
    for s, e in papers:
        if (s, e) in claimed or _occupy(occupied, s, e):
            orgs.append((s, e))
    # a place followed by a body's suffix is the body: 坡子街|派出所, 复兴|幼儿园
    suffix_at = {t.start: t for t in tokens if t.word in _PLACE_BODY_SUFFIXES}
    suffix_at.update(
        (t.start, t) for t in tokens if t.word in _NATIONAL_ASSEMBLIES and not _ASSEMBLY_TITLE.match(text, t.end)
    )
    for k, (ps, pe) in enumerate(places):
        t = suffix_at.get(pe)
        if t is not None and t.word.endswith("政府") and text[pe - 1] not in _LEVEL_CHARS:
            continue  # 菲律宾|政府: a country's government is the country here
        if t is not None and pe - ps >= 2 and not any(occupied[t.start : t.end]):
            places[k] = (-1, -1)
            for j in range(t.start, t.end):
                occupied[j] = True
            # the divisions printed right before it are part of its name: 南和区|城东|老年公寓
            before = {e: i for i, (s_, e) in enumerate(places) if s_ >= 0}
            while (i := before.get(ps)) is not None and text[ps - 1] in "省市区县镇乡":
                ps = places[i][0]
                places[i] = (-1, -1)
            orgs.append((ps, t.end))
    # a parliament printed on its own is the body (获得议会多数席位, 与议会各党派的协商), not its member's title (议会|议长)
    for t in tokens:
        if (
            t.word in _NATIONAL_ASSEMBLIES
            and not _ASSEMBLY_TITLE.match(text, t.end)
            and not text.startswith(("联盟", "议事堂", "大厦", "大楼", "山庄"), t.end)  # (各国议会联盟, 国会议事堂)
            and not (t.start > 0 and _is_name_char(text[t.start - 1]) and occupied[t.start - 1])
        ):
            if _occupy(occupied, t.start, t.end):
                orgs.append((t.start, t.end))
    # a place followed by a team is the team: 丹麦男队, 德国男子网球队, 中国国家队
    for k, (ps, pe) in enumerate(places):
        m = _TEAM_AFTER_PLACE.match(text, pe)
        if m and not any(occupied[pe : m.end()]):
            places[k] = (-1, -1)
            for j in range(pe, m.end()):
                occupied[j] = True
            orgs.append((ps, m.end()))
    # a place, then a few words ending in a local body's word, is that body: 郑州|蝶阀厂, 成都|地质所, 安庆|家庭服务社,
    # 广州|太阳神队 (not 上海|工厂, 北京|大学生, 美国|军队)
    for k, (ps, pe) in enumerate(places):
        if ps < 0 or not (_is_place(text[ps:pe]) or (_FARM_AFTER.match(text, pe) and text[pe - 1] not in _LEVEL_CHARS)):
            continue  # (a place the gazetteer lacks may name a state farm: 塞罕坝|机械林场)
        q = pe
        for _ in range(3):
            t = by_start.get(q)
            if t is None or occupied[t.start] or t.pos not in _LOCAL_BODY_POS or t.word in _ORG_BREAK_WORDS:
                break
            q = t.end
            body = text[pe:q]
            if t.pos == "v" and t.word[-1] not in "厂社所队院场":
                break  # (中国|能|派队: a verb is no part of a body's name)
            if (
                t.word[-1] in "厂社所队院场"
                and (len(t.word) >= 2 or q - pe >= 3)
                and body.endswith(_LOCAL_BODY_ENDINGS)
                and body not in _GENERIC_AFTER_PLACE
                and t.word not in _NOT_ORG_WORDS
                and not t.word.endswith(
                    ("队员", "社会", "所有", "院士", "团队", "部队", "军队", "球队", "等队", "派队")
                )
                and text[q : q + 1] not in _LEVEL_CHARS  # (长顺县|摆所|镇)
            ):
                places[k] = (-1, -1)
                for j in range(pe, q):
                    occupied[j] = True
                for kk, (ps2, pe2) in enumerate(places):
                    if pe2 == ps and _is_city_or_province(text[ps2:pe2]):
                        places[kk] = (-1, -1)  # the province printed before it is part of its name: 河北|塞罕坝机械林场
                        ps = ps2
                orgs.append((ps, q))
                break
    # a team the tagger missed, its country's name a word of the segmenter's or inside one (牙买加|队, 比利时队)
    for t in tokens:
        m = _TEAM_AFTER_PLACE.match(text, t.end) if t.pos == "ns" and len(t.word) >= 2 else None
        if m and _is_place(t.word) and not any(occupied[t.start : m.end()]):
            for j in range(t.start, m.end()):
                occupied[j] = True
            orgs.append((t.start, m.end()))
            continue
        if t.word[-1] != "队" or len(t.word) < 3 or any(occupied[t.start : t.end]):
            continue
        for k in range(2, len(t.word) - 1 + (t.word[-2] not in "男女")):
            if _is_place(t.word[:k]) and _TEAM_AFTER_PLACE.fullmatch(t.word[k:]):
                for j in range(t.start, t.end):
                    occupied[j] = True
                orgs.append((t.start, t.end))
                break
    places = [x for x in places if x[0] >= 0]
    # a community, street, road or bank branch named by a word the tagger read as a person's name (周家渡|街道,
    # 祥和|社区, 景文|高速, 周家渡|支行): the unit whole, a place or the branch
    for s, e in named_units:
        if text[e - 1] == "行" and any(oe == s for _, oe in orgs):
            k = next(k for k, (_, oe) in enumerate(orgs) if oe == s)
            if _occupy(occupied, s, e):
                orgs[k] = (orgs[k][0], e)  # the bank before its branch: 工商银行|奉贤支行
        elif _occupy(occupied, s, e):
            (orgs if text[e - 1] == "行" else places).append((s, e))
    # a village named for a family, the segmenter cutting its first character off (粮|家村地势低洼, 的粮|家村老支书)
    for k, t in enumerate(tokens[1:], 1):
        head = tokens[k - 1]
        if (
            t.word in ("家村", "庄村", "家庄", "家寨", "家屯")
            and len(head.word) == 1
            and head.pos in ("n", "nr", "ng", "zg", "g")
            and (head.start == 0 or text[head.start - 1] in _VILLAGE_OPENERS)
            and _occupy(occupied, head.start, t.end)
        ):
            places.append((head.start, t.end))
    # a village the segmenter reads as one word after a verb of going there (到达|团结村, 来到|幸福村)
    for k, t in enumerate(tokens[1:], 1):
        if (
            t.word[-1] == "村"
            and 3 <= len(t.word) <= 4
            and tokens[k - 1].word in _TO_PLACE_VERBS
            and not t.word.endswith(("农村", "乡村", "山村", "渔村", "新村"))
            and t.word not in _NOT_PLACES
            and _occupy(occupied, t.start, t.end)
        ):
            places.append((t.start, t.end))
    # a country or foreign city the segmenter reads as one word, which the tagger missed or read as a name (孟买,
    # 几内亚比绍, 温得和克, 基辅, 哈瓦那); not the head of a quoted name (“太湖美”)
    for t in tokens:
        if (
            t.pos in ("ns", "nr", "nrt", "nrfg", "n")
            and len(t.word) >= 2
            and not any(occupied[t.start : t.end])
            and not (t.start > 0 and text[t.start - 1] in '“"‘' and text[t.end : t.end + 1] not in '”"’')
            and not (t.start > 0 and text[t.start - 1] == "《")  # 《巴黎协定》: a document's name
            and _foreign_place(t.word)
        ):
            for j in range(t.start, t.end):
                occupied[j] = True
            places.append((t.start, t.end))
    # a country's one-character name printed before its body is part of the body's name: 乌|国防部, 以|国防军
    orgs = [(s - 1, e) if _abbreviated_country_before(text, s, occupied, by_start) else (s, e) for s, e in orgs]
    orgs, places = _country_before_movement(text, orgs, places, occupied, by_end_tok)
    orgs = [(s + _lead_junk(text, s, e), e) for s, e in orgs]
    orgs = [_division_cut_before(text, s, e, occupied) for s, e in orgs]
    person_starts = {m.start for m in person_mentions}
    orgs = [(s, e) for s, e in orgs if not _generic_role_body(text, s, e, person_starts)]
    # a division's party, government and army together are no body, the division is the place: 西藏自治区|党政军负责同志
    collective = [(s, e) for s, e in orgs if text[s:e].endswith("党政军") and _is_place(text[s : e - 3])]
    orgs = [x for x in orgs if x not in collective]
    places += [(s, e - 3) for s, e in collective]
    fixed = [_fix_org(text, s, e, by_start, by_end_tok, token_at, occupied) for s, e in orgs]
    orgs = [(s, e - _dateline_tail(text, s, e)) for typ, s, e in fixed if typ == "ORG"]
    orgs = [(s, e) for s, e in orgs if text[s:e] not in _NOT_ORG_NAMES and not _KIND_OF_BODY.fullmatch(text, s, e)]
    # a kind of body with no name, after a group or company, is the group's and no part of its name
    # (云南白药集团|智慧工厂: the group)
    orgs = [(s, e - _kind_after_company(text[s:e])) for s, e in orgs]
    places += [(s, e) for typ, s, e in fixed if typ == "LOC"]
    orgs = _numbered_bodies(text, orgs)
    orgs, places = _communities_of_states(text, orgs, places)
    orgs, places = _full_names_before_short(text, orgs, places)
    orgs, places = _sites_and_craft(text, orgs, places, by_start)
    orgs, places = _coordinated_bodies(text, orgs, places, person_mentions, by_start)
    # a country's armed forces are a body of their own (乌克兰武装部队, 以色列国防军), not the country
    for k, (ps, pe) in enumerate(places):
        forces = _FORCES_AFTER.match(text, pe)
        if pe - ps == 1 and forces is None:
            forces = _ABBREV_ARMY.match(text, ps)  # the tagger's one-character place before 军: 击退俄|军, ，美|军称
            if forces is not None and not occupied[pe]:
                _occupy(occupied, pe, forces.end())
                places[k] = (-1, -1)
                orgs.append((ps, forces.end()))
        elif forces and _foreign_place(text[ps:pe]) and not any(occupied[pe : forces.end()]):
            _occupy(occupied, pe, forces.end())
            places[k] = (-1, -1)
            orgs.append((ps, forces.end()))
    places = [x for x in places if x[0] >= 0]
    # a country's one-character name before 政府军 is its army (黎|政府军, 叙|政府军), whatever surname it may be
    for m in re.finditer("政府军(?![事费工备售])|" + _FORCES_AFTER.pattern, text):
        k = m.start() - 1
        if (
            k >= 0
            and text[k] in _COUNTRY_ABBREVS - frozenset("中")
            and (m.group().startswith("政府军") or text[k] not in _COMMON_SURNAMES)  # 马|海军 is a name
            and k in by_start
            and not any(occupied[k : m.end()])
        ):  # and 乌|陆军, 乌|联合部队 (担任乌陆军司令)
            _occupy(occupied, k, m.end())
            orgs.append((k, m.end()))
    # a kind of park the tagger read as a place of its own, right after its place's name, is that park's name
    # (三江源|国家公园); not after a country's (中国|国家公园体制)
    after = {s: e for s, e in places}
    parks = {
        (ps, pe): after[pe]
        for ps, pe in places
        if after.get(pe, -1) > pe
        and _KIND_OF_PLACE.fullmatch(text, pe, after[pe])
        and not _KIND_OF_PLACE.fullmatch(text, ps, pe)
        and not _foreign_place(text[ps:pe])
        and text[ps:pe] not in ("中国", "我国")
        and not text[ps:pe].endswith(
            ("省", "市", "县", "区", "国")
        )  # 重庆市|城市公园绿地, 《中华人民共和国|国家公园法》
        and not text.startswith("城市", pe)
    }
    kinds = {(pe, ze) for (_, pe), ze in parks.items()}
    places = [(s, parks.get((s, e), e)) for s, e in places if (s, e) not in kinds]
    # a park or zone named after its city is a place of its own, printed whole (苏州生物医药产业园, 合肥高新区)
    for k, (ps, pe) in enumerate(places):
        zone = _ZONE_AFTER.match(text, pe)
        if (
            zone
            and not _ZONE_BODY_AFTER.match(text, zone.end())
            and not any(occupied[pe : zone.end()])
            and not any(c in _ZONE_BREAKS for c in text[pe : zone.end()])
            and not any(pos[0] in "dupcr" for _, pos in rjieba.tag(text[pe : zone.end()]))
        ):  # (江苏正深入推进高新区, 文山等地产业园区: a clause, not a name)
            _occupy(occupied, pe, zone.end())
            places[k] = (ps, zone.end())
    places = [x for s, e in places for x in _split_nested_place(text, s, e)]
    places = _level_char_back(text, places, occupied)
    places = _division_chain(text, places, occupied, tokens)
    # two places printed together that the gazetteer knows as one division are that one (伊犁|哈萨克自治州)
    places.sort()
    merged: list[tuple[int, int]] = []
    for ps, pe in places:
        if (
            merged
            and merged[-1][1] == ps
            and min(pe - ps, ps - merged[-1][0]) >= 2  # (港|澳 stay two: one-character names are abbreviations)
            and any(p.is_division for p in _gazetteer_places(text[merged[-1][0] : pe]))  # (杭州|西湖 stay two)
        ):
            merged[-1] = (merged[-1][0], pe)
        else:
            merged.append((ps, pe))
    places = [x for ps, pe in merged for x in _country_then_place(text, ps, pe)]
    places = _regroup_adjacent(text, sorted(places + _region_after_country(text, places, occupied)))
    places = _prefixed_town(text, _foreign_county(text, places), occupied)
    places = _long_place_after_level(text, places, occupied)
    for k, (ps, pe) in enumerate(places):
        body = _LONG_BODY_AFTER_LEVEL.match(text, pe) if text[pe - 1] in "县镇乡" and pe - ps >= 2 else None
        if body is not None and not any(occupied[pe : body.end()]):
            _occupy(occupied, pe, body.end())
            places[k] = (-1, -1)
            orgs.append((ps, body.end()))  # 长滩镇|长滩初级中学: the town's school, no 镇长
    places = [x for x in places if x[0] >= 0]
    places = _numbered_roads(text, places, occupied)
    # a place and the landform or site named after it are one site: 陕北|高原, 那拉提|空中草原, 腾格里|沙漠, 阆中|古城
    places = [
        (ps, m.end())
        if pe - ps >= 2 and (m := _LANDFORM.match(text, pe)) and not any(occupied[pe : m.end()])
        else (ps, pe)
        for ps, pe in places
    ]
    # a foreign country's agency or ministry printed after its name is that body (日本|气象厅, 日本|防卫省)
    for k, (ps, pe) in enumerate(places):
        agency = _FOREIGN_AGENCY.match(text, pe)
        words = [t for t in tokens if pe <= t.start < agency.end()] if agency else []
        if (
            agency
            and _foreign_place(text[ps:pe])
            and words
            and words[-1].end == agency.end()
            and words[-1].pos not in ("v", "vn", "vd")
            and words[-1].word[-2:] not in _VERBS_IN_AGENCY_CHARS  # (日本政府|签署, 韩国政府|部署, 日本应|反省)
            and not any(t.pos in ("uj", "d", "p", "c", "r", "ul") for t in words)
            and not any(occupied[pe : agency.end()])
        ):
            if not title_head_at_end(text[ps : agency.end() + 1]) and _occupy(occupied, pe, agency.end()):
                places[k] = (-1, -1)
                orgs.append((ps, agency.end()))
    places = [x for x in places if x[0] >= 0]
    orgs, places = _propagate(text, orgs, places, person_mentions, tokens)
    orgs = [(s, _department_after(text, s, e)) for s, e in orgs]
    orgs = [(s, _group_sent_after(text, e, occupied)) for s, e in orgs]
    orgs, places = _city_before_county_body(text, orgs, places)
    # a community's or village's party body the tagger read as a place is the body (江北社区党委)
    orgs += [(s, e) for s, e in places if text[s:e].endswith(_PARTY_BODY_ENDINGS)]
    places = [(s, e) for s, e in places if not text[s:e].endswith(_PARTY_BODY_ENDINGS)]
    # and so is one printed right after a village's, community's or township's name the tagger read as the place
    # alone (立峰村|党总支部书记, 江北社区|党委): the place is inside the body's name
    org_spans = set(orgs)
    for k, (ps, pe) in enumerate(places):
        body = _PARTY_BODY_AFTER.match(text, pe)
        if body and text[ps:pe].endswith(("村", "社区", "镇", "乡", "街道")) and (ps, body.end()) not in org_spans:
            if not any(os <= ps and body.end() <= oe for os, oe in orgs):
                orgs.append((ps, body.end()))
            places[k] = (-1, -1)
    places = [x for x in places if x[0] >= 0]
    # a place the tagger ran into a word read as a name and dropped ends before the word (吉布提|鲁班工坊)
    places = [
        (s, e - 2) if e - s > 3 and text[e - 2 : e] in dropped_words and _is_place(text[s : e - 2]) else (s, e)
        for s, e in places
    ]
    places = [x for s, e in _communities(text, places, orgs) for x in _split_nested_place(text, s, e)]
    # a city's 市 that starts a word after it is the word's (北京|市属公园, 上海|市民): the city without it
    cut = {
        e
        for s, e in places
        if e - s >= 3
        and text.startswith("市", e - 1)
        and _CITY_WORD.match(text, e - 1)
        and not any(_is_place(text[e : e + k]) for k in (3, 4))  # (武威市|民勤县, 海东市|民和县 stay)
    }
    # (and the rest of the word the tagger read as a place of its own goes: 北京市|属公园)
    places = [(s, e - 1) if e in cut else (s, e) for s, e in places if not (s in cut and not _is_place(text[s:e]))]
    # a legal tail right after a bracketed place is a company's formal name whose words the tagger and the chain rules
    # missed (实境智能科技（杭州）|有限公司, 光大环保能源（兰考）|有限公司): read back from the tail
    for m in _BRACKET_THEN_TAIL.finditer(text):
        if not any(os < m.end() and m.start(1) < oe for os, oe in orgs):
            orgs.append(m.span(1))
    orgs = [_company_head(text, s, e, by_end_tok, by_start) for s, e in orgs]
    orgs = [(s, e) for s, e in orgs if text[s] not in "（(" and text[s:e] not in _LEGAL_TAIL_ALONE]
    places = [(ps, pe) for ps, pe in places if not any(os <= ps and pe <= oe for os, oe in orgs)]
    orgs = [(s, _centre_after(text, e, tokens, occupied)) for s, e in orgs]
    orgs = [(s, _business_after(text, s, e, by_start, occupied)) for s, e in orgs]
    places = [(ps, pe) for ps, pe in places if not any(os <= ps and pe <= oe for os, oe in orgs)]
    # a body the tagger found inside one a rule read whole is no mention of its own (沈阳飞机工业|（集团）有限公司)
    orgs = [(s, e) for s, e in orgs if not any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in orgs)]
    orgs, led = _places_before_company(orgs, by_start)
    places += led
    # a school named for two fields, cut at 与 (合肥工业大学计算机|与|信息学院, 海南大学海洋生物|与|水产学院), is one body
    ends = {s: e for s, e in orgs}
    fields = {
        (s, e): ends[e + 1]
        for s, e in orgs
        if text[e : e + 1] in ("与", "和")
        and e + 1 in ends
        and text[e - 1] not in _ORG_LAST_CHARS
        and any(x in text[s:e] for x in ("大学", "学院", "科学院", "研究院"))  # a university's field (not 西门子与…)
        and text[e + 1 : ends[e + 1]].endswith(("学院", "研究院", "研究所", "研究中心", "系", "实验室"))
        and ends[e + 1] - e <= 9
    }
    # ... and so is an institute the tagger cut at 与 and did not find the rest of (中国科学院东北地理|与农业生态研究所,
    # 日本国立社会保障|与人口问题研究所): the body's name was cut inside a word, the rest ends in a research unit's word
    for s, e in orgs:
        if (s, e) in fields or text[e : e + 1] not in ("与", "和") or text[e - 1] in _ORG_LAST_CHARS or e + 1 in ends:
            continue
        m = _FIELD_TAIL.match(text, e + 1)
        if m and not any(os < m.end() and e < oe for os, oe in orgs if (os, oe) != (s, e)):
            fields[(s, e)] = m.end()
            places = [(ps, pe) for ps, pe in places if not (ps < m.end() and e < pe)]
    tails = {(e + 1, b) for (_, e), b in fields.items()}
    orgs = [(s, fields.get((s, e), e)) for s, e in orgs if (s, e) not in tails]
    # a body's committee of a numbered term printed after it is that committee, whole (中国人民政治协商会议|第十四届|
    # 全国委员会, 中国共产党|第二十届|中央委员会, 政协|第十四届|全国委员会)
    by_org_start = {s: e for s, e in orgs}
    for m in _TERM_COMMITTEE.finditer(text):
        head = next(((s, e) for s, e in orgs if e == m.start()), None)
        body = by_org_start.get(m.end(1))
        named = next(
            (k for k in range(max(0, m.start() - 10), m.start()) if _TERM_HEADS.fullmatch(text, k, m.start())), -1
        )
        if body is not None and named >= 0:
            # the body before it goes into the committee's name, and so does a false one (撤销郝宏军|政协…, 阿东代表|共青团…)
            orgs = [x for x in orgs if x not in (head, (m.end(1), body))]
            orgs.append((named, body))
    # a named hydropower station or reservoir is a site, after its province a place of its own (青海|羊曲水电站)
    # (the company that runs it printed before it stays a body: 国家能源集团|大渡河金川水电站)
    sites = [(s, e) for s, e in orgs if _named_site(text[s:e])]
    owners = [(s, s + m.end()) for s, e in sites if (m := _SITE_OWNER.match(text[s:e]))]
    orgs = [x for x in orgs if x not in sites] + owners
    places += [
        x for s, e in sites for x in _split_nested_place(text, max([s] + [oe for os, oe in owners if os == s]), e)
    ]
    # 集团 before 对立, 对抗 or 政治 is a bloc, and a verb before it makes no company's name (避免|集团对立)
    orgs = [(s, e) for s, e in orgs if not _bloc(text, s, e, by_start)]
    # a housing estate named for a work unit is a place, not the unit (东大街社区物资局|小区, 电厂|家属院)
    estates = [(s, m.end()) for s, e in orgs if (m := _ESTATE_AFTER.match(text, e))]
    estate_orgs = {(s, e) for s, e in orgs if _ESTATE_AFTER.match(text, e)}
    orgs = [x for x in orgs if x not in estate_orgs]
    places = [x for s, e in estates for x in _split_nested_place(text, s, e)] + [
        (ps, pe) for ps, pe in places if not any(s <= ps and pe <= e for s, e in estates)
    ]
    # a body's numbered party branch printed after it is the branch, whole (…分行党委|第三党支部, …人民法院|第六党支部)
    orgs = [(s, m.end()) if (m := _NUMBERED_BRANCH.match(text, e)) else (s, e) for s, e in orgs]
    places = [(s, e) for s, e in places if not any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in orgs)]
    orgs = [(_past_function_head(text, s, e), e) for s, e in orgs]
    short = _short_forms(text, orgs, occupied, by_start)
    declared = _declared_short_names(text, orgs, occupied)
    short += [span for spans in declared.values() for span in spans]
    # a place the tagger read at the head of a company's short form is part of it (中国|物流 of 中国物流集团)
    for ps, pe in places:
        for k in range(ps, pe):
            occupied[k] = False
    cores = [
        (s, e)
        for s, e in _core_forms(text, orgs, occupied, by_start)
        if not any(ps < e and s < pe and not (s <= ps and pe <= e) for ps, pe in places)
    ]
    places = [(ps, pe) for ps, pe in places if not any(s <= ps and pe <= e for s, e in cores)]
    for ps, pe in places:
        for k in range(ps, pe):
            occupied[k] = True
    orgs = sorted(orgs + short + cores)
    orgs = [(s, e) for s, e in orgs if text[s:e] not in _LEGAL_TAIL_ALONE]  # a bare 有限公司 left of a name not found
    orgs = [(s, e) for s, e in orgs if not _LEVELS_OF_BODIES.match(text, s)]  # 省、市、县|三级应急指挥部: kinds
    orgs = [(s, e) for s, e in orgs if not _MIDDLE_PART.match(text, s)]
    orgs, places = _party_body_with_its_places(text, orgs, places)
    org_mentions = _link_short_forms([Mention("organization", text[s:e], s, e, text[s:e]) for s, e in orgs])
    declared_full = {span: full for full, spans in declared.items() for span in spans}
    org_mentions = [
        Mention(m.type, m.text, m.start, m.end, declared_full[m.start, m.end])
        if (m.start, m.end) in declared_full
        else m
        for m in org_mentions
    ]
    # a place's border crossing is named whole (深圳湾|口岸, 霍尔果斯|口岸)
    places = [(s, e + 2) if text.startswith("口岸", e) and not any(occupied[e : e + 2]) else (s, e) for s, e in places]
    places = [
        (s, e)
        for s, e in places
        if not _no_named_village(text, s, e, by_start)
        and not _level_list(text, s, e)
        and not _MIDDLE_PART.match(text, s)  # 中西部, 中东部地区: the middle and a part of the country, no China
        and not _KIND_OF_PLACE.fullmatch(text[s:e])
        and not (text[s:e] == "中国" and text.startswith("式", e))  # 中国式现代化: a manner, no place
    ]
    # a lake, hill or island named with a number keeps it: 三|色湖 is 三色湖 (not 第三|太湖, 3个|湖)
    places = [
        (s - 1, e)
        if e - s == 2
        and s >= 1
        and text[s - 1] in _NAME_NUMERALS
        and text[e - 1] in "湖山峰岛泉"
        and (s < 2 or (text[s - 2] not in _NAME_NUMERALS and text[s - 2] not in "第0123456789"))
        and not occupied[s - 1]
        else (s, e)
        for s, e in places
    ]
    # the bank or shore of a river, lake or bridge is printed after its name, no part of it: 白沙河|畔, 卢沟桥|畔
    places = [
        (s, e - 1) if e - s >= 3 and text[e - 1] == "畔" and text[e - 2] in "河湖江溪海池塘泉桥" else (s, e)
        for s, e in places
    ]
    # a named station or reservoir printed right after its place is a site of its own (青海|羊曲水电站)
    taken = [(m.start, m.end) for m in org_mentions] + places
    places += [
        (e, m.end())
        for s, e in list(places)
        if (m := _SITE_AFTER.match(text, e)) and not _overlaps(e, m.end(), taken) and _site_name(text[e : m.start(1)])
    ]
    # a place the tagger ran on past a division into the next place's name gives it back: 福岛县土汤|温泉町 is
    # 福岛县|土汤温泉町
    places = _give_back_run_on(text, places)
    # a segmenter's word that is a division the lexicon knows whole is that division (互助县, 恩施州: the tagger
    # missed the short forms of autonomous counties and prefectures)
    taken = _taken(org_mentions, person_mentions, places)
    for t in tokens:
        if (
            len(t.word) >= 3
            and t.word[-1] in "省县州旗"
            and (t.word in place_names() or t.word in autonomous_short_names())
            and not _overlaps(t.start, t.end, taken)
        ):
            places.append((t.start, t.end))
    # an autonomous county or prefecture by its place name alone, which the tagger's lexicon lacks, is that place
    # where the segmenter reads it as a personal name of its own (景宁, 保亭, 彭水, 德宏) or it is listed beside a place
    # (三亚、保亭、陵水: the segmenter's noun 陵水): not after a post (a man), not
    # inside a name (郭|青龙), and not where the name is first a thing (红山文化玉龙, 圆明园石柱, 湖边白沙, 紫云楼)
    taken = _taken(org_mentions, person_mentions, places)
    bare: set[tuple[int, int]] = set()
    for t in tokens:  # in order, so that a list's items find the one before them (三亚、保亭、陵水)
        if (
            t.word in autonomous_bare_names()
            and (t.pos in ("nr", "nrt") or _listed_beside_place(text, t.start, t.end, [*places, *bare]))
            and t.word not in _BARE_NAME_THINGS
            and not text.startswith(("县", "州", "旗", "市", "区"), t.end)  # (循化|县: the county's own form)
            and _is_place(t.word)
            and title_head_at_end(text[max(0, t.start - 8) : t.start]) is None
            and not any(x < t.end and t.start < y and (x, y) != (t.start, t.end) for x, y in taken)
        ):
            bare.add((t.start, t.end))
    if bare:
        person_mentions = [m for m in person_mentions if m.titles or (m.start, m.end) not in bare]
        places += sorted(bare)
    # a city's name without its 市, which the segmenter reads as a distinguishing word (新余|遭遇: the tagger skips
    # it), is the city, where its 市 form is a city the gazetteer knows
    taken = _taken(org_mentions, person_mentions, places)
    for t in tokens:
        if (
            t.pos == "b"
            and len(t.word) == 2
            and any(p.level == "city" and p.name == t.word + "市" for p in _gazetteer_places(t.word + "市"))
            and not _overlaps(t.start, t.end, taken)
        ):
            places.append((t.start, t.end))
    # a city or province printed right before a place in it is a place of its own (在清远|大连村: the tagger took
    # the village alone)
    taken = _taken(org_mentions, person_mentions, places)
    for s, _e in sorted(set(places)):
        for k in (3, 2):
            a = s - k
            if (
                a >= 0
                and _is_city_or_province(text[a:s])
                and (a == 0 or not _is_name_char(text[a - 1]) or text[a - 1] in _PLACE_OPENERS)
                and not _overlaps(a, s, taken)
            ):
                places.append((a, s))
                taken.append((a, s))
                break
    # a division listed next to one of its level is one too (山形县、新潟县, 新潟县和山形县: the tagger missed 新潟县)
    taken = _taken(org_mentions, person_mentions, places)
    for s, e in sorted(set(places)):
        for a, b in _listed_divisions(text, s, e):
            if not _overlaps(a, b, taken):
                places.append((a, b))
                taken.append((a, b))
    # a bare "name" listed among plain words is one of them, and so are its other bare mentions (商超, 周边游, 文博)
    listed = {m.text for m in person_mentions if _listed_with_things(text, m, person_mentions)}
    titled_names = {m.canonical for m in person_mentions if m.titles}
    person_mentions = [
        m
        for m in person_mentions
        if not (m.text in listed and m.canonical == m.text and not m.titles and m.canonical not in titled_names)
    ]
    # a "person" whose name ends in a food or product (乌米|粽, 罗非鱼, 马黛茶, 乌鸡汤, 夏玉米), with no post before it and
    # no verb of speech after it anywhere in the text, is that thing (畲家乌米粽、华安柑橘)
    spoken = {m.canonical for m in person_mentions if _SAYING.match(text, m.end)}
    person_mentions = [
        m
        for m in person_mentions
        if not (
            m.canonical.endswith(_THING_ENDINGS)
            and m.canonical == m.text
            and m.canonical not in titled_names
            and m.canonical not in spoken
        )
    ]
    # a "person" whose name and 村, 镇 or 乡 is a place of the text is that place's name (梁家河 … 梁家河村)
    place_names_here = {text[s:e] for s, e in places}
    village_named = [
        m
        for m in person_mentions
        if not m.titles and m.canonical == m.text and any(m.text + k in place_names_here for k in "村镇乡")
    ]
    person_mentions = [m for m in person_mentions if m not in village_named]
    places += [(m.start, m.end) for m in village_named]
    # a river, lake, sea, peninsula, desert or port of the curated gazetteer printed whole on the segmenter's word
    # boundaries is that place, where the tagger missed it or read it as a person (洮河|水, 富|山湾, 里|孜|口岸)
    sites = _curated_sites(text, tokens)
    if sites:
        named = {(m.start, m.end) for m in person_mentions if not m.titles and m.canonical == m.text}
        person_mentions = [m for m in person_mentions if (m.start, m.end) not in sites or m.titles]
        taken = _taken(org_mentions, person_mentions, places)
        for s, e in sorted(sites):
            if (s, e) in named or not _overlaps(s, e, taken):
                places.append((s, e))
                taken.append((s, e))
    # a rail line named by two characters the tagger read as a body or a man (拉林|铁路: Lhasa-Nyingchi) is a site, as
    # 八户线 is; a site right before 街区 names the street quarter (隆福寺|街区), as 天津港 a port
    taken = _taken(org_mentions, person_mentions, places)
    line_named = {
        (m.start, m.end)
        for m in org_mentions + person_mentions
        if m.end - m.start == 2
        and not m.titles
        and text.startswith("铁路", m.end)
        and not text.startswith(("局", "集团", "公司", "总公司", "部门", "系统", "职工"), m.end + 2)
        and not _overlaps(m.end, m.end + 2, taken)
    }
    if line_named:
        org_mentions = [m for m in org_mentions if (m.start, m.end) not in line_named]
        person_mentions = [m for m in person_mentions if (m.start, m.end) not in line_named]
        places += [(s, e + 2) for s, e in sorted(line_named)]
    places = [
        (s, e + 2)
        if text.startswith("街区", e)
        and e - s >= 2
        and not _gazetteer_places(text[s:e])  # a site's name, not a division's (北京|街区: the city's quarters)
        and not _overlaps(e, e + 2, taken)
        else (s, e)
        for s, e in places
    ]
    # a place-name word and 巷 the segmenter reads as a word of its own is the lane (新仓|巷新增了), as 新仓巷社区
    # names its community after it
    taken = _taken(org_mentions, person_mentions, places)
    for t in tokens:
        if (
            t.pos == "ns"
            and len(t.word) >= 2
            and (lane := by_start.get(t.end)) is not None
            and lane.word == "巷"
            and not _overlaps(t.start, lane.end, taken)
        ):
            places.append((t.start, lane.end))
    # a place and 版, a version of a thing after it, is the place (打造“亚太版”北约, 中国版)
    places = [
        (s, e - 1) if e - s >= 3 and text[e - 1] == "版" and _is_place(text[s : e - 1]) else (s, e) for s, e in places
    ]
    # a "person" right before 联盟 or 同盟 is the alliance's name (奥库斯|联盟): a body, no man
    allied = [
        m
        for m in person_mentions
        if not m.titles
        and text.startswith(("联盟", "同盟"), m.end)
        and not any(o.start < m.end + 2 and m.start < o.end for o in org_mentions)  # (同盟会: a body of its own)
    ]
    if allied:
        person_mentions = [m for m in person_mentions if m not in allied]
        org_mentions += [
            Mention("organization", text[m.start : m.end + 2], m.start, m.end + 2, text[m.start : m.end + 2])
            for m in allied
        ]
    place_mentions = [Mention("place", text[s:e], s, e, text[s:e]) for s, e in places]
    mentions = person_mentions + org_mentions + place_mentions
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions
