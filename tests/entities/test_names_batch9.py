"""A ninth batch of hand-annotated cases, local reports above all, drawn for issue #4 at today's code (09b118f).

Drawn on 2026-12-01 with ``random.Random(1204)`` (a seed no other batch used) by ``scripts/draw_name_cases.py
--seed 1204 --rmrb 2026-06-21:2026-06-30 --xwlb 20251101:20251130 --say 16 --plain 12 --xwlb-n 12`` (at 09b118f,
before this file existed: its texts now exclude themselves), from windows no earlier batch, training text or rule
check used as a window: People's Daily (RSS gold, 21-30 June 2026: after the ``rmrb2026_dev`` corpus and the
tagger's silver text, before batches 5-8's July-August; every page but 副刊, 国际, 评论, 理论, 广告, 国际副刊, 视觉,
读者来信, 人文 and 体育) and 新闻联播 (November 2025: the rules were checked on January-June paragraphs, the other
batches drew June-August 2026, 2022-2023 and a few 2024-2025 local reports, and no paragraph is shared).  As in
batch 8: the articles were shuffled and one paragraph drawn from each, among its paragraphs of 40-230 characters
that name a local unit or a company (two characters then 县, 镇, 村, 街道, 社区, 有限公司, 集团 or 合作社, where
the unit and the character before or after it are no common word: 农村, 山村, 乡镇, 古镇, 全县, 县城, 村民, 县级,
开源社区 ...) and share no 25-character run with
an earlier case file (any string of tests/entities or scripts), no text twice; the first 16 with a verb of saying
(说, 介绍, 表示, 告诉记者) and the first 12 without one; then the 新闻联播 days shuffled with the same generator, one
such paragraph from each (a story's ``<p>`` paragraphs, tags stripped), the first 12.  A first filter let generic
words through (偏远山村, 县城, 重点村, 度假村, 二十国集团) and was narrowed as above before anything was annotated;
every paragraph of the final draw was kept, foreign news and unnamed speakers included.

Annotated by hand from the text alone before the extractor ran on them, in the conventions of the earlier batches
(``test_names_cases.py``, ``test_names_fresh_batch.py``, ``test_names_batch7.py``, ``test_names_batch8.py``): a
title chain as printed before the name, shared by every name of a list after it (全国人大常委会副委员长李鸿忠、王东明
…); a bare mention after a full one is the same person (罗西奥·纳莱 … 纳莱); the organization the longest body before
the post, a company's department and a country printed before a foreign body included (先正达集团中国事业部, 德国博世
集团, 日本九州电力公司), a board (董事会) left off; a company's short name is a body (先正达, 宇通, 爵影科技), a
product's brand (唯卓仕), an expo or forum (链博会) and a generic kind (村党群服务中心, 助老食堂) none; a place only
where it stands outside an organization's name, each division of a chain on its own, a named site whole (阆中古城,
那拉提空中草原, 陕北高原), and a place inside an event's or a spirit's name counts (2026北京国际汽车展览会, 沂蒙精神).
A kind whose convention was unclear is left unscored: the bodies of 梅县区梅南镇水美村 (a red army headquarters in a
site's name, a village company named by its kind) and of the Venezuela report (美国政府, 美国防部长, “太阳集团”), the
places of a list of project names (膜材料青年向往小镇, 谢径安花漾青村).
Do not tune rules on these: add new cases to the development batches instead.
"""

from __future__ import annotations

from test_names_cases import Case, _c, floor_test

