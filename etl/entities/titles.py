"""Official titles printed with a person's name: the lexicon and the chain before (or after) a name."""

from __future__ import annotations

import re

import rjieba

# Head words a title ends with (the longest match wins); a title segment is "<body><head>".
TITLE_HEADS: tuple[str, ...] = (
    # party and state
    "总书记",
    "书记",
    "副书记",
    "常委",
    "委员",
    # members of a body's party group or committee, a post of their own (省妇联党组成员、副主席张莉君)
    "党组成员",
    "党委成员",
    "党工委成员",
    # a member of a named team sent out (中央宣讲团成员、…院长曲青山)
    "成员",
    "主席",
    "副主席",
    "委员长",
    "副委员长",
    "总理",
    "副总理",
    "国务委员",
    "部长",
    "副部长",
    "省长",
    "副省长",
    "市长",
    "副市长",
    "区长",
    "副区长",
    "县长",
    "副县长",
    "镇长",
    "副镇长",
    "乡长",
    "村长",
    "州长",
    "旗长",
    "盟长",
    "主任",
    "副主任",
    "厅长",
    "副厅长",
    "局长",
    "副局长",
    "处长",
    "副处长",
    "科长",
    "署长",
    "司长",
    "副司长",
    "秘书长",
    "副秘书长",
    "组长",
    "副组长",
    "队长",
    "支队长",
    "大队长",
    "站长",
    "所长",
    "社长",
    "总编辑",
    "副总编辑",
    "馆长",
    "行长",
    "副行长",
    "审判长",
    "检察长",
    "副检察长",
    "院长",
    "副院长",
    "校长",
    "副校长",
    "党委书记",
    "负责人",
    "主要负责人",
    "领导",
    "领导人",  # a party's leader (利库德集团领导人内塔尼亚胡)
    "发言人",
    "新闻发言人",
    "大使",
    "特使",
    "总领事",
    "领事",
    "参赞",
    "公使",
    # an embassy's counsellor for a field (俄罗斯驻华大使馆|教育参赞)
    "教育参赞",
    "经济参赞",
    "商务参赞",
    "文化参赞",
    "科技参赞",
    "政务参赞",
    "代表",
    "人大代表",
    "政协委员",
    "会长",
    "副会长",
    "理事长",
    "副理事长",
    "监事长",
    "董事长",
    "副董事长",
    "董事",
    "总经理",
    "副总经理",
    "经理",
    "总裁",
    "副总裁",
    "总监",
    "首席执行官",
    # a company's other chief officers (公司首席运营官, 联合创始人兼首席技术官)
    "首席运营官",
    "首席技术官",
    "首席财务官",
    "首席信息官",
    "首席营销官",
    "首席产品官",
    "首席数据官",
    "首席科学家",
    "首席专家",
    "专家",
    "总工程师",
    "工程师",
    "总师",
    "总设计师",
    "总指挥",
    "总经济师",
    "总会计师",
    "教授",
    "副教授",
    "研究员",
    "院士",
    "博士",
    "主委",
    "副主委",
    "司令员",
    "副司令员",
    "政委",
    "政治委员",
    "参谋长",
    "军长",
    "师长",
    "旅长",
    "团长",
    "营长",
    "连长",
    "排长",
    "班长",
    "指导员",
    "总长",
    "第一书记",
    "主持人",
    "创始人",
    "负责同志",
    "干部",
    "巡视员",
    "调研员",
    # civil-service ranks held as posts (二级主任科员, 四级调研员, 一级科员)
    "主任科员",
    "科员",
    "督察长",
    "总警监",
    "警监",
    "总队长",
    "领队",
    "教练",
    "主教练",
    "队员",
    "运动员",
    "网格员",
    "民警",
    "医生",
    "护士",
    "教师",
    "老师",
    "辅导员",
    "支书",  # 粮家村老支书李志家
    "老支书",
    "大队辅导员",  # a school's Young Pioneers counsellors: …十八洞小学|中队辅导员
    "中队辅导员",
    "班主任",
    "律师",
    "法官",
    "检察官",
    "记者",
    "编辑",
    "主编",
    "作家",
    "画家",
    "艺术家",
    "科学家",
    "学者",
    "志愿者",
    "党支部书记",
    "负责人员",
    "总统",
    "副总统",
    "首相",
    "议长",
    "外长",
    "防长",
    "国王",
    "女王",
    "王储",
    "亲王",
    "总干事",
    "秘书",
    "特首",
    "行政长官",
    "部长助理",
    "省长助理",
    "市长助理",
    # assistants to a post are a post of their own (总经理助理韩忠杰, 院长助理)
    "总经理助理",
    "董事长助理",
    "总裁助理",
    "院长助理",
    "校长助理",
    "局长助理",
    "行长助理",
    "主任助理",
    # heads of works, farms, wards and stations, and senior doctors
    "厂长",
    "副厂长",
    "矿长",
    "场长",
    "园长",
    "台长",
    "庭长",
    "关长",
    "护士长",
    "主任医师",
    "副主任医师",
    "主治医师",
    "指挥长",
    "总规划师",
    "船长",
    "机长",
    "舰长",
)
_HEADS_SET = frozenset(TITLE_HEADS)
_MAX_HEAD = max(len(h) for h in TITLE_HEADS)

