"""A fourteenth batch of hand-annotated cases, 新闻联播 2024 and May-July 2025: a clean estimate of the code at d9161b1.

Drawn on 2026-12-01 with ``random.Random(1209)`` (a seed no other batch used) by ``scripts/draw_name_cases.py
--seed 1209 --xwlb 20240101:20240430,20240701:20240930,20250501:20250731 --xwlb-post 20 --xwlb-n 20`` (at d9161b1
with the script's new ``--xwlb-post``, entity code as at d9161b1, before this file existed: its texts now exclude
themselves).  新闻联播 January-April and July-September 2024 and May-July 2025: no batch window, training text or
development sample used those months (batches 9-13 drew May and November 2024 and January-April, August and
October-December 2025, the others June-August 2026, 2022-2023 and a few 2024-2025 local reports; the tagger's silver
text ends on 24 December 2023; the rules were checked, and the development samples drawn, on January-June 2026; the
short-report benchmark's March 2025 is a parse benchmark).  People's Daily was not drawn: its RSS gold runs April to
August 2026, and every part of that is the ``rmrb2026_dev`` corpus or an earlier batch's window.  The days of the
three windows shuffled together, one paragraph drawn from each among its paragraphs of 40-230 characters that name a
local unit or a company (as in batches 9-13) and share no 25-character run with a case file; batch 13 held few
persons, so the first 20 days with such a paragraph naming a post (书记 but 总书记, 省长, 市长, 县长, 区长, 镇长,
乡长, 村长, 主任, 局长, 部长, 主席, 总理, 总统, 首相, 负责人, 董事长, 总经理, 院长, 厂长, 所长, 站长, 大使: the
draw's ``--xwlb-post``) were drawn among those, then 20 further days among all.  Every paragraph of the draw was kept
(a post word does not make a named person: 总书记对乡亲们说, 农机合作社的负责人): the batch holds 22 persons (22
pairs), 40 organizations and 107 places.

Annotated by hand from the text alone before the extractor ran on them, in the conventions of the earlier batches
(``test_names_batch13.py`` and those it cites): a title chain as printed right before the name, 兼 splitting it
(法国达飞集团董事会主席兼首席执行官 gives the board's 主席 and a bare 首席执行官, as 星巴克公司原董事长兼首席执行官), 原 kept
(贵州省政协原副主席), a board (董事会) part of the post and no body; 时任浙江省委书记的习近平同志 gives 浙江省委书记 (the post
printed before him); 习近平主席 gives 主席; 驻村第一书记姜镇 gives 驻村第一书记; a post printed apart from the name
(原…有限公司总经理，涉嫌…的“百名红通人员”梁锦文, 徐玲…成为…一名社区书记) none; 习主席 with no 习近平 in the paragraph,
as 吕书记, names no one; a name with no title (丁薛祥和大家, 陈吉宁还来到) a person with no pair.  The programme's prefix
央视网消息（新闻联播）： kept, 央视网 a body; the organization the longest body, a country or province printed before it
included (美国景顺集团, 法国达飞集团, 河北塞罕坝机械林场), a named museum (上海凝聚力工程博物馆), 武警, 中央追逃办, short
company names (华能集团, 国铁集团, 德力西集团, vivo), a project (港珠澳大桥工程) and generic kinds (市民驿站, 农机合作社,
碳排放交易机构, 美国执法机构, 复兴号高速列车研发创新团队, 试验区) none; a newspaper in 《》 a document.  A place only
where it stands outside an organization's name, each division of a chain on its own (陕西, 商洛市, 柞水县), a division
in a post counts (四川省, 宜宾市, 僰王山镇 of …僰王山镇原副镇长), a place before 城区, 南部, 附近海域 without it (上海,
浙江, 日本), a region by its name (能登 of 能登地区, 西北 of 西北地区), a named site whole (九华山, 世纪公园, 四新堤, 涓水,
寿昌古镇, 百里画廊景区, the zone 北京中关村综合保税区 and its short form 中关村综保区, as batch 10's 苏州工业园区), a place
inside an event's name counts (香港 of 香港书展, 乌镇 of 乌镇长街宴, 中关村 of 中关村论坛年会); 我国 and 中国 of 中国特色
none.  A kind whose convention was unclear is left unscored: the bodies of the paragraph with 美国司法部长 (as batch 9's
美国防部长) and of the paragraph with 总台央视综合频道 (as batch 12's 总台综合频道); the places of the paragraph whose only
place is a bridge in a project's name (港珠澳大桥工程总工程师), of 《哈萨克斯坦真理报》 (a place inside a document's title,
as batch 11), and of paragraphs with one-character forms (援藏, 中欧班列, 京津冀, as batches 11-13).
Do not tune rules on these: add new cases to the development batches instead.
"""