BATCH9_CASES: list[Case] = [
    # People's Daily, with a verb of saying.
    _c(  # rmrb 2026-06-22
        "今年，先正达集团致力于为观众呈现一场从实验室到餐桌的创新之旅：在AI赋能下，传统育种经验被转化为数据模型，精准导"
        "航水稻品种的选育方向；在虚拟环境中模拟演练上百万种玉米基因组合，有效替代大量田测实验……先正达集团中国事业部总裁"
        "苏赋表示，4年来，链博会不仅见证了先正达的农业创新成果，也成为加速这些成果向产业转化的重要平台，期待进一步深化与"
        "合作伙伴的紧密联动，持续加强供应链体系的综合韧性。",
        {"苏赋": ("先正达集团中国事业部总裁",)},
        {"先正达", "先正达集团", "先正达集团中国事业部"},
        set(),
    ),
    _c(  # rmrb 2026-06-25
        "山上，灰白色石块棱角分明，石窝里积着红土。一株株仙人掌从石头缝中挤出来，生机勃勃。“仙人掌产业，成了我们的致富产"
        "业。”云南省文山市新平街道红旗社区庄子田党支部书记鲁春红说。",
        {"鲁春红": ("云南省文山市新平街道红旗社区庄子田党支部书记",)},
        {"云南省文山市新平街道红旗社区庄子田党支部"},
        set(),
    ),
    _c(  # rmrb 2026-06-23
        "“推动物流组网的本质，在于更好服务国民经济循环、为实体经济‘瘦身健体’。”中国物流集团有关负责人表示，近年来，中"
        "国物流先后投资控股一汽物流、徐工云仓公司，与中国电气装备成立合资公司。“通过实施这些项目，加快构建行业级物流大平"
        "台，就是为了推动物流业与先进制造业等产业深入融合、相互赋能。”",
        {},
        {"一汽物流", "中国物流", "中国物流集团", "中国电气装备", "徐工云仓公司"},
        set(),
    ),
    _c(  # rmrb 2026-06-30
        "农业现代化关键在科技进步和创新。走进红安县瑞沣种植养殖专业合作社，脱毒红薯苗绿油油的，长势正好。“这些都是脱毒苗"
        "，每亩最高产5700斤，生产的红薯肉质细腻绵软，单株价格只需几毛钱，老百姓买得起、愿意种、能致富。”合作社负责人"
        "姚峰介绍，“我们和华中农业大学合作搭建红安苕组培脱毒中心，攻克了长期种植导致的病毒积累、品种退化难题。”",
        {"姚峰": ("合作社负责人",)},
        {"华中农业大学", "红安县瑞沣种植养殖专业合作社", "红安苕组培脱毒中心"},
        set(),
    ),
    _c(  # rmrb 2026-06-23
        "“您可以扫描这个二维码，把自己的诉求填写进去。”工作人员向陈永军推荐了“办不成事”反映窗口，过了一天，陈永军接到"
        "马坝镇便民服务中心的电话，告知他可以申请乡镇代办业务，自己不需要到县城就能办理。“对于处理结果很满意，但下次更换"
        "别的证件是不是还要去县城，老靠‘办不成事’反映窗口也不行。”陈永军说。",
        {"陈永军": ()},
        {"马坝镇便民服务中心"},
        set(),
    ),
    _c(  # rmrb 2026-06-22
        "“种粮补贴拿到了！”直到现在，江苏省睢宁县双沟镇魏林村种粮户卢苗苗说起那笔失而复得的补贴，仍喜形于色。",
        {"卢苗苗": ()},
        set(),
        {"双沟镇", "江苏省", "睢宁县", "魏林村"},
    ),
    _c(  # rmrb 2026-06-21
        "美朵曲桑感受到物流行业对家乡的改变，“在浪卡子县，原先人们很少网购。随着物流更快、更准时，我父母购买生活用品时，"
        "网购也是第一选择。”同时，松茸、牦牛肉等高原特产也经站点走出山南、销往各地。“寄递网络像一条条哈达，把高原与其他"
        "地区紧紧连在一起。”美朵曲桑说。",
        {"美朵曲桑": ()},
        set(),
        {"山南", "浪卡子县"},
    ),
    _c(  # rmrb 2026-06-27
        "借助遥感卫星、无人机、物联网等技术，构建起“空天地一体化”的立体网络，将种苗、造林、抚育、采伐、监测等关键环节纳"
        "入统一的数智化管理体系，推动林地经营向数据驱动的精细化、智能化运营转型……印尼金光集团APP（中国）副总裁翟京丽"
        "表示，这是集团首次在链博会展示智慧林务等产业链数智化成果，“我们应当主动打破产业边界，与科技、材料、金融、能源、"
        "消费等领域深度协同，把‘一条链’织成‘一张网’，让创新力与韧性在跨界融合中持续生长。”",
        {"翟京丽": ("印尼金光集团APP（中国）副总裁",)},
        {"印尼金光集团APP（中国）"},
        set(),
    ),
    _c(  # rmrb 2026-06-24
        "“过去，一支镜头从研发到上市需要数年时间。如今，随着技术、人才和供应链逐渐成熟，唯卓仕已将产品研发周期压缩到一年"
        "半左右。”深圳市爵影科技有限公司总经理戴锦辉说，作为爵影科技旗下的自主品牌，唯卓仕在影像领域的快速发展离不开广东"
        "产业链的支持。",
        {"戴锦辉": ("深圳市爵影科技有限公司总经理",)},
        {"深圳市爵影科技有限公司", "爵影科技"},
        {"广东"},
    ),
    _c(  # rmrb 2026-06-24
        "大量发明专利有力支撑高水平科技自立自强。截至2025年底，我国国内高价值发明专利拥有量达到229.2万件，其中七"
        "成来自战略性新兴产业。安克创新科技股份有限公司“2023实验室”里，音频技术、空间感知、先进传感器、健康算法等研"
        "发工作加紧推进。“硬核技术是智能产品迭代创新的关键。”实验室负责人魏建强说。",
        {"魏建强": ("实验室负责人",)},
        {"安克创新科技股份有限公司"},
        set(),
    ),
    _c(  # rmrb 2026-06-25
        "“同1981年我第一次来中国时相比，如今的中国发生了巨大变化。过去陕北高原到处是黄土，现在处处是绿色；过去中国农"
        "村的生活条件比较艰苦，现在则富裕了许多。”魏磊说，上世纪60年代，梁家河的村民们利用简易设备榨油、发电、磨玉米、"
        "加工食物，不断改善取水条件和卫生设施。如今，梁家河村的屋顶装上了太阳能板，极大方便了日常生活；运用科学管理，农作"
        "物长势良好，苹果鲜甜多汁，“这一发展历程表明，中国农村地区正在利用新技术切实改善人们的生活。”魏磊表示。",
        {"魏磊": ()},
        set(),
        {"中国", "梁家河", "梁家河村", "陕北高原"},
    ),
    _c(  # rmrb 2026-06-28
        "出席中国发展高层论坛2026年年会，与中外各界与会者共话前沿趋势；参加2026北京国际汽车展览会，近距离感受中国"
        "智能驾驶解决方案的最新迭代……今年以来，德国博世集团董事会主席史蒂凡·哈通已多次访华。他表示，每一次到中国，都能"
        "清晰触摸到中国高质量发展的强劲脉搏，“过去几年，中国市场最大的变化，就是新技术快速落地与迭代的能力。中国积极培育"
        "和发展新质生产力，形成供需两端相互促进的良性循环，为全球创新注入澎湃动力。”",
        {"史蒂凡·哈通": ("德国博世集团董事会主席",)},
        {"德国博世集团"},
        {"中国", "北京"},
    ),
    _c(  # rmrb 2026-06-29
        "马云宵学酒店管理出身，此前在外地度假村工作。2022年底，她偶然听说普者黑村还有一处临湖的院落空置。这是整个村子"
        "最后一处直面荷塘湖景的房源。看准房源，马云宵决定返乡自己开民宿，很快签下20年的租约，拿出近百万元积蓄启动装修，"
        "2023年暑期开门迎客。凭借临湖的优越位置，12间客房常常满房。",
        {"马云宵": ()},
        set(),
        {"普者黑村"},
    ),
    _c(  # rmrb 2026-06-26
        "梅县区梅南镇水美村，东江工农红军总指挥部旧址，众多游客前来参观。村里成立红色乡村综合服务公司，推出“行走的思政课"
        "”，配套展销走地鸡等特产，促进村民增收。“我家4000多只走地鸡，现在根本不愁卖。”养殖户丘雪梅说。",
        {"丘雪梅": ()},
        None,
        {"梅南镇", "梅县区", "水美村"},
    ),
    _c(  # rmrb 2026-06-28
        "墨西哥湾畔，海风吹拂。韦拉克鲁斯州的街道上，崭新亮丽的公交车吸引市民拍照打卡，宇通制造的一批新能源公交车不久前在"
        "当地正式投入使用。韦拉克鲁斯州州长罗西奥·纳莱说：“这批公交车只是起点，我们还将继续在州内城市推广中国制造车辆，"
        "进一步推动绿色出行。”纳莱表示，新能源公交车已成为全球趋势，韦拉克鲁斯州根据自身地理和气候条件，选择了电驱与柴油"
        "混动技术，兼顾了经济与环保，“未来将进一步替换州内老旧的柴油公交车”。",
        {"罗西奥·纳莱": ("韦拉克鲁斯州州长",)},
        {"宇通"},
        {"墨西哥湾", "韦拉克鲁斯州"},
    ),
    _c(  # rmrb 2026-06-28
        "在天津大学脑机交互与人机共融海河实验室，记者戴上一个“头箍”。“这个‘头箍’的学名叫八通道脑机头环，是用来采集和"
        "编解码脑电波的，采集后的数据与我们公司开发的APP连接，经过自主研发的软件处理，可以输出测试者当前的压力值、疲劳"
        "度、平和度、专注度等指标。”中电云脑（天津）科技有限公司市场总监王伟介绍。",
        {"王伟": ("中电云脑（天津）科技有限公司市场总监",)},
        {"中电云脑（天津）科技有限公司", "天津大学脑机交互与人机共融海河实验室"},
        set(),
    ),
    # People's Daily, no verb of saying.
    _c(  # rmrb 2026-06-26
        "西于架村、东于架村、郭庄村，三个相邻村共同打造“乡村振兴德轩片区”，探索片区化推进乡村振兴的路子。",
        {},
        set(),
        {"东于架村", "西于架村", "郭庄村"},
    ),
    _c(  # rmrb 2026-06-23
        "创新技术被广泛应用于文化创作、生产、传播、消费全链条。步入四川阆中古城，古街巷纵横如棋盘，中天楼、华光楼飞檐凌空"
        "，一城古韵绵延至今。汉服盛典、非遗市集、沉浸式剧场等活动让古城焕发新活力；在江苏原力数字科技股份有限公司，调研组"
        "探访了《哪吒之魔童闹海》等现象级动漫作品幕后的3D数字内容生产线。企业聚焦3D动漫制作关键技术攻关，推动工具链国"
        "产化与智能化，提升了优质文化产品的供给能力。",
        {},
        {"江苏原力数字科技股份有限公司"},
        {"中天楼", "华光楼", "四川", "阆中古城"},
    ),
    _c(  # rmrb 2026-06-23
        "膜材料青年向往小镇、芯模联动“Young”产业平台、谢径安花漾青村等“十大标志性项目”全新打造，为青年提供从创业"
        "到落地、从安居到社交的一站式场景。“青年无限周”、“创见未来”青年创业赛事、莱福岛生活节等“十大标志性活动”全面"
        "迭代，让青年收获满满参与感、归属感。",
        {},
        set(),
        None,
    ),
    _c(  # rmrb 2026-06-27
        "夏季用能高峰临近，丁薛祥走进国网新疆电力能源大数据中心，仔细了解能源保供和疆电外送等工作。他强调，新疆煤炭、油气"
        "、风光资源丰富，要抓好能源生产供应，加强调度管理，有效满足本地用能需求，有力支撑全国迎峰度夏。扎实推进全国能源资"
        "源战略保障基地建设，科学规划布局新能源发展和疆电外送通道，实现清洁电力顺畅输送、充分消纳。在新疆八一钢铁集团调研"
        "重点领域节能降碳时，丁薛祥强调，实现“双碳”目标是国家重大战略决策，要加大先进技术研发和推广力度，促进产业发展绿"
        "色转型。",
        {"丁薛祥": ()},
        {"国网新疆电力能源大数据中心", "新疆八一钢铁集团"},
        {"新疆"},
    ),
    _c(  # rmrb 2026-06-26
        "边临镇西于架村是“全国文明村”，村党群服务中心内，服务窗口忙碌有序；农产品展厅里，特色产品琳琅满目。",
        {},
        set(),
        {"西于架村", "边临镇"},
    ),
    _c(  # rmrb 2026-06-25
        "之后，习近平来到邻近的“全国文明村”西于架村考察。他走进村党群服务中心，细致询问村党组织建设和开展便民服务等情况"
        "，了解当地探索片区化推进乡村振兴的做法，并察看农副产品展示。习近平希望村党组织进一步发挥党建引领作用，充分调动村"
        "民群众的积极性，在推进宜居宜业和美乡村建设中不断取得新成绩。他要求持续为基层减负，让村干部有更多时间和精力服务群"
        "众、推动发展。",
        {"习近平": ()},
        set(),
        {"西于架村"},
    ),
    _c(  # rmrb 2026-06-26
        "所以，我想做更多有意义的事，让有限的生命更有宽度……我缓缓落笔，将我的思考写进入党申请书。写完后，我又工工整整誊"
        "写了一遍。看着这辈子写得最认真的一笔一画，我心底似有一团火。当时，我们公司还没有成立党支部，我把申请书递到了马坝"
        "村党支部。",
        {},
        {"马坝村党支部"},
        set(),
    ),
    _c(  # rmrb 2026-06-24
        "全国人大常委会副委员长李鸿忠、王东明、肖捷、郑建邦、丁仲礼、蔡达峰、何维、武维华、铁凝、彭清华、张庆伟、洛桑江村"
        "、雪克来提·扎克尔，秘书长刘奇出席会议。",
        {
            "李鸿忠": ("全国人大常委会副委员长",),
            "王东明": ("全国人大常委会副委员长",),
            "肖捷": ("全国人大常委会副委员长",),
            "郑建邦": ("全国人大常委会副委员长",),
            "丁仲礼": ("全国人大常委会副委员长",),
            "蔡达峰": ("全国人大常委会副委员长",),
            "何维": ("全国人大常委会副委员长",),
            "武维华": ("全国人大常委会副委员长",),
            "铁凝": ("全国人大常委会副委员长",),
            "彭清华": ("全国人大常委会副委员长",),
            "张庆伟": ("全国人大常委会副委员长",),
            "洛桑江村": ("全国人大常委会副委员长",),
            "雪克来提·扎克尔": ("全国人大常委会副委员长",),
            "刘奇": ("秘书长",),
        },
        {"全国人大常委会"},
        set(),
    ),
    _c(  # rmrb 2026-06-26
        "夏播时节，德州市陵城区边临镇东于架村，田间地头一派农忙景象。种粮大户于书雷经营着400多亩地，今年小麦亩产达13"
        "00斤。",
        {"于书雷": ()},
        set(),
        {"东于架村", "德州市", "边临镇", "陵城区"},
    ),
    _c(  # rmrb 2026-06-30
        "“一荤两素才5块钱，味道比家里做得还香！”晌午时分，黑龙江省富裕县富裕镇鑫鑫社区助老食堂里饭菜飘香，70多岁的李"
        "大爷边吃午饭，边向前来回访的富裕县纪检监察干部算起了“幸福账”。",
        {},
        set(),
        {"富裕县", "富裕镇", "鑫鑫社区", "黑龙江省"},
    ),
    _c(  # rmrb 2026-06-28
        "薪火相传，文明新风润心田。沂南县孙祖镇东高庄村开展“邻里互助一件小事”服务260余场，开办文明实践活动百余场；临"
        "沭县朱村把移风易俗列入“文明朱村人”评比……沂蒙精神伴随着村规民约，融入老区人民日常生活。",
        {},
        set(),
        {"东高庄村", "临沭县", "孙祖镇", "朱村", "沂南县", "沂蒙"},
    ),
    _c(  # rmrb 2026-06-21
        "六月十九日，新疆维吾尔自治区伊犁哈萨克自治州新源县，游客在那拉提空中草原游览观光。",
        {},
        set(),
        {"伊犁哈萨克自治州", "新源县", "新疆维吾尔自治区", "那拉提空中草原"},
    ),
    # 新闻联播.
    _c(  # xwlb 20251110
        "据中国地震台网正式测定，北京时间今天（11月10日）15时23分，日本本州东部远海发生6.3级地震，震源深度10"
        "公里。日本气象厅称，地震发生在岩手县附近海域，并发布较低级别海啸预警。",
        {},
        {"中国地震台网", "日本气象厅"},
        {"岩手县", "日本", "本州"},
    ),
    _c(  # xwlb 20251130
        "这两天，四川凉山悬崖村迎来一批自驾游客。五年前，这个彝族村落的282户村民搬进了县城里的集中安置点。现在，悬崖上"
        "的老村子不仅成功发展起文旅项目，更推动彝绣等特色产业不断壮大，古老村寨焕发出蓬勃生机。",
        {},
        set(),
        {"凉山", "四川", "悬崖村"},
    ),
    _c(  # xwlb 20251109
        "在南福村，总书记叮嘱，党和政府要继续加强对老区的政策扶持，老区广大干部群众要齐心协力、奋发图强。他祝愿乡亲们的日"
        "子过得像金柚一样又甜又美。",
        {},
        set(),
        {"南福村"},
    ),
    _c(  # xwlb 20251127
        "甘肃省榆中县灾后集中安置点昨天（11月26日）起进入全面验收移交阶段，325户房屋已全面建成，道路等配套设施正加"
        "紧建设，预计年底前将全部移交到受灾群众手中。今年8月7日，榆中县遭遇持续强降雨，引发山洪，部分村民房屋受损严重。",
        {},
        set(),
        {"榆中县", "甘肃省"},
    ),
    _c(  # xwlb 20251115
        "第三轮第五批中央生态环境保护督察全面启动，从下周起将陆续对北京、天津、河北3省（市）和中国华电集团有限公司等5家"
        "中央企业开展例行督察。同时，对北京、天津、河北、山东、河南、安徽、江苏、浙江等8省（市）开展大运河生态环境保护专"
        "项督察。",
        {},
        {"中国华电集团有限公司"},
        {"北京", "大运河", "天津", "安徽", "山东", "江苏", "河北", "河南", "浙江"},
    ),
    _c(  # xwlb 20251121
        "今天（11月21日），中核集团海南核电核能供汽项目正式进入调试供汽阶段，开始为附近园区企业提供工业蒸汽，最大供汽"
        "能力达每小时50吨，标志着我国核能综合利用从单一发电、居民供暖迈入工业供汽新阶段。",
        {},
        {"中核集团", "海南核电"},
        set(),
    ),
    _c(  # xwlb 20251118
        "作为山地、丘陵占全省面积92.5%的省份，贵州采取“交通+旅游+产业”的模式，打造旅游公路。“十四五”以来，新改"
        "建农村公路超1.2万公里，将散落在山水间的民族村寨串接成链，确定了560个像黄岗村这样的乡村旅游重点村。",
        {},
        set(),
        {"贵州", "黄岗村"},
    ),
    _c(  # xwlb 20251116
        "贵州道真成立85家食用菌专业合作社，种植杏鲍菇、鹿茸菌等，发展现代山地特色高效农业，带动15000多人就近就业。",
        {},
        set(),
        {"贵州", "道真"},
    ),
    _c(  # xwlb 20251119
        "日本西南部的大分县大分市18日下午发生火灾，并波及周边密集住宅区。据日本媒体今天（11月19日）报道，火灾已造成"
        "1人死亡，超过170栋建筑受损，170多人前往避难所避难。日本九州电力公司称，大火还导致当地约300所房屋断电。"
        "目前火灾原因还不清楚，灭火工作仍在继续。",
        {},
        {"日本九州电力公司"},
        {"大分县", "大分市", "日本"},
    ),
    _c(  # xwlb 20251120
        "这个冬天，黑龙江七台河市长兴乡马鞍村告别了村民自家的燃煤取暖，享受到了和城市里一样的集中供热。即便是遇到寒潮天气"
        "，村民家中温度也能保持在20℃以上。",
        {},
        set(),
        {"七台河市", "长兴乡", "马鞍村", "黑龙江"},
    ),
    _c(  # xwlb 20251124
        "当地时间22日晚，委内瑞拉总统马杜罗说，美国对委内瑞拉的指控和威胁只是“老调重弹”，美国军事部署是企图颠覆委内瑞"
        "拉政权，他已下令全国保持警戒状态。据美国政府方面21日称，美国国务院计划在24日将委内瑞拉所谓的贩毒组织“太阳集"
        "团”列为“恐怖组织”。美国防部长赫格塞思说，此举可为美方对委行动“提供大量新的选项”。",
        {"马杜罗": ("委内瑞拉总统",), "赫格塞思": ("美国防部长",)},
        None,
        {"委内瑞拉", "美国"},
    ),
    _c(  # xwlb 20251117
        "应对旅游客流出行需求，国铁集团大力开行品牌旅游列车和“银发专列”。1至10月，全国铁路累计开行旅游列车2049列"
        "，同比增长28.1%，促进了服务消费发展。",
        {},
        {"国铁集团"},
        set(),
    ),
]