# Titles commonly printed after the name: 习近平总书记, 李强总理.
POST_TITLES: tuple[str, ...] = (
    "总书记",
    "主席",
    "总理",
    "委员长",
    "副主席",
    "副总理",
    "书记",
    "部长",
    "省长",
    "市长",
    "区长",
    "县长",
    "院士",
    "教授",
    "总统",
    "首相",
    "董事长",
    "总经理",
)
_POST_RE = re.compile("|".join(sorted(POST_TITLES, key=len, reverse=True)))

# Characters and words that end a title segment's body to the left.
_BREAK_CHARS = frozenset(
    "0123456789０１２３４５６７８９、兼，。；：！？,.;:!?()（）[]【】《》〈〉\n\t 　\xa0…的了是在与和及同跟向对为由被把将从等率陪请让给"
)
# Words of a title's body that contain a break char but do belong to the title.
_KEEP_WORDS: tuple[str, ...] = (
    "中华人民共和国",
    "共和国",
    "和平",
    "同济",
    "对外",
    "为民",
    "在线",
    "从业",
    "华为",
    "国际和平",
    "生态环境",
    "及时",
    "人民政府",
    "协和",
    "和谐",
    "公共",
    "国家",
    "美的",
    "同仁",
    "等离子",
    "高等",  # 科学和高等教育部, 高等学校: no 等 of a list
    "中等",
    "初等",
    "平等",
    # government bodies whose names coordinate two fields with 和/与/及 (工业和信息化部, 文化和旅游局)
    "工业和信息化",
    "网络安全和信息化",
    "经济和信息化",
    "文化和旅游",
    "文化广电和旅游",
    "广电和旅游",
    "发展和改革",
    "林业和草原",
    "劳动和社会保障",
    "人力资源和社会保障",
    "住房和城乡建设",
    "党史和文献",
    "文史和学习",
    "监察和司法",
    "就业和人才",
    "农业和农村",
    "农业与农村",
    "规划和自然资源",
    "自然资源和规划",
    "资源与环境",
    "粮食和物资储备",
    "民族和宗教",
    "宪法和法律",
    "社会和法制",
    "中央和国家机关",
    "党和国家",  # 党和国家领导人习近平、李强…: the leaders of both, as 区领导徐俊
    "教育和体育",
    "卫生和计划生育",
    "科技及工业",
    "能源及水务",
)
# The fields a government body's name coordinates with 和/与/及 (文化和旅游局, 人力资源和社会保障局).
COORDINATED_FIELDS: tuple[str, ...] = tuple(w for w in _KEEP_WORDS if any(c in "和与及" for c in w[2:-2]))
_MAX_SEGMENT = 32


