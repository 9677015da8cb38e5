"""A twelfth batch of hand-annotated cases, 新闻联播 only: a clean estimate of the code at 1b2ee6e.

Drawn on 2026-12-01 with ``random.Random(1207)`` (a seed no other batch used) by ``scripts/draw_name_cases.py
--seed 1207 --xwlb 20240501:20240531,20241101:20241130 --xwlb-n 40`` (at 1b2ee6e, entity code as at a332d48, before
this file existed: its texts now exclude themselves).  新闻联播 May and November 2024, months no batch window, rule
check, training text, development sample or benchmark used: the tagger's silver text takes every third paragraph of
the programme from 24 September 2022 on up to its share, which runs out on 24 December 2023 (recounted from
``scripts/train_ner_silver.py``'s character budget); the rules were checked, and the development samples drawn, on
January-June 2026; batches 9-11 drew October, November, December and August 2025, the others June-August 2026,
2022-2023 and a few 2024-2025 local reports (no paragraph shared: the draw skips any that shares a 25-character run
with a case file); the short-report benchmark uses March 2025 and 21 June-22 August 2026.  Two months half a year
apart, so that one season's news does not fill the batch.  The days of both months shuffled together, one
paragraph drawn from each among its paragraphs of 40-230 characters that name a local unit or a company (as in
batches 9-11), the first 40.  Every paragraph of the draw was kept, foreign news, national reports and paragraphs
with no person included: the batch holds 18 persons (15 pairs) and scores places and organizations above all.

Annotated by hand from the text alone before the extractor ran on them, in the conventions of the earlier batches
(``test_names_batch11.py`` and those it cites): a title chain as printed before the name, the country included
(中国国家主席习近平, 洪都拉斯副总统弗洛伦蒂诺, 加州州长纽森, 韩国三星集团会长李在镕); a post printed right after the
name as the earlier batches read 习近平主席 (主席; 马克龙总统 gives 总统); 习主席 after 习近平 the same person; a name with
no title (李强表示, 丁薛祥前往, 邵镇炜, 李春燕) a person with no pair.  The programme's prefix 央视网消息（新闻联播）：
kept, 央视网 a body; the organization the longest body, a country printed before a foreign body included (韩国三星集团,
巴西盒子媒体集团, 中国中央广播电视总台, 黎巴嫩公共卫生部), a company's plant with it (河钢集团斯梅戴雷沃钢厂); a
body's short form after its full name a body (总台), as are short company names (国铁集团, 国家电投集团, 洺源科技公司),
二十国集团 and a village's 长城保护协会; 世界互联网大会 a body where it organizes (由世界互联网大会主办), none in the
summit's name (2024年世界互联网大会乌镇峰会, as an expo or forum before); an expo (文博会), a plan (特岗计划) and
generic kinds (供销合作社, 党群服务中心, 当地政府, 农机检修服务队) none.  A place only where it stands outside an
organization's name, each division of a chain on its own, a named site whole (建国东路, 桦皮厂胡同 without its house
number, 种子岛宇宙中心, 羊曲水电站 after 青海, 长城), a place inside an event's or a project's name counts (乌镇 of 乌镇峰会,
建国东路 of its renewal project), a state in a title (加州 of 加州州长) as a country in a title; 我国, 中东部, 中西部,
三区三州 and a descriptive site (十里蔬菜长廊) none.  A kind whose convention was unclear is left unscored: the bodies of
the Peru report (秘鲁文化部长, as batch 9's 美国防部长), of the 《山水间的家》 report (总台综合频道, as the earlier
总台央视新闻频道, and the app 央视频客户端) and of the 六一 report, whose bodies and places stand inside programme titles
(《总台“六一”晚会》, 喜德县 of 《大手牵小手——喜德县青少年篮球友谊赛》, as batch 11's places inside a document's title); the
places of paragraphs with provinces' or countries' one-character forms (中欧、中亚班列, 京津冀豫, 法中关系, 中塞友谊, 来华,
黎北部, 塞籍, as batch 11), and of the two highway reports (连霍高速公路什川互通连接线, 眉县至太白高速公路衙岭隧道: sites
named by a line and its section, as batch 10's rail lines).
Do not tune rules on these: add new cases to the development batches instead.
"""

from __future__ import annotations

