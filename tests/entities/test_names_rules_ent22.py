"""Table tests of the rules changed for development batch 20 (real snippets, 新闻联播 2022-2026)."""

from __future__ import annotations

import pytest

from etl.entities.names import find_names

PERSON_CASES: list[tuple[str, str, tuple[str, ...]]] = [
    # a party's leader is a post (领导人), 前 kept as 原 is
    (
        "总统赫尔佐格完成了与议会各党派的协商，将授权前总理、利库德集团领导人内塔尼亚胡组建政府。",
        "内塔尼亚胡",
        ("前总理", "利库德集团领导人"),
    ),
    ("黎真主党领导人卡西姆13日称，该组织已为同以色列长期对抗做好准备。", "卡西姆", ("黎真主党领导人",)),
    # the leaders of party and state, as 区领导徐俊、朱慧峰
    (
        "党和国家领导人李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希，6日分别参加了审议和讨论。",
        "赵乐际",
        ("党和国家领导人",),
    ),
    # a transliterated name whose last character is also a verb (任): the segmenter ends a name word with it
    (
        "此外，卢卡申科还表示，瓦格纳集团创始人普里戈任目前不在白俄罗斯，而是在俄罗斯的圣彼得堡。",
        "普里戈任",
        ("瓦格纳集团创始人",),
    ),
    ("美国国防部长赫格塞思当天称，美军对伊朗的军事行动正在按计划推进。", "赫格塞思", ("美国国防部长",)),
    ("村党支部书记周富英刚走进橘红大厦，90后返乡大学生梁贵瑞就给了一个惊喜。", "周富英", ("村党支部书记",)),
    # a member of a team sent out is a post of his own
    (
        "中央宣讲团成员、中央党史和文献研究院院长曲青山在中华全国供销合作总社作宣讲报告。",
        "曲青山",
        ("中央宣讲团成员", "中央党史和文献研究院院长"),
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), PERSON_CASES)
def test_person_and_titles(text: str, name: str, titles: tuple[str, ...]) -> None:
    persons = {m.text: m.titles for m in find_names(text) if m.type == "person"}
    assert persons.get(name) == titles