from __future__ import annotations

import pytest
from test_names_cases import Case, Tally, _c, assert_floor, score_cases

BATCH14_CASES: list[Case] = [
    _c(  # xwlb 20250610
        "牢记总书记嘱托，如今，嘉兴路街道已建成两个市民驿站，覆盖全部29个居民区，上海城区也已实现了“15分钟养老服务圈”全"
        "覆盖。今年，上海还将新增养老床位3000张，新增30个乡村长者照护之家。",
        {},
        set(),
        {"上海", "嘉兴路街道"},
    ),
    _c(  # xwlb 20250702
        "央视网消息（新闻联播）：徐玲曾是我国首位航母女操舵兵，退役之后的她成为江苏淮安盱眙县一名社区书记，带领村民们发展特色"
        "产业，在乡村振兴这片新“蓝海”中驶出了“加速度”。",
        {"徐玲": ()},
        {"央视网"},
        {"江苏", "淮安", "盱眙县"},
    ),
    _c(  # xwlb 20250716
        "央视网消息（新闻联播）：习近平主席《论教育》《习近平文化思想学习纲要》《近镜头：温暖的瞬间》繁体版，近日由联合出版集"
        "团出版发行。7月16日，香港书展开展首日举办了新书发布会。",
        {"习近平": ("主席",)},
        {"央视网", "联合出版集团"},
        {"香港"},
    ),
    _c(  # xwlb 20240119
        "大会为受表彰代表颁奖。哈尔滨电气集团有限公司副总工程师覃大清、港珠澳大桥工程总工程师苏权科、复兴号高速列车研发创新团"
        "队负责人周黎等获奖代表在会上作了发言。",
        {
            "覃大清": ("哈尔滨电气集团有限公司副总工程师",),
            "苏权科": ("港珠澳大桥工程总工程师",),
            "周黎": ("复兴号高速列车研发创新团队负责人",),
        },
        {"哈尔滨电气集团有限公司"},
        None,
    ),
    _c(  # xwlb 20250517
        "2002年12月，时任浙江省委书记的习近平同志来到宁波、台州、温州调研。此行，习近平同志走访了多家民营企业。在温州乐"
        "清，他了解到当地电气龙头企业德力西集团正面临发展瓶颈。",
        {"习近平": ("浙江省委书记",)},
        {"德力西集团", "浙江省委"},
        {"乐清", "台州", "宁波", "温州"},
    ),
    _c(  # xwlb 20240123
        "启动仪式上，丁薛祥和大家一起观看了全国温室气体自愿减排交易市场建设情况主题片和市场交易实况。生态环境部、市场监管总局"
        "、北京市人民政府有关负责同志先后发言。河北塞罕坝机械林场、中国广核集团有限公司、国家电力投资集团有限公司、自然资源部"
        "第三海洋研究所等4家项目开发单位负责人签署了自愿减排项目开发和减排量交易合规倡议。有关部门和地方负责同志、碳排放交易"
        "机构代表等参加启动仪式。",
        {"丁薛祥": ()},
        {
            "中国广核集团有限公司",
            "北京市人民政府",
            "国家电力投资集团有限公司",
            "市场监管总局",
            "河北塞罕坝机械林场",
            "生态环境部",
            "自然资源部第三海洋研究所",
        },
        set(),
    ),
    _c(  # xwlb 20240212
        "春节假期，全国各地张灯结彩、人流如织，多地迎来客流高峰。在浙江嘉兴，水上年夜饭、乌镇长街宴吸引五湖四海的游客齐聚一堂"
        "，热气腾腾过大年。这几天，景区人数持续走高，客流量同比增长101%。在安徽黟县，千年古村落宏村处处洋溢着新春的气息，"
        "旅游市场火热让当地酒店、民宿一房难求。",
        {},
        set(),
        {"乌镇", "嘉兴", "安徽", "宏村", "浙江", "黟县"},
    ),
    _c(  # xwlb 20250529
        "农机信息实时更新，麦收订单及时推送，依托“农机云”平台，农机合作社的负责人可以一个人轻松调配30多台农机的高效运转。",
        {},
        set(),
        set(),
    ),
    _c(  # xwlb 20250516
        "央视网消息（新闻联播）：5月16日，国家副主席韩正在北京会见美国景顺集团董事会主席瓦格纳。",
        {"韩正": ("国家副主席",), "瓦格纳": ("美国景顺集团董事会主席",)},
        {"央视网", "美国景顺集团"},
        {"北京"},
    ),
    _c(  # xwlb 20250719
        "美国司法部长帕姆·邦迪18日证实，加利福尼亚州洛杉矶县警察局一处训练设施当天发生一起爆炸事件，造成至少3名警员死亡。"
        "据当地媒体报道，爆炸发生在洛杉矶县警察局拆弹小组驻地。目前，美国执法机构尚未公布爆炸原因，调查人员已赶赴现场提供协助"
        "。",
        {"帕姆·邦迪": ("美国司法部长",)},
        None,
        {"美国"},
    ),
    _c(  # xwlb 20240103
        "央视网消息（新闻联播）：1月3日，国务院总理李强就日本石川县地震向日本首相岸田文雄致慰问电。",
        {"李强": ("国务院总理",), "岸田文雄": ("日本首相",)},
        {"国务院", "央视网"},
        {"日本", "石川县"},
    ),
    _c(  # xwlb 20240702
        "刊登习主席署名文章的《哈萨克斯坦真理报》创办于1920年，隶属于哈萨克报业集团。",
        {},
        {"哈萨克报业集团"},
        None,
    ),
    _c(  # xwlb 20240229
        "央视网消息（新闻联播）：国家副主席韩正29日在北京会见法国达飞集团董事会主席兼首席执行官鲁道夫·萨德。",
        {"韩正": ("国家副主席",), "鲁道夫·萨德": ("法国达飞集团董事会主席", "首席执行官")},
        {"央视网", "法国达飞集团"},
        {"北京"},
    ),
    _c(  # xwlb 20240107
        "央视网消息（新闻联播）：电视专题片《持续发力纵深推进》今晚（1月7日）在总台央视综合频道8点档播出第二集《政治监督保"
        "障》，通过贵州省政协原副主席李再勇案，黑龙江省富裕县龙安桥粮库有限公司原总经理赵志明案、四川省宜宾市僰王山镇原副镇长"
        "吴小龙案，讲述党的二十大以来，各级纪检监察机关紧紧围绕党中央重大决策部署，迅速跟进监督检查，及时发现和纠正政治偏差，"
        "保障党和国家事业在新征程上行稳致远。",
        {
            "李再勇": ("贵州省政协原副主席",),
            "赵志明": ("黑龙江省富裕县龙安桥粮库有限公司原总经理",),
            "吴小龙": ("四川省宜宾市僰王山镇原副镇长",),
        },
        None,
        {"僰王山镇", "四川省", "宜宾市"},
    ),
    _c(  # xwlb 20240723
        "7月19日夜晚，陕西商洛市柞水县境内一条高速公路桥梁发生垮塌。消息传到距离最近的杏坪镇严坪村，驻村第一书记姜镇立刻带"
        "着10多名党员干部，沿着临水公路开展搜寻。",
        {"姜镇": ("驻村第一书记",)},
        set(),
        {"严坪村", "商洛市", "杏坪镇", "柞水县", "陕西"},
    ),
    _c(  # xwlb 20250729
        "近日，在中央追逃办统筹协调下，经广东省及珠海市纪检监察、公安机关不懈努力，原珠海华美汽车制动工业有限公司总经理，涉嫌"
        "职务侵占罪外逃的“百名红通人员”梁锦文回国投案。这是开展“天网”行动以来第64名归案的“百名红通人员”。",
        {"梁锦文": ()},
        {"中央追逃办", "珠海华美汽车制动工业有限公司"},
        {"广东省", "珠海市"},
    ),
    _c(  # xwlb 20250629
        "央视网消息（新闻联播）：近日，中共中央总书记、国家主席、中央军委主席习近平给西藏林芝市巴宜区林芝镇嘎拉村全体村民回信"
        "，对他们提出殷切期望。",
        {"习近平": ("中共中央总书记", "国家主席", "中央军委主席")},
        {"中共中央", "中央军委", "央视网"},
        {"嘎拉村", "巴宜区", "林芝市", "林芝镇", "西藏"},
    ),
    _c(  # xwlb 20240715
        "面对人类历史上前所未有的、彻底摆脱绝对贫困的攻坚战，围绕精准扶贫基本方略，建立脱贫攻坚责任制，健全扶贫考核评价体系，"
        "向所有建档立卡贫困村选派第一书记，建立贫困户脱贫认定机制，制定严格规范透明的贫困县退出标准程序核查办法，保证脱贫质量"
        "和可持续性。一系列改革措施构建起了完善的中国特色脱贫攻坚制度体系，为打赢脱贫攻坚战、巩固拓展脱贫攻坚成果提供了制度保"
        "障。",
        {},
        set(),
        set(),
    ),
    _c(  # xwlb 20240425
        "央视网消息（新闻联播）：2024中关村论坛年会25日在京开幕。中共中央政治局常委、国务院副总理丁薛祥出席开幕式并致辞"
        "。",
        {"丁薛祥": ("中共中央政治局常委", "国务院副总理")},
        {"中共中央政治局", "国务院", "央视网"},
        {"中关村", "京"},
    ),
    _c(  # xwlb 20240811
        "这段时间，在宁夏银川市金凤区长城花园社区，施工人员正忙着对小区基础设施进行升级改造。今年年内完成后，这里将成为一座集"
        "餐饮购物、休闲娱乐、体育运动等于一体的社区居民综合服务中心，惠及8600多户小区居民。",
        {},
        set(),
        {"宁夏", "金凤区", "银川市", "长城花园社区"},
    ),
    _c(  # xwlb 20240217
        "正是今年风景美，千红万紫报春光。在甘肃陇南文县，三万多亩油菜花已经盛放；在广州街头，木棉花悄然爬上枝头，如同一簇簇火"
        "焰；在安徽九华山脚下、在上海世纪公园，各色梅花陆续迎风绽放，给龙年新春增色添香。",
        {},
        set(),
        {"上海", "世纪公园", "九华山", "安徽", "广州", "文县", "甘肃", "陇南"},
    ),
    _c(  # xwlb 20240725
        "在浙江南部和沿海地区今天出现大雨，部分地区大暴雨。温州苍南县近岸海域出现4到6米巨浪，当地加强归港船只的安全管理和海"
        "上工程安全防护。",
        {},
        set(),
        {"浙江", "温州", "苍南县"},
    ),
    _c(  # xwlb 20240730
        "今天，湖南湘潭县堤坝决口险情抢险处置工作加紧进行。当地利用积水自流外排、加速消退的有利时机，积极为下一步坝体修复做准"
        "备。在易俗河镇四新堤，救援人员加快拓宽道路，为机械设备入场作业提供条件。目前，涓水已退出警戒水位，受影响的湘潭县新塘"
        "村、新虎村已恢复供电，群众安置工作有序进行。",
        {},
        set(),
        {"四新堤", "新塘村", "新虎村", "易俗河镇", "涓水", "湖南", "湘潭县"},
    ),
    _c(  # xwlb 20250518
        "如今，浙江对国内外高端资源要素的吸引力在不断增强。来自日本的尼得科集团已有16个工厂落户嘉兴平湖，20多年来企业先后"
        "增资33次，涉及电机、汽车等多个领域。作为浙江高质量外资集聚先行区，嘉兴累计吸引115个国家和地区的1万多个外资项目"
        "落地。在杭州，总部经济发展能级加快提升，当地开展总部企业“星级”培育计划，支持总部企业及创新机构的布局。眼下，位于余"
        "杭区的vivo全球人工智能总部正加快建设，建成后将推动新一代信息技术高端产业链在人工智能领域的集聚。",
        {},
        {"vivo", "尼得科集团"},
        {"余杭区", "嘉兴", "平湖", "日本", "杭州", "浙江"},
    ),
    _c(  # xwlb 20240418
        "据日本气象厅18日发布的消息，日本爱媛县附近海域17日晚发生里氏6.6级地震，震源深度39公里。地震已造成爱媛县、大"
        "分县和高知县9人受伤。爱媛县多地发生塌方，爱媛县和高知县部分地区铁路停运、水管电线等基础设施受损。日本气象厅警告震区"
        "居民此后一周仍需防范强震发生。",
        {},
        {"日本气象厅"},
        {"大分县", "日本", "爱媛县", "高知县"},
    ),
    _c(  # xwlb 20240805
        "离开村子时，总书记对乡亲们说：“老百姓的事情是最重要的事情。祝你们身体健康、阖家幸福、生活更美好。”",
        {},
        set(),
        set(),
    ),
    _c(  # xwlb 20250505
        "央视网消息（新闻联播）：5月4日16时40分许，贵州毕节市黔西市新仁乡化屋村百里画廊景区发生游船倾覆事故。截至目前，"
        "事故已造成10人死亡、70人送医救治。",
        {},
        {"央视网"},
        {"化屋村", "新仁乡", "毕节市", "百里画廊景区", "贵州", "黔西市"},
    ),
    _c(  # xwlb 20240112
        "宁德市霞浦县是全国海洋渔业大县，当地把“四下基层”作为主题教育重要抓手，进一步推动本地区、本部门中心工作，围绕如何进"
        "一步推进海洋生态环境保护、海产品养殖如何实现绿色发展等问题，霞浦县组织党员干部深入基层、调查研究、剖析问题，推动落实"
        "整改。",
        {},
        set(),
        {"宁德市", "霞浦县"},
    ),
    _c(  # xwlb 20240827
        "对口援藏，做强优势产业，推进高质量发展。“十四五”期间，17个援藏省市安排产业援藏项目229个，安排援藏资金44.0"
        "6亿元。在山南扎囊县，湖南援建的清洁能源装备制造基地刚刚投产，今后将逐步实现储能、风机、变流器等高端装备西藏制造。在"
        "墨脱县，福建、广东接力援藏，帮助当地引入茶树种，并制定了18项茶产业标准，让墨脱茶叶成为百姓增收致富的“金叶子”。",
        {},
        set(),
        None,
    ),
    _c(  # xwlb 20240918
        "记者从国铁集团获悉，今年1至8月份，中欧班列累计开行13056列，发送货物139.9万标箱，同比分别增长12%、11"
        "%。今年以来，中欧班列已连续6个月单月开行数量超1600列，为中欧贸易发展注入新动能。",
        {},
        {"国铁集团"},
        None,
    ),
    _c(  # xwlb 20250728
        "在怀柔区琉璃庙镇西湾子村，强降雨导致群众被困，武警救援人员徒步穿越山林挺进村庄，一对一护送百余名受困群众分批向山下安"
        "全区域转移。",
        {},
        {"武警"},
        {"怀柔区", "琉璃庙镇", "西湾子村"},
    ),
    _c(  # xwlb 20250726
        "河北保定、张家口、承德局地遭遇特大暴雨。昨天（7月25日）下午5时到今天凌晨1时，阜平县最大降雨量达540毫米，本轮"
        "降雨造成阜平5个乡镇受灾，当地紧急转移安置居民4600多人。今天上午，记者看到，随着降雨停歇，交通、城管等部门出动大"
        "型机械，加紧排涝清淤。目前，阜平主城区清淤工作基本完成，部分小区中断的电力、通讯、供水等也在抢修中。",
        {},
        set(),
        {"保定", "张家口", "承德", "河北", "阜平", "阜平县"},
    ),
    _c(  # xwlb 20240120
        "央视网消息（新闻联播）：工业和信息化部最新数据显示，截至2023年底，我国已累计建成5G基站337.7万个，具备千兆"
        "网络服务能力的端口达2302万个。全国行政村通5G比例超过80%，5G移动电话用户达8.05亿户，万物互联基础不断夯"
        "实，5G应用在工业、矿业、电力、港口、医疗等行业深入推广。",
        {},
        {"央视网", "工业和信息化部"},
        set(),
    ),
    _c(  # xwlb 20240728
        "陈吉宁还来到上海凝聚力工程博物馆，与来自社区、企业、学校的基层代表交流互动，深入学习宣传全会精神。",
        {"陈吉宁": ()},
        {"上海凝聚力工程博物馆"},
        set(),
    ),
    _c(  # xwlb 20240719
        "记者从华能集团获悉，18兆瓦超大风电机组今天（7月19日）在辽宁营口启动发电。这是全球单机容量最大的风电机组，每年可"
        "输出7400万度清洁电能，满足4万户家庭年用电需求，相当于每年节约标煤2.5万吨，减少二氧化碳排放超过6万吨。",
        {},
        {"华能集团"},
        {"营口", "辽宁"},
    ),
    _c(  # xwlb 20240211
        "去年汛期，严重洪涝灾害侵袭京津冀和东北。灾后重建关键时期，总书记乘火车、换汽车，一路奔波，来到受灾严重的龙王庙村。",
        {},
        set(),
        None,
    ),
    _c(  # xwlb 20240310
        "昨天（3月9日），西北地区首个国家级农业对外开放合作试验区在新疆吉木乃县揭牌成立，试验区将围绕农产品加工等方面，促进"
        "周边地区优质农产品国际贸易和技术交流。目前，已吸引了包括哈萨克斯坦在内的10多家国内外企业入驻合作。",
        {},
        set(),
        {"吉木乃县", "哈萨克斯坦", "新疆", "西北"},
    ),
    _c(  # xwlb 20240326
        "记者从北京海关了解到，全国首个以“研发创新”为特色的综保区——北京中关村综合保税区昨天（3月25日）通过封关预验收，"
        "预计4月正式封关运行。中关村综保区将以集成电路和医药健康产业为核心，以人工智能和科技服务产业为重点，拓展总部经济等保"
        "税服务业态。",
        {},
        {"北京海关"},
        {"中关村综保区", "北京中关村综合保税区"},
    ),
    _c(  # xwlb 20240208
        "这两天，在江西南昌，采茶戏等民间社火热闹上演。浙江建德寿昌古镇，双龙祥瑞表演精彩登场，游客们纷纷按下快门，记录这一美"
        "好时刻。在陕西三原、黑龙江龙江县，都有迎春舞龙的传统，当地群众舞起长龙，为村庄增添欢乐气氛。",
        {},
        set(),
        {"三原", "南昌", "寿昌古镇", "建德", "江西", "浙江", "陕西", "黑龙江", "龙江县"},
    ),
    _c(  # xwlb 20240111
        "央视网消息（新闻联播）：根据日本石川县11日公布的数据，能登地区7.6级地震造成的死亡人数已上升至213人，另有56"
        "7人受伤、37人下落不明。超过2.6万人居住在避难所。目前灾区仍有22处地点因交通中断而处于孤立状态。",
        {},
        {"央视网"},
        {"日本", "石川县", "能登"},
    ),
]