def title_head_at_end(segment: str) -> str | None:
    """The title head word that ``segment`` ends with, if any (longest first)."""
    for n in range(min(_MAX_HEAD, len(segment)), 0, -1):
        if segment[-n:] in _HEADS_SET:
            return segment[-n:]
    return None


_LEVEL_ENDINGS = tuple("省市区县镇乡州旗")


def _opens_division_name(text: str, k: int, end: int) -> bool:
    """Whether a division's full name (向阳区, 和平区, 和田地区, 同江市) starts at ``k`` and ends before ``end``."""
    if not ("\u4e00" <= text[k] <= "\u9fff"):
        return False
    from etl.entities.gazetteer import is_place_name  # the seed is loaded on first use only

    for n in range(3, 6):
        name = text[k : k + n]
        if k + n <= end and name.endswith(_LEVEL_ENDINGS) and is_place_name(name):
            return True
    return False


# A body named for two fields joined by 与 or 和 (城市与竞争力研究中心, 经济与管理学院, 地理科学与资源研究所), and a
# ministry, department or committee so named (经济和气候保护部长, 市场运行和消费促进司司长, 经济合作与发展组织秘书长).
_FIELDS_BODY = re.compile("[\u4e00-\u9fff]{2,6}?(?:研究中心|研究所|研究院|学院|实验室|研究会|系)")
_FIELDS_OFFICE = re.compile("[\u4e00-\u9fff]{2,6}?(?:(?<!干)部|司|局|委员会|(?<!国际)组织)")  # (not 各级干部, 国际组织)
_FIELD_POS = frozenset(("n", "ns", "nz", "vn", "nt"))
_OFFICE_FIELD_POS = frozenset(("n", "nz", "vn"))  # (not 俄罗斯和|乌克兰外交部长: two countries)


def _joins_two_fields(text: str, k: int, end: int, lower: int) -> bool:
    """Whether the 与 or 和 at ``k`` joins two fields inside a body's name before ``end``, not two persons or bodies."""
    institute = _FIELDS_BODY.match(text, k + 1, end)
    if (not institute and not _FIELDS_OFFICE.match(text, k + 1, end)) or k - 2 < lower:
        return False
    words = rjieba.tag(text[max(lower, k - 8) : k])
    if not words:
        return False
    word, pos = words[-1]
    return (
        len(word) >= 2
        and pos in (_FIELD_POS if institute else _OFFICE_FIELD_POS)
        and title_head_at_end(word) is None
        and not word.endswith(("院", "所", "中心", "学院", "局", "部", "委", "厅", "办"))
    )


def _inside_country_name(text: str, k: int, end: int) -> int:
    """Where a country's name holding the break character at ``k`` starts (埃|及, 安提瓜|和|巴布达), its end before
    ``end``; -1 when none holds it."""
    from etl.entities.gazetteer import country_names  # the seed is loaded on first use only

    names = country_names()
    for a in range(k, max(-1, k - 6), -1):
        for b in range(k + 1, min(end, a + 12) + 1):
            if text[a:b] in names and b - a >= 2:
                return a
    return -1


# A bracketed note that gives the short name of the body before it: （以下简称“沐曦股份”）, （简称“华为”）.
_SHORT_NAME_NOTE = re.compile("(?:以下|下文)?(?:简称|称)")


_QUOTED_BODY = re.compile("“[^“”，。！？；：、]{2,16}(?:会|协会|学会|组织|联盟|基金会|研究所|研究会|中心|集团|公司)”")


def _quoted_body_start(text: str, close: int, lower: int) -> int:
    """Where a body's name in quotes closing at ``close`` opens (“继承和发展村山谈话会”), -1 if the quote is none."""
    opening = text.rfind("“", max(lower, close - 18), close)
    if opening < 0 or not _QUOTED_BODY.fullmatch(text, opening, close + 1):
        return -1
    return opening