NAME_CASES: list[tuple[str, str, list[str]]] = [
    # a verb after a body's suffix ends the tagger's span (not a company's units, 救护大队…救护中队)
    (
        "央视网消息（新闻联播）：在河北省曲周县，中国农业大学设立科技小院，一批批青年学子深入田间地头。",
        "organization",
        ["央视网", "中国农业大学"],
    ),
    (
        "中煤新集能源股份有限公司救护大队刘庄救护中队副中队长李昊，坚守救援一线16年。",
        "organization",
        ["中煤新集能源股份有限公司救护大队刘庄救护中队"],
    ),
    # a country's presidential office and a place's home for the aged are bodies, the divisions before it included
    (
        "美国总统特朗普3月31日指责法国“极不配合”对伊朗的军事行动，法国总统府当天表示法国自始至终都没有改变立场。",
        "organization",
        ["法国总统府"],
    ),
    ("黎巴嫩总统府10日晚发表声明说，黎巴嫩和以色列同意14日举行首次会议。", "place", ["黎巴嫩", "以色列"]),
    ("中部战区陆军某直属旅组织150名官兵前往南和区城东老年公寓展开清淤作业，尽快帮助老人们恢复住所。", "place", []),
    (
        "中部战区陆军某直属旅组织150名官兵前往南和区城东老年公寓展开清淤作业，尽快帮助老人们恢复住所。",
        "organization",
        ["南和区城东老年公寓"],
    ),
    # a parliament printed on its own is the body; not inside a longer name, nor its member's title
    (
        "美国国务院19日绕开国会批准一项对阿联酋、科威特和约旦总价值约165亿美元的军售计划。",
        "organization",
        ["美国国务院", "国会"],
    ),
    ("据以色列媒体10日报道，以色列国防军总参谋长扎米尔呼吁议会推动立法。", "organization", ["以色列国防军", "议会"]),
    ("大批日本民众29日晚在日本东京的国会议事堂前举行集会。", "organization", []),
    # the place's body of a kind (当地人武部) and 地方 (local authorities) name no body
    ("在此居住的500多名村民出行受影响，当地人武部组织民兵成立突击队，加快开展灾后生产自救。", "organization", []),
    (
        "是一起企业负责人严重违法违规、主体责任不落实，地方党委政府及其有关部门和单位履职不到位而导致的生产安全责任事故。",
        "organization",
        [],
    ),
    # a city whose name opens with 长, right after its county, is no 县长 (洛杉矶县|长滩市); Chinese ones as before
    ("据美国媒体报道，洛杉矶县长滩市已宣布暂时关闭所有公共海滩。", "place", ["美国", "洛杉矶县", "长滩市"]),
    ("初夏时节，山东省临沂市蒙阴县长明村的金银花次第开放。", "place", ["山东省", "临沂市", "蒙阴县", "长明村"]),
    (
        "眼下，在龙岩市长汀县的中复村，游客漫步在古朴的村落中参观红军桥。",
        "place",
        ["龙岩市", "长汀县", "中复村", "红军桥"],
    ),
    # a team sent out and an ad hoc group named in a title are bodies
    (
        "中央宣讲团成员、中央党史和文献研究院院长曲青山在中华全国供销合作总社作宣讲报告。",
        "organization",
        ["中央宣讲团", "中央党史和文献研究院", "中华全国供销合作总社"],
    ),
    (
        "国务院事故调查组组长、应急管理部部长张成中主持会议，通报调查安排，提出工作要求。",
        "organization",
        ["国务院事故调查组", "应急管理部"],
    ),
    # and so is one printed right after the body that sent it
    (
        "要成立国务院事故调查组，按照“四不放过”原则查清查透事故原因和责任，加强行刑衔接，严肃追责问责。",
        "organization",
        ["国务院事故调查组"],
    ),
    ("国家防总工作组深入重庆万州长滩镇、走马镇群众集中安置点等现场查看灾情。", "organization", ["国家防总工作组"]),
    # a kind of village (穷山村, 富裕村) is no village's name
    (
        "2003年，习近平总书记在浙江工作时，亲自推动了“千村示范、万村整治”工程，李祖村由此一步步从“穷山村”，蝶变为“美丽乡村”。",
        "place",
        ["浙江", "李祖村"],
    ),
    # a body opening with its county, after the county's city (and province), holds them
    (
        "乔进双梅是乐山市马边彝族自治县花间刺绣专业合作社的负责人。",
        "organization",
        ["乐山市马边彝族自治县花间刺绣专业合作社"],
    ),
    ("乔进双梅是乐山市马边彝族自治县花间刺绣专业合作社的负责人。", "place", []),
    (
        "在福建三明市沙县区总医院的慢性病管理中心，系统正在对全区十几万居民的健康数据进行动态分析。",
        "organization",
        ["福建三明市沙县区总医院"],
    ),
    # a school opening with 长 after its town is the town's school, no 镇长
    ("在长滩镇长滩初级中学安置点，配备了专门的厨师和工作人员。", "organization", ["长滩镇长滩初级中学"]),
    # 电气 a line of business after a company's short name: the company, no person
    ("赵国华表示，施耐德电气是中国改革开放的见证者、贡献者、受益者。", "person", ["赵国华"]),
    ("李强希望施耐德电气坚持深耕中国市场，不断创新合作模式。", "person", ["李强"]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), NAME_CASES)
def test_names_of_a_kind(text: str, kind: str, expected: list[str]) -> None:
    assert sorted({m.text for m in find_names(text) if m.type == kind}) == sorted(expected)


# (text, kind, names that must be found, names that must not): where the rest of the text's reading is not the point
PART_CASES: list[tuple[str, str, list[str], list[str]]] = [
    # a verb then the bare kind (了解|集团) after a body's name is no part of it
    (
        "李强希望施耐德电气坚持深耕中国市场，并视频连线集团诺曼底工厂了解集团未来发展规划。",
        "organization",
        ["诺曼底工厂"],
        ["诺曼底工厂了解集团"],
    ),
]


@pytest.mark.parametrize(("text", "kind", "found", "not_found"), PART_CASES)
def test_names_found_and_not(text: str, kind: str, found: list[str], not_found: list[str]) -> None:
    names = {m.text for m in find_names(text) if m.type == kind}
    assert set(found) <= names
    assert not set(not_found) & names