from test_names_cases import Case, _c, floor_test

BATCH12_CASES: list[Case] = [
    _c(  # xwlb 20241118
        "在观看上海建国东路历史风貌保护及城市更新工程、北京桦皮厂胡同8号“原拆原建”模块化好房子等展示时，李强表示，城市更"
        "新是当前城市建设中面临的重要任务，蕴藏着巨大的发展潜力。要把改善民生和扩大内需结合起来，加强各方面协同合作，推进规"
        "划创新，完善标准规范，加大好房子建设政策支持力度，抓好城镇老旧小区、城中村和危旧房改造，改善人居环境。在城市更新中"
        "要充分听取和尊重群众意见，加强历史文化保护传承，共建和谐城市，共享美好生活。",
        {"李强": ()},
        set(),
        {"上海", "建国东路", "北京", "桦皮厂胡同"},
    ),
    _c(  # xwlb 20241113
        "央视网消息（新闻联播）：记者从国铁集团获悉，今年1—10月，全国铁路完成固定资产投资6351亿元、同比增长10.9"
        "%，重点工程建设取得积极进展。",
        {},
        {"央视网", "国铁集团"},
        set(),
    ),
    _c(  # xwlb 20241105
        "党的十八大以来，我国社会工作持续助力经济社会高质量发展。面对近年来涌现出的大量新经济组织、新社会组织、新就业群体，"
        "各地积极探索、不断加强对这些组织和群体的政治引领和凝聚服务，依托党群服务中心、乡镇（街道）社工站等为新就业群体提供"
        "贴心服务。多地协调建设新就业群体“友好社区”“友好商圈”，解决骑手“进门难、充电难、休息难、就餐难”等实际问题。",
        {},
        set(),
        set(),
    ),
    _c(  # xwlb 20240530
        "记者今天（5月30日）从国铁集团获悉，6月15日零时起，全国铁路将实行新列车运行图。增开旅客列车205列，京广高铁"
        "全线按时速350公里运营，北京西至广州南最快只需要7小时16分。增开货物列车74列，其中，中欧、中亚班列7列。",
        {},
        {"国铁集团"},
        None,
    ),
    _c(  # xwlb 20241120
        "2024年世界互联网大会乌镇峰会当日在浙江省桐乡市乌镇开幕，主题为“拥抱以人为本、智能向善的数字未来——携手构建网"
        "络空间命运共同体”，由世界互联网大会主办，浙江省人民政府承办。",
        {},
        {"世界互联网大会", "浙江省人民政府"},
        {"乌镇", "浙江省", "桐乡市"},
    ),
    _c(  # xwlb 20241109
        "在中国国家主席习近平将赴里约热内卢出席二十国集团领导人第十九次峰会并对巴西进行国事访问之际，中国中央广播电视总台精"
        "品影视节目巴西展播在圣保罗启动。《通向繁荣之路》《寻古中国·玉石记》等二十多部总台精品影视节目在巴西盒子媒体集团、"
        "巴西旗手电视台等当地多家主流媒体播出。节目让巴西受众深入感知中国人民的热情友好和中华文化的博大深厚。",
        {"习近平": ("中国国家主席",)},
        {"二十国集团", "中国中央广播电视总台", "总台", "巴西盒子媒体集团", "巴西旗手电视台"},
        {"中国", "里约热内卢", "巴西", "圣保罗"},
    ),
    _c(  # xwlb 20241126
        "正在研制的日本固体燃料火箭“埃普西隆S”今天（11月26日）在鹿儿岛县种子岛宇宙中心进行发动机点火试验时，出现异常"
        "并引发火灾，现场传出爆炸声，没有造成人员受伤。日本宇宙航空研究开发机构正在就事故原因进行调查。该发动机在去年7月的"
        "一次试验中曾发生爆炸事故。",
        {},
        {"日本宇宙航空研究开发机构"},
        {"日本", "鹿儿岛县", "种子岛宇宙中心"},
    ),
    _c(  # xwlb 20240521
        "为了精准对接生产需求，当地打造了7个小麦全产业链联合体，将食品生产企业的个性化面粉订单需求与合作社的小麦种植进行对"
        "接。今年，通过全产业链的带动，当地优质专用小麦面积达126.89万亩，占比居河南全省第一。而在河南全省，今年优质小"
        "麦面积达到1700万亩。",
        {},
        set(),
        {"河南"},
    ),
    _c(  # xwlb 20240523
        "今天（5月23日），在第二十届文博会上，“2024·全国文化企业30强”和“2024·全国成长性文化企业30强”发"
        "布。中国出版集团有限公司、中国电影股份有限公司、中国国际电视总公司等入选本届“文化企业30强”；华夏电影发行有限责"
        "任公司、央广传媒集团有限公司等入选今年首次发布的“成长性文化企业30强”。",
        {},
        {
            "中国出版集团有限公司",
            "中国电影股份有限公司",
            "中国国际电视总公司",
            "华夏电影发行有限责任公司",
            "央广传媒集团有限公司",
        },
        set(),
    ),
    _c(  # xwlb 20241102
        "记者从中国南水北调集团了解到，截至10月31日，南水北调中线一期工程顺利完成2023—2024年度调水工作，累计向"
        "京津冀豫四省市调水83.37亿立方米，超额完成年度调水计划，直接受益人口1.14亿人。",
        {},
        {"中国南水北调集团"},
        None,
    ),
    _c(  # xwlb 20240525
        "央视网消息（新闻联播）：连通亚欧大陆的中欧班列自2013年以来开行数量大幅增长。国铁集团今天（5月25日）发布的数"
        "据显示，中欧班列累计开行数量突破9万列。",
        {},
        {"央视网", "国铁集团"},
        None,
    ),
    _c(  # xwlb 20241116
        "出席活动的秘鲁文化部长、国家广播电视集团执行主席以及安第斯共同体秘书长等嘉宾表示，节目在秘鲁的播出，将进一步深化两"
        "国文明互学互鉴，增进两国人民相知相亲。",
        {},
        None,
        {"秘鲁"},
    ),
    _c(  # xwlb 20240531
        "中央广播电视总台今天（5月31日）发布2024年“六一”节目。《总台“六一”晚会》《大手牵小手——喜德县青少年篮球"
        "友谊赛》《花朵音乐节》等多档原创精品节目充分展现新时代儿童意气风发、茁壮成长的新面貌。活动现场还为“CMG小喇叭校"
        "园广播站”合作校授牌。",
        {},
        None,
        None,
    ),
    _c(  # xwlb 20240514
        "央视网消息（新闻联播）：广东佛山的容桂街道是我国首个工业产值突破千亿的镇域，聚集着上千家制造业企业。今年以来，国家"
        "持续推进的大规模设备更新让这个工业大镇迎来新的发展机遇。来看记者的一线调研。",
        {},
        {"央视网"},
        {"广东", "佛山", "容桂街道"},
    ),
    _c(  # xwlb 20240522
        "央视网消息（新闻联播）：今年以来，国铁集团高质量推进铁路重点工程建设，前四个月完成固定资产投资持续增长，现代化铁路"
        "基础设施体系加快构建，有力满足旅客出行需求，激发消费活力。",
        {},
        {"央视网", "国铁集团"},
        set(),
    ),
    _c(  # xwlb 20241128
        "中华全国供销合作总社成立于1954年。经过70年发展，供销合作社加快向全程农业社会化服务延伸、向全方位城乡社区服务"
        "拓展，加快形成综合性、规模化、可持续的为农服务体系，在推进乡村全面振兴、加快农业强国建设中发挥着独特优势和重要作用"
        "。",
        {},
        {"中华全国供销合作总社"},
        set(),
    ),
    _c(  # xwlb 20240520
        "教育关系着残疾人的未来。截至2023年底，我国共有特殊教育学校2345所，在校生91.2万人，义务教育阶段适龄残疾"
        "儿童少年入学率达96%以上。融合教育水平不断提升，越来越多残疾孩子进入普通学校与健全同学们共同成长，已有近10万名"
        "残疾学生进入高等院校学习。在杭州电子科技大学，从小患有脊髓性肌萎缩症的邵镇炜正带领团队，推动他们自主研发的多模态大"
        "模型应用到更多场景，帮助行动不便的人取物、放物。",
        {"邵镇炜": ()},
        {"杭州电子科技大学"},
        set(),
    ),
    _c(  # xwlb 20241104
        "由中央广播电视总台及文化和旅游部联合摄制的大型文旅探访节目《山水间的家》第三季第九期将于今晚（11月4日）黄金时段"
        "在总台综合频道播出。本期节目将走进北京大兴区魏善庄镇李家场村和云南丽江市华坪县龙头村。节目将在央视网、央视频客户端"
        "同步播出。",
        {},
        None,
        {"北京", "大兴区", "魏善庄镇", "李家场村", "云南", "丽江市", "华坪县", "龙头村"},
    ),
    _c(  # xwlb 20241123
        "记者从国家电投集团获悉，位于黄河上游的国家重点水电工程——青海羊曲水电站第二台机组昨天（11月22日）正式并网发电"
        "，剩一台机组在建，将于今年年底前实现全容量投产发电。预计年平均发电量47.32亿千瓦时，可满足约150多万个家庭的"
        "正常用电需求。",
        {},
        {"国家电投集团"},
        {"黄河", "青海", "羊曲水电站"},
    ),
    _c(  # xwlb 20241125
        "连霍高速公路什川互通连接线重难点控制性工程——白银黄河特大桥日前贯通。大桥位于甘肃兰州榆中县青城镇，全桥长1162"
        "米。连霍高速什川互通连接线全长约37.2公里，是兰州与周边县市联系的干线公路，预计2025年建成通车。",
        {},
        set(),
        None,
    ),
    _c(  # xwlb 20240511
        "马克龙总统对习近平主席的深邃洞见表达强烈共鸣，表示当今世界面临紧迫挑战，法中关系承前启后、底蕴深厚，双方相互尊重，"
        "着眼长远，加强合作，将为解决全球性挑战、避免集团对立对抗发挥重要和积极作用。",
        {"马克龙": ("总统",), "习近平": ("主席",)},
        set(),
        None,
    ),
    _c(  # xwlb 20241108
        "美国加利福尼亚州文图拉县6日燃起的林火迅速蔓延。截至当地时间7日晚，过火面积已超82平方公里，仅有5%的火势得到控"
        "制。据当地政府发布的数据，大火已导致10人受伤，有超过200栋建筑在大火中被摧毁或受损。加州州长纽森7日宣布，文图"
        "拉县进入紧急状态。",
        {"纽森": ("加州州长",)},
        set(),
        {"美国", "加利福尼亚州", "文图拉县", "加州"},
    ),
    _c(  # xwlb 20241119
        "央视网消息（新闻联播）：中共中央政治局常委、国务院副总理丁薛祥19日下午在浙江乌镇分别会见来华出席2024年世界互"
        "联网大会乌镇峰会的洪都拉斯副总统弗洛伦蒂诺、赞比亚副总统纳卢曼戈、越南副总理黎成龙。",
        {
            "丁薛祥": ("中共中央政治局常委", "国务院副总理"),
            "弗洛伦蒂诺": ("洪都拉斯副总统",),
            "纳卢曼戈": ("赞比亚副总统",),
            "黎成龙": ("越南副总理",),
        },
        {"央视网", "中共中央政治局", "国务院"},
        None,
    ),
    _c(  # xwlb 20241111
        "央视网消息（新闻联播）：黎巴嫩公共卫生部10日称，以色列当天空袭了黎北部朱拜勒地区的阿尔马特镇，造成至少23人死亡"
        "，其中包括7名儿童。",
        {},
        {"央视网", "黎巴嫩公共卫生部"},
        None,
    ),
    _c(  # xwlb 20241124
        "2024年世界互联网大会乌镇峰会，习近平主席再次视频致贺，提出中国愿同世界各国一道，把握信息革命发展的历史主动，携"
        "手构建网络空间命运共同体，让互联网更好造福人民、造福世界。习近平主席的视频致贺在与会各界人士中引发强烈共鸣。",
        {"习近平": ("主席",)},
        set(),
        {"乌镇", "中国"},
    ),
    _c(  # xwlb 20241129
        "我国通村畅乡、连片成网的农村交通基础设施网络，构建了普惠公平的农村运输服务体系。农民出行从“走得了”到“走得好”，"
        "农村物流从“运得出”到“运得畅”，农村地区“行路难”的问题得到历史性解决。",
        {},
        set(),
        set(),
    ),
    _c(  # xwlb 20240512
        "玉米是辽宁第一大粮食作物，今年计划春播4200万亩，当地在8个玉米单产提升重点县整建制推进高密度种植、高效率肥水技"
        "术。彰武县着力补齐滴灌设施短板，不少农机具上都安装了滴灌架，播种、滴灌带铺设一次性完成，大大提高了玉米抗旱能力。",
        {},
        set(),
        {"辽宁", "彰武县"},
    ),
    _c(  # xwlb 20240518
        "在长城脚下这个小山村，从上个世纪80年代初开始，就有村民自发到长城上捡拾垃圾，劝阻游客不要攀爬野长城，后来他们还组"
        "建了长城保护协会保护长城。随着长城面貌的恢复和生态环境的改善，2020年，石峡村入选全国乡村旅游重点村，如今，村里"
        "的民宿一年就接待超过4万名游客。",
        {},
        {"长城保护协会"},
        {"长城", "石峡村"},
    ),
    _c(  # xwlb 20241130
        "陕西眉县至太白高速公路衙岭隧道日前实现双向贯通。隧道位于秦岭腹地，穿越17条断层破碎带，长约8.9公里。眉太高速预"
        "计明年通车，全长74.6公里。",
        {},
        set(),
        None,
    ),
    _c(  # xwlb 20241121
        "《中国互联网发展报告2024》和《世界互联网发展报告2024》今天（11月21日）在世界互联网大会乌镇峰会上发布。"
        "报告显示，中国已发展成为全球最大的互联网市场，拥有全球最多的网民和移动互联网用户，建成规模巨大、技术先进的网络基础"
        "设施。我国持续开展6G关键技术研发，率先成功搭建国际首个通信与智能融合的6G外场试验网。",
        {},
        set(),
        {"中国", "乌镇"},
    ),
    _c(  # xwlb 20241127
        "随着寒潮天气东移南下，中东部多地降温明显。浙江衢州、河南安阳滑县等地组织农技专家深入田间地头，指导蔬菜种植户及时加"
        "盖塑料棚膜和保温被；湖南郴州嘉禾县抓紧抢种耐寒的蔬菜品种，做好田间管理，保证蔬菜生产供应。",
        {},
        set(),
        {"浙江", "衢州", "河南", "安阳", "滑县", "湖南", "郴州", "嘉禾县"},
    ),
    _c(  # xwlb 20240501
        "央视网消息（新闻联播）：4月29日，国家主席习近平复信河钢集团斯梅戴雷沃钢厂塞尔维亚籍职工，勉励他们为中塞友谊作出"
        "新贡献。",
        {"习近平": ("国家主席",)},
        {"央视网", "河钢集团斯梅戴雷沃钢厂"},
        None,
    ),
    _c(  # xwlb 20240526
        "央视网消息（新闻联播）：当地时间26日下午，国务院总理李强在首尔会见韩国三星集团会长李在镕。",
        {"李强": ("国务院总理",), "李在镕": ("韩国三星集团会长",)},
        {"央视网", "国务院", "韩国三星集团"},
        {"首尔"},
    ),
    _c(  # xwlb 20240503
        "央视网消息（新闻联播）：河钢集团斯梅戴雷沃钢厂的塞籍职工们表示，收到习近平主席的复信令他们备受鼓舞，他们真诚地感谢"
        "习主席的鼓励和关怀，对工厂的未来发展和共建“一带一路”充满信心。",
        {"习近平": ("主席",)},
        {"央视网", "河钢集团斯梅戴雷沃钢厂"},
        None,
    ),
    _c(  # xwlb 20240509
        "在大连，丁薛祥前往大连理工大学，调研高校科技创新、人才培养、毕业生就业等情况，到大连船舶重工集团、洺源科技公司、遨"
        "海科技公司，了解企业运营、技术研发和行业发展情况。他表示，要深化产学研协同创新，强化企业在科技创新中的主体地位，提"
        "高科技成果转化和产业化水平。他勉励大学生要怀着一颗平实之心，积极到企业和基层就业创业、实现人生梦想。",
        {"丁薛祥": ()},
        {"大连理工大学", "大连船舶重工集团", "洺源科技公司", "遨海科技公司"},
        {"大连"},
    ),
    _c(  # xwlb 20241117
        "数据显示，目前每天有超1亿件快递进出农村，行政村快递服务覆盖率达95%。不断提升的寄递效能，成为激发乡村消费动能的"
        "有力支撑。同时随着今年新一轮农机报废更新补贴政策实施，更多新农机进入了乡村市场。今年，湖北省将农机报废机具种类从国"
        "家补贴范围的9类扩大到15类，同时还争取了1.47亿元国债资金，用于支持农机报废更新。预计年内报废更新机具台数达3"
        ".5万台，惠及1万多农户。",
        {},
        set(),
        {"湖北省"},
    ),
    _c(  # xwlb 20240505
        "就这样，李春燕回到峨嵋村，接过了乡村振兴的“接力棒”。乡村要振兴、产业必振兴。通过深入走访调研、请教各领域专家，李"
        "春燕决定扩大村里原有的杨梅产业种植规模，同时，在村里开办奶水牛养殖场。然而，当时村里的交通和电力系统并不完善，修路"
        "、改电成了当务之急。",
        {"李春燕": ()},
        set(),
        {"峨嵋村"},
    ),
    _c(  # xwlb 20240516
        "北方多地进入夏管关键期。江苏连云港东海县百万亩小麦处于灌浆期，当地积极做好田间管理，防治小麦病虫害，为夏粮丰收打下"
        "良好基础。山东郯城通过下发专项资金、组织大型植保无人机飞防专业队等措施，积极开展“一喷三防”。山西河津、甘肃金塔等"
        "地加强水肥管理。河南、河北多地组成农机检修服务队，提供农机具保养、调试、检修服务。",
        {},
        set(),
        {"江苏", "连云港", "东海县", "山东", "郯城", "山西", "河津", "甘肃", "金塔", "河南", "河北"},
    ),
    _c(  # xwlb 20241107
        "深秋时节，咸宁市嘉鱼县潘家湾镇的十里蔬菜长廊生机盎然。这里年产绿色蔬菜21万吨，辐射带动周边蔬菜种植10万亩。习近"
        "平总书记走进田间，察看蔬菜长势，他勉励当地干部群众把蔬菜种植这个富民产业进一步做好，让更多群众增收致富。",
        {"习近平": ("总书记",)},
        set(),
        {"咸宁市", "嘉鱼县", "潘家湾镇"},
    ),
    _c(  # xwlb 20240513
        "教育部、财政部近日联合启动2024年义务教育阶段“特岗计划”招聘工作，引导和鼓励高校毕业生面向中西部省份任教，重点"
        "向原“三区三州”、国家乡村振兴重点帮扶县、少数民族地区倾斜。全国计划招聘特岗教师3.7万名。",
        {},
        {"教育部", "财政部"},
        set(),
    ),
]