def _segment_start(text: str, end: int, lower: int) -> int:
    """Leftmost index of a title segment ending at ``end``, scanning back to ``lower`` until a break."""
    i = end
    while i > lower:
        ch = text[i - 1]
        if ch == "”" and (quoted := _quoted_body_start(text, i - 1, lower)) >= 0:
            i = quoted  # 日本“继承和发展村山谈话会”|理事长: a body's name in quotes
            continue
        if ch in "》）)":
            opening = text.rfind({"》": "《", "）": "（", ")": "("}[ch], max(lower, i - 20), i - 1)
            if opening >= 0 and _SHORT_NAME_NOTE.match(text, opening + 1):
                break  # …有限公司（以下简称“沐曦股份”）|董事会秘书: the note ends the body named before it
            if opening >= 0:
                i = opening  # 塞内加尔《太阳报》国际部主任, 刚果（金）卫生部长
                continue
        if ch.isdigit() and text[i : i + 1] == "届":
            while i > lower and text[i - 1].isdigit():
                i -= 1
            if i > lower and text[i - 1] == "第":
                i -= 1  # 第78届|联合国大会主席: a session's number opens its title
            continue
        if ch.isascii() and ch.isdigit():
            j = i - 1
            while j > lower and text[j - 1].isascii() and (text[j - 1].isalnum() or text[j - 1] == "-"):
                j -= 1
            model = text[j:i]
            if j < i - 1 and ("-" in model or any(c.isalpha() for c in model)) and not model[0].isdigit():
                i = j  # a model's name in the title: 歼-15舰载机研制现场总指挥, C919项目总设计师
                continue
        if ch in "与和" and _joins_two_fields(text, i - 1, end, lower):
            i -= 1  # 中国社会科学院城市|与|竞争力研究中心主任: a body named for two fields
            continue
        if ch == "—" and i - 2 >= lower and text[i - 2] == "—":
            break  # a dash sets a description apart: 社区带头人——|吉林省…社区第一书记 (one 中国—东盟 joins)
        if ch in _BREAK_CHARS:
            if _opens_division_name(text, i - 1, end):
                i -= 1  # 黑龙江佳木斯市向阳区委书记, 天津市和平区区长: the character begins a division's name
                continue
            country = _inside_country_name(text, i - 1, end) if "\u4e00" <= ch <= "\u9fff" else -1
            if country >= lower:
                i = country  # 埃及总统, 安提瓜和巴布达总理: the character is inside a country's name
                continue
            kept = False
            for word in _KEEP_WORDS:
                k = word.find(ch)
                while k >= 0:
                    s = i - 1 - k
                    if s >= lower and text.startswith(word, s):
                        i = s
                        kept = True
                        break
                    k = word.find(ch, k + 1)
                if kept:
                    break
            if kept:
                continue
            break
        if end - i >= _MAX_SEGMENT:
            break
        i -= 1
    if i < end and text[i] in "年月日号" and i > 0 and text[i - 1].isdigit():
        i += 1  # 3月5日|省委书记: the date before the title
    return i


def _whole_clause_is_titles(text: str, comma: int, lower: int) -> bool:
    """Whether the clause ending at ``comma`` is nothing but a title chain (each piece ending with a head word)."""
    end = comma
    while True:
        if title_head_at_end(text[max(lower, end - _MAX_HEAD) : end]) is None:
            return False
        start = _segment_start(text, end, lower)
        if start >= end:
            return False
        if start - 1 >= lower and text[start - 1] == "、":
            end = start - 1
            continue
        return start == lower or text[start - 1] in "，。；：！？,.;:!?\n“”"


# How long a piece without a head word may be and still share the next piece's head (市、区领导; 省、市、县领导).
_MAX_SHARED_PREFIX = 4


_COHORT_BEFORE = re.compile("、(?:[0-9０-９]{2}|[〇零一二三四五六七八九]{2})后$")