# Scored once on 2026-12-01 at 8e88f08 (entity code as at 09b118f), before any change, the clean estimate of that
# code on local reports: persons 0.899 (tp 31, fp 4, fn 3), person-title pairs 0.889 (20 / 0 / 5), organizations
# 0.610 (18 / 8 / 15), places 0.764 (60 / 18 / 19).  Three of the 28 People's Daily paragraphs were also printed in
# 新闻联播 texts the rules had been checked on, unannotated (the 德州 visit of June 2026, and the NPC's list of
# vice-chairmen of March sessions): the estimate is a little less clean than the windows suggest.
# The errors of batches 6-9 were then grouped by cause and general fixes made and checked on development text
# (PD example.dev, rmrb2026 and 新闻联播 January-June paragraphs of the kind each rule is about), not on these
# figures: divisions printed one after another (陵城区|边临镇|东于架村, lists of villages, a town before its
# village), cooperatives, companies' short forms and formal names closed by a bracket, a body's centre after its
# name, Japan's agencies and prefectures, autonomous prefectures cut in two, a surname and a form of address (李大爷),
# a transliterated name's last part, names listed between names, generic nouns read off the dev sample.  After them
# (no longer a clean estimate, at d77947f): persons 0.955 (32 / 1 / 2), pairs 1.000 (25 / 0 / 0), organizations
# 0.800 (24 / 3 / 9), places 0.864 (70 / 13 / 9).  What is left: companies known by a short name with no full one in
# the text (宇通, 一汽物流, 中国电气装备) or cut by a name's word (爵影科技), a centre or laboratory with no body
# before it (红安苕组培脱毒中心) or a long one (天津大学脑机交互与人机共融海河实验室), 中国地震台网, a scenic site
# cut to its place (那拉提|空中草原, 陕北|高原), a place inside an event's or a spirit's name (北京, 沂蒙), 大分县大分市
# (the segmenter's words), generic nouns (临湖, 荷塘), names after a trade (种粮户|卢苗苗) or of four characters
# (美朵曲桑).  中国 in 中国制造 (the Veracruz report) is a place the annotation missed: left as annotated, it counts
# against the extractor.  Floors a little under the figures after the fixes.
# Batch 10's round of fixes (at 6864b89, not clean either): persons 0.955 (32 / 1 / 2), pairs 1.000 (25 / 0 / 0),
# organizations 0.800 (24 / 3 / 9), places 0.889 (72 / 11 / 7: 陕北高原, 那拉提空中草原 whole); the places floor raised.
# Batch 11's round of fixes (at e803d95, not clean either; see test_names_batch11.py): persons 0.955 (32 / 1 / 2),
# pairs 1.000 (25 / 0 / 0), organizations 0.921 (29 / 1 / 4: 中国地震台网, 中国电气装备, 一汽物流, 宇通, the 海河实验室
# whole), places 0.914 (74 / 9 / 5: 本州, 沂蒙); the organizations and places floors raised.
BATCH9_FLOORS = {"persons": 0.94, "person_titles": 0.97, "orgs": 0.9, "places": 0.9}


test_batch9_score_above_floor = floor_test("batch 9", BATCH9_CASES, BATCH9_FLOORS)
