"""Word lists the name rules and the tagger share: organization suffixes, known organizations, place names."""

from __future__ import annotations

from functools import cache
from importlib import resources

# Words that end an organization's name; the name is the run of name-like tokens before and including one.
ORG_SUFFIXES: tuple[str, ...] = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "研究院", "研究所", "研究中心",
    "设计院", "科学院", "工程院", "大学", "学院", "中学", "小学", "医院", "银行", "委员会", "常委会",
    "人大常委会", "政协", "工委", "党委", "党组", "纪委", "监委", "政府", "人民政府", "法院", "检察院",
    "公安局", "局", "厅", "部", "署", "办公室", "办", "协会", "学会", "联合会", "商会", "基金会", "中心",
    "出版社", "报社", "电视台", "电台", "通讯社", "日报", "军区", "舰队", "部队", "总队", "支队", "大队",
    "派出所", "管委会", "联社", "合作社", "事务所", "俱乐部", "总站", "总局", "分局", "国资委", "发改委",
    "卫健委", "教育局", "网信办", "街道办", "团委", "妇联", "总工会", "工会", "共青团", "党支部", "理事会",
    "董事会", "实验室", "研究会", "促进会", "新华社", "博物馆", "图书馆", "纪念馆", "科技馆", "美术馆",
)

# Organizations whose name carries no suffix: brands that are companies, well-known bodies.
KNOWN_ORGS: tuple[str, ...] = (
    "华为", "理想汽车", "中广核", "比亚迪", "腾讯", "阿里巴巴", "百度", "京东", "小米", "蔚来", "小鹏汽车",
    "字节跳动", "美团", "拼多多", "宁德时代", "中石油", "中石化", "中海油", "国家电网", "南方电网", "中国移动",
    "中国联通", "中国电信", "中车", "中核", "国务院", "中共中央", "全国人大", "全国政协", "中央军委", "外交部",
    "国防部", "商务部", "财政部", "教育部", "科技部", "公安部", "民政部", "司法部", "人社部", "工信部",
    "生态环境部", "交通运输部", "水利部", "农业农村部", "文化和旅游部", "卫健委", "国家发展改革委", "发改委",
    "国资委", "新华社", "人民日报", "中央电视台", "央视", "人大常委会", "区委办", "生态办", "联合国", "世卫组织",
    "世贸组织", "欧盟", "东盟", "北约", "上合组织", "亚投行", "中央纪委", "国家监委", "最高人民法院",
    "最高人民检察院", "中国人民银行", "央行", "证监会", "银保监会", "金融监管总局", "海关总署", "税务总局",
    "农行", "工行", "建行", "中行", "交行", "招行", "邮储银行", "国开行", "进出口银行", "农发行", "中国农业银行",
    "中国工商银行", "中国建设银行", "中国银行", "交通银行", "区政府", "市政府", "省政府", "县政府", "区委", "市委", "省委", "县委", "党中央", "中央政治局",
)

PLACE_SUFFIX_CHARS = frozenset("省市区县镇乡村州旗盟湖山江河岛湾港")
ORG_SUFFIX_SET: frozenset[str] = frozenset(ORG_SUFFIXES)


@cache
def place_names() -> frozenset[str]:
    """Names of places (divisions full and short, curated regions, lakes, countries), loaded once."""
    data = resources.files("etl.entities").joinpath("data/places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in data.splitlines() if line)


@cache
def known_org_names() -> frozenset[str]:
    """Organization names without a telling suffix (curated plus data/orgs.txt when built), loaded once."""
    res = resources.files("etl.entities").joinpath("data/orgs.txt")
    extra = res.read_text(encoding="utf-8").splitlines() if res.is_file() else []
    return frozenset(KNOWN_ORGS) | frozenset(line for line in extra if line)