def title_chain_before(text: str, name_start: int, lower: int = 0) -> tuple[tuple[str, ...], int]:
    """The title chain printed right before the name at ``name_start``, split at 、; and where it starts.

    Returns ``((), name_start)`` when no title is printed there.  A piece that does not end with a title
    head word is joined to the next one (``市、区领导`` stays one title).
    """
    end = name_start
    cohort = _COHORT_BEFORE.search(text, max(lower, end - 5), end)
    if cohort is not None:
        end = cohort.start()  # 联合创始人兼首席技术官、|90后|彭志辉: the generation is a description, not a title
    if end <= lower or title_head_at_end(text[max(lower, end - _MAX_HEAD) : end]) is None:
        return (), name_start
    pieces: list[tuple[int, int]] = []
    while True:
        start = _segment_start(text, end, lower)
        if start >= end:
            break
        pieces.append((start, end))
        if start - 1 >= lower and text[start - 1] in "、兼":
            end = start - 1
            continue
        if start - 1 >= lower and text[start - 1] in "，," and _whole_clause_is_titles(text, start - 1, lower):
            end = start - 1  # 新华日报社党委书记、社长，新华报业传媒集团董事长双传学
            continue
        break
    if not pieces:
        return (), name_start
    pieces.reverse()
    titles: list[str] = []
    pending = ""
    chain_start = pieces[0][0]
    for s, e in pieces:
        seg = text[s:e]
        if pending:
            if len(pending) <= _MAX_SHARED_PREFIX:
                seg = pending + "、" + seg  # 市、区领导: levels sharing one title
            pending = ""  # (天美艺术街区运营方、X公司董事长: a description, not part of the title)
        if title_head_at_end(seg) is None:
            pending = seg
            continue
        titles.append(seg)
    if pending:
        # a leading fragment without a head word (e.g. a place list) is not a title: drop it
        chain_start = name_start - len("、".join(titles)) if titles else name_start
    titles = [_trim_title(t) for t in titles]
    titles = [t for t in titles if t]
    if not titles:
        return (), name_start
    first = text.rfind(titles[0], lower, name_start)
    return tuple(titles), (first if first >= 0 else chain_start)


_LEADING_JUNK = re.compile(
    r"^(?:记者|本报|据|另据|其中|同时|此外|随后|并|还|也|都|又|再|即|分别|由|会见|会上|会后|会前|时任|现任|曾任|历任"
    r"|综合(?=本报|记者|新华社|外电)"  # a byline's verb of compiling: 综合|本报记者
    r"|(?:[一两几这那每该][张位名个家所批幅]))+"
)


# Verbs and particles that can stand before a title in the same clause (会见X总统Y): the title starts after them.
_LEAD_WORDS = frozenset(
    "派遣 派出 委派 讯 本报讯 该报 该社 会见 欢迎 应 发表 陪同 邀请 会晤 接见 看望 慰问 致电 致信 祝贺 宣布 任命 免去 听取 采访 主持 出席 参加 率 同 向 对 "
    "据 说 称 表示 指出 强调 介绍 告诉 包括 其中 以及 感谢 邀 见到 拜访 会同 带领 率领 随同 跟随 作为 担任 当选 出任 "
    "成为 是 有 由 经 经过 通过 获得 荣获 授予 颁发 签署 会谈 通话 即 和 与 及 并 也 还 又 等 在 为 给 让 请 把 被 将 日电 电 "
    # verbs of hearing, finding, arranging and adverbs that can run straight into a title (收到X局副局长Y的消息)
    "认识 结识 收到 得知 获悉 听说 找到 遇到 见到 联系 通知 安排 责成 委托 提醒 发布 根据 正如 辜负 致函 刊载 转告 叮嘱 嘱咐 "
    "立即 随即 马上 正在 已经 特意 专程 亲自 一同 一起 再次 多次 曾经 几乎 每天 "
    # pronouns, and verbs of naming and removing from a post (他决定撤换|国防部长X, 提名|司法部长Y)
    "他 她 他们 她们 我们 撤换 罢免 解除 接替 取代 替换 召见 提名 任用 撤职 指示 指派 授权 责令 命令 "
    # verbs of reading out, passing on and meeting (宣读|中央军委主席X签署的命令, 转达|国家主席X的问候)
    "宣读 传达 转达 递交 呈递 拜会 约见 会面 迎接 送别 "
    # verbs of belonging (隶属于|哈萨克报业集团, 归属于|…公司)
    "隶属于 隶属 属于 归属于 "
    # verbs of reporting on, restraining and honouring someone (中央纪委办公厅公开通报|…公司原董事长X, 以限制|总统Y)
    "通报 限制 批评 谴责 弹劾 起诉 逮捕 制裁 表彰 通缉 悼念 缅怀".split()
)


