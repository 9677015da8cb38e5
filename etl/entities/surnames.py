"""Chinese surnames, single and compound, as the rules and the tagger's features see them."""

from __future__ import annotations

SINGLE_SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由咸恽习双傅赖洪阎钮"
)

COMPOUND_SURNAMES: frozenset[str] = frozenset(
    (
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "钟离",
        "澹台",
        "公冶",
        "宗政",
        "濮阳",
        "淳于",
        "单于",
        "太叔",
        "申屠",
        "闻人",
        "端木",
        "赫连",
        "南宫",
        "独孤",
        "呼延",
        "司空",
        "万俟",
        "拓跋",
        "百里",
        "东郭",
        "西门",
        "左丘",
        "梁丘",
        "第五",
    )
)


def surname_length(text: str, start: int) -> int:
    """Length of the surname starting at ``start`` (2 for compound, 1 for single), or 0."""
    if text[start : start + 2] in COMPOUND_SURNAMES:
        return 2
    if start < len(text) and text[start] in SINGLE_SURNAMES:
        return 1
    return 0


# Japanese family names as Chinese print them (桥本龙太郎, 小渊惠三, 冈田武史): a name may start with one, alone (桥本首相)
# or with a given name of one to three characters.
JAPANESE_SURNAMES: frozenset[str] = frozenset(
    "桥本 小渊 森喜 小泉 安倍 福田 麻生 鸠山 菅直 野田 岸田 石破 村山 宫泽 海部 竹下 中曾根 细川 羽田 田中 山本 中村 "
    "小林 加藤 吉田 山田 佐藤 铃木 高桥 渡边 伊藤 斋藤 松本 井上 木村 清水 山口 池田 桥口 冈田 谷口 武村 久间 河野 "
    "高村 町村 二阶 玄叶 前原 枝野 冈村 稻田 丰田 本田 松下 盛田 西村 大平 三木 藤原 福原 石原 小泽 菅义 东条 奥田 "
    "山崎 桥爪 野中 森山 上川 茂木 林芳 高市 小池 岩屋 赤泽 木原 小野寺 玉木 神谷 中谷 甘利 "
    "松尾 中岛 石井 森田 坂本 近藤 后藤 长谷川 村上 藤田 冈本 松田 竹内 酒井 宫本".split()
)