# Scored once on 2026-12-01 at 2310469 (entity code as at a332d48), after the annotation was committed and before any
# change: the clean estimate of the code as it stands on unseen 新闻联播 paragraphs, persons 1.000 (tp 18, fp 0, fn 0),
# person-title pairs 1.000 (15 / 0 / 0), organizations 0.921 (41 / 4 / 3), places 0.940 (63 / 3 / 5).  Persons and
# pairs rest on few names (18 and 15, most of them leaders with their titles).  What was missed or wrong, not fixed
# here: a place before a word that looks like a body's head read as a body (北京桦皮厂 of 北京桦皮厂胡同8号, so
# 北京 and the hutong lost; 鹿儿岛县种子岛宇宙中心 a body, so the prefecture and the site lost), a foreign body's long
# name missed (日本宇宙航空研究开发机构), a rocket's quoted name read as a place (埃普西隆S), a named hydropower
# station after its province missed (青海|羊曲水电站), a body's short form missed (总台) and 世界互联网大会 as the
# organizer, 避免集团 (避免 + 集团对立) and 中东部 as bodies, 中 of 中西部 and 安第斯 of 安第斯共同体 as places.  In the
# unscored paragraphs: stations cut (北京西, 广州|南), 白银|黄河特大桥 and 太白高速公路 cut from their line, 广播站 and 央视
# (of 央视频) as bodies.  Floors at those figures.
BATCH12_FLOORS = {"persons": 1.0, "person_titles": 1.0, "orgs": 0.92, "places": 0.94}


test_batch12_score_above_floor = floor_test("batch 12", BATCH12_CASES, BATCH12_FLOORS)