LEAD_WORDS = _LEAD_WORDS  # the name rules cut an organization the tagger ran over a verb the same way


# A description before a company's name in a title: 牵头研发企业|中科卫星（广西）科技有限公司总经理, 民营企业|X公司董事长.
_DESCRIBED_COMPANY = re.compile(
    r"^[^，、]{0,8}?(?:企业|单位|进口商|出口商|供应商|经销商|运营商|服务商|制造商|开发商|承建商|贸易商)"
    r"(?=[^，、]{2,20}?(?:有限公司|集团|公司))"
)  # (水果进口商|深圳市源兴果品股份有限公司…商务总监)


# A body named only by a determiner (该公司, 该校, 本院): the post is the title, the body is the one named before.
_DEICTIC_BODY = re.compile(
    r"^(?:该|本|此|这家|这所|这个)(?:公司|企业|集团|单位|机构|医院|学校|校|中心|馆|院|所|厂|局|部门|市|县|区|镇|乡|村|省)"
    r"(?=.)"
)


def _trim_title(title: str) -> str:
    t = title.strip("“”\"' 　\xa0\t—-…").strip()
    junk = _LEADING_JUNK.match(t)
    if junk:
        # the junk ends before a country's name it would cut: 会见|也门总统委员会主席, not 会见也|门…
        t = t[next((j for j in range(junk.end()) if _opens_country(t[j:], junk.end() - j)), junk.end()) :]
    if title_head_at_end(_DEICTIC_BODY.sub("", t)) is not None:
        t = _DEICTIC_BODY.sub("", t)
    t = _DESCRIBED_COMPANY.sub("", t)
    words = [w for w, _ in rjieba.tag(t)] if t else []
    kept = _kept_spans(t)
    end = len(t)
    for k in range(len(words) - 1, -1, -1):
        start = end - len(words[k])
        if (
            k < len(words) - 1
            and words[k] in _LEAD_WORDS
            and not any(s <= start < e for s, e in kept)
            and not _opens_country(t[start:], end - start)
        ):
            return t[end:]
        end = start
    return t


def _opens_country(title: str, cut: int) -> bool:
    """Whether a country's name longer than ``cut`` characters opens ``title`` (也门 of 也门胡塞武装发言人)."""
    from etl.entities.gazetteer import country_names  # the seed is loaded on first use only

    return any(title[:n] in country_names() for n in range(cut + 1, min(len(title), cut + 8) + 1))


def _kept_spans(title: str) -> list[tuple[int, int]]:
    """Where the keep-words (国家发展和改革委员会's 发展和改革) lie in ``title``: their 和 is no lead word."""
    spans: list[tuple[int, int]] = []
    for word in _KEEP_WORDS:
        k = title.find(word)
        while k >= 0:
            spans.append((k, k + len(word)))
            k = title.find(word, k + 1)
    spans += [(k, k + 1) for k, ch in enumerate(title) if ch in "与和" and _joins_two_fields(title, k, len(title), 0)]
    spans += [m.span() for m in _QUOTED_BODY.finditer(title)]  # (“继承和发展村山谈话会”: its 和 is the name's)
    return spans


def title_after(text: str, name_end: int) -> str | None:
    """A title printed right after a name (习近平总书记), if any."""
    m = _POST_RE.match(text, name_end)
    return m.group(0) if m else None