# Scored once on 2026-12-01 at d9161b1 (entity code as at d9161b1), after the annotation was written and before any
# change: the clean estimate of the code as it stands on unseen 新闻联播 paragraphs, persons 0.905 (tp 19, fp 1, fn 3),
# person-title pairs 0.850 (17 / 1 / 5), organizations 0.921 (35 / 1 / 5), places 0.868 (92 / 13 / 15).  What was
# missed or wrong: a name with a rare surname or a foreign one after a post (岸田文雄 after 日本首相, 李再勇 after
# 原副主席, 赵志明 cut to 赵志, 吴小龙 after 原副镇长 with 原 read into the town); 时任…的 before the name (浙江省委书记
# lost); a verb read into a body (隶属于哈萨克报业集团); missed bodies: 河北塞罕坝机械林场 (河北 and 塞罕坝 places), 中央追逃办,
# 武警, vivo; places: a place run on into the word after it (上海城区, 阜平主城区, 乌镇长街, 僰王山镇原), a town cut
# before its village (琉璃庙 + 镇西湾子村), a division chain cut short (黔西 for 黔西市, 新仁乡, 化屋村 missed), a site
# with its city read whole (上海世纪公园) and a zone split (北京 + 中关村综合保税区), 中国 of 中国特色; missed: 宏村,
# 乌镇, 四新堤, 涓水, 百里画廊景区, 能登.  Floors at those clean figures.
# The round of fixes after it (at 658f5bc, no longer clean: its errors were looked at): persons 1.000 (22 / 0 / 0),
# pairs 1.000 (22 / 0 / 0), organizations 0.974 (38 / 0 / 2), places 0.914 (96 / 7 / 11).  Left: 河北塞罕坝机械林场 (read
# as 河北 and 塞罕坝), vivo, 中国 of 中国特色 (People's Daily's own truth tags it a place), 上海世纪公园 read whole,
# 北京|中关村综合保税区 split, 乌镇长街, 黔西市's 新仁乡 and 化屋村 (the segmenter's words cross them), 宏村, 四新堤, 涓水,
# 百里画廊景区, 能登.
BATCH14_FLOORS = {"persons": 0.904, "person_titles": 0.85, "orgs": 0.921, "places": 0.867}


@pytest.fixture(scope="module")
def batch14_tallies() -> dict[str, Tally]:
    return score_cases(BATCH14_CASES)


@pytest.mark.parametrize("kind", sorted(BATCH14_FLOORS))
def test_batch14_score_above_floor(batch14_tallies: dict[str, Tally], kind: str) -> None:
    assert_floor(f"batch 14 {kind}", batch14_tallies[kind], BATCH14_FLOORS[kind])
