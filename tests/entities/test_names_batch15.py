"""A fifteenth batch of hand-annotated cases, 新闻联播 June, October, December 2024 and September 2025: clean at 9dd5303.

Drawn on 2026-12-01 with ``random.Random(1210)`` (a seed no other batch used) by ``scripts/draw_name_cases.py
--seed 1210 --xwlb 20240601:20240630,20241001:20241031,20241201:20241231,20250901:20250930 --xwlb-post 20 --xwlb-n 20``
(at 9dd5303, entity code as at 9dd5303, before this file existed: its texts now exclude themselves).  新闻联播 June,
October and December 2024 and September 2025: no batch window, training text or development sample used those months
(batches 9-14 drew January-May and July-September 2024, November 2024, and January-August and October-December 2025,
the others June-August 2026, 2022-2023 and a few 2024-2025 local reports; the tagger's silver text ends on 24
December 2023; the rules were checked, and the development samples drawn, on January-June 2026).  People's Daily was
not drawn (its RSS gold is the ``rmrb2026_dev`` corpus or an earlier batch's window).  The days of the four windows
shuffled together, one paragraph drawn from each among its paragraphs of 40-230 characters that name a local unit or a
company and share no 25-character run with a case file; the first 20 days with such a paragraph naming a post were
drawn among those (``--xwlb-post``, as batch 14), then the further days among all: 18 (the windows hold 122 days, 38
with an eligible paragraph).  Every paragraph of the draw was kept: the batch holds 36 persons (38 pairs), 58
organizations and 96 places.

Annotated by hand from the text alone before the extractor ran on them, in the conventions of the earlier batches
(``test_names_batch14.py`` and those it cites): a title chain as printed right before the name, 原 kept and its body
cut before it (海南省人大常委会原党组副书记、副主任 gives those two titles and the body 海南省人大常委会, as
内蒙古交通集团有限公司原党委副书记), a company's unit and its 党委 kept in the body (国家电投宁夏铝电公司中卫新能源公司党委);
时任福建省省长的习近平 gives 福建省省长 beside 总书记; 习近平主席 gives 主席 (习主席 is the same man); a bare post right
before the name (党龄20多年的副局长林申智, 村党委书记刘树安) the post; a status printed as a post (…佳县人民医院退休干部路生梅,
神舟飞船首任总设计师戚发轫, a team's 负责人 as batch 14's 复兴号…团队负责人) kept; a description that is no post (美国知名保守派活动人士,
种粮大户, 居民) none, and a post said after the name (玉儿囡…担任了党支部书记, 单杏花是…首席研究员) none; 刘书记 names no one;
班禅 a person with no title.  The programme's prefix 央视网消息（新闻联播）： kept, 央视网 a body; the organization the
longest body, a country or province printed before it included (新西兰恒天然集团, 湖南中电星河电子有限公司, 陕西省榆林市佳县人民医院),
a company's or university's unit with it (北大荒集团赵光农场, 福特斯克金属集团未来产业中心, 中国石油大学（北京）克拉玛依校区), 中央代表团
a body (the body of its 副团长; batch 11 left it unscored), the corps and its units (新疆生产建设兵团, 兵团第七师, 兵团第十四师二二四团),
a named memorial hall and service centres (中国人民解放军进军和田纪念馆, 12345市民热线服务中心, 那曲索县特困人员集中供养服务中心,
市文体中心), 党中央; generic kinds (合作社, 数据管理机构, 数据集团, 美国媒体, 镇党委, 儿童福利机构, a named team
“老杨树宣讲汇”团队) none.  A place only where it stands outside an organization's name, each division of a chain on its own
(浙江省, 丽水市, 景宁畲族自治县), a division in a post with no body counts (福建省 of 福建省省长, 新西兰 of 新西兰总理), provinces
and cities listed beside bodies as speakers (北京市、湖南省 …) places, a region by its name (能登 of 能登地方, 马萨拉 of
马萨拉地区), a named site or zone whole (南山公园, 里孜口岸, 扎东特委旧址, 日喀则经济开发区, 雄安新区, 澳角湾, 富山湾, 能登半岛,
塔克拉玛干沙漠), a river by its name (洮河 of 洮河水), a place inside a project's, event's or product's name counts (若羌 of
中绿电若羌…光伏项目, 北京 of 2024北京接诉即办改革论坛, 华安 of 华安柑橘); 我国 none.  A kind whose convention was unclear is left
unscored: the bodies of the paragraph with 总台央视综合频道 (as batches 12 and 14), of the Israel-Lebanon report (以军,
黎真主党: one-character forms) and of the paragraph whose only body, 中绿电, stands inside a project's name (as batch 14's
港珠澳大桥工程); the places of paragraphs with one-character forms (中澳, 全美, 京津沪, as batches 11-14), of the 和田 tour
(二二四团和泰新区 reads as the regiment's 和泰新区 or as the regiment and a 泰新区) and of the Kashgar tour (a zone's name with
its province in brackets, 中国（新疆）自贸试验区喀什片区).
Do not tune rules on these: add new cases to the development batches instead.
"""

from __future__ import annotations

import pytest
from test_names_cases import Case, Tally, _c, assert_floor, score_cases

BATCH15_CASES: list[Case] = [
    _c(  # xwlb 20240626
        "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平近日给浙江省丽水市景宁畲族自治县各族干部群众回"
        "信，向景宁建县40周年表示热烈祝贺，对景宁发展提出殷切希望。",
        {"习近平": ("中共中央总书记", "国家主席", "中央军委主席")},
        {"中共中央", "中央军委", "央视网"},
        {"丽水市", "景宁", "景宁畲族自治县", "浙江省"},
    ),
    _c(  # xwlb 20240606
        "恢复作业的收割机在麦浪中匀速前进，智能又高效。张宸在农村长大，对土地有着特别的感情，读大学时专门选择了农业院校的植"
        "保专业，毕业后她回乡和父亲一起经营合作社，由于懂种地又懂管理，规模越做越大。现在，合作社有大型农机具200多台（套"
        "），托管了周边7万多亩土地。",
        {"张宸": ()},
        set(),
        set(),
    ),
    _c(  # xwlb 20250928
        "全国政协副主席、中央代表团副团长王东峰带领五分团来到伊宁市考察多民族聚居社区建设。前往和田地区了解新农村建设、文旅"
        "产业发展，考察企业、学校，在中国人民解放军进军和田纪念馆、兵团第十四师二二四团和泰新区，考察爱国主义教育和兵地融合"
        "发展情况。",
        {"王东峰": ("全国政协副主席", "中央代表团副团长")},
        {"中国人民解放军进军和田纪念馆", "中央代表团", "全国政协", "兵团第十四师二二四团"},
        None,
    ),
    _c(  # xwlb 20250926
        "中共中央政治局委员、中央统战部部长、中央代表团副团长李干杰带领二分团来到中国（新疆）自贸试验区喀什片区、疏附县阿亚"
        "格曼干村等地调研。",
        {"李干杰": ("中共中央政治局委员", "中央统战部部长", "中央代表团副团长")},
        {"中共中央政治局", "中央代表团", "中央统战部"},
        None,
    ),
    _c(  # xwlb 20241207
        "柳孝燕口中的刘书记，正是村党委书记刘树安，他是唐陵村“树老板”们的“引路人”。2007年以前，村里人均年收入不足2"
        "000元。当时，刘树安在南京做建筑生意，收入不错。镇党委看到了刘树安的经济头脑，希望他能回到家乡带领村民们致富。",
        {"柳孝燕": (), "刘树安": ("村党委书记",)},
        set(),
        {"南京", "唐陵村"},
    ),
    _c(  # xwlb 20241010
        "央视网消息（新闻联播）：今天（10月10日），国务院新闻办公室举行新闻发布会。国家数据局相关负责人介绍，《关于加快"
        "公共数据资源开发利用的意见》是中央层面首次对公共数据资源开发利用进行系统部署。气象、交通等各领域的公共数据将进一步"
        "扩大供给，数据产业将作为鼓励发展类纳入产业结构调整指导目录。目前，31个省（区、市）和新疆生产建设兵团均已组建数据"
        "管理机构，省市两级已有111个地方组建了数据集团。公共数据资源登记、授权运营、价格管理等配套文件正加快出台。",
        {},
        {"国务院新闻办公室", "国家数据局", "央视网", "新疆生产建设兵团"},
        set(),
    ),
    _c(  # xwlb 20241217
        "澳门的民生福祉始终是习近平主席心中的牵挂。2014年澳门回归祖国15周年之际，习主席专程前往澳门最大的公共房屋项目"
        "——石排湾社区，亲切看望那里的居民们。他将这次走访比喻为“推开了一扇窗户”，看到了澳门居民安居乐业的温馨画面，表示"
        "这也从一个侧面反映了澳门经济发展、民生改善、社会安定的喜人成就，更令人感受到澳门“小城故事多、充满喜和乐”的和谐氛"
        "围。",
        {"习近平": ("主席",)},
        set(),
        {"澳门", "石排湾社区"},
    ),
    _c(  # xwlb 20250923
        "海南省人大常委会原党组副书记、副主任刘星泰，天津市人大财政经济委员会原主任委员王洪海，中国进出口银行原公司客户部总"
        "经理朱灿璋，安徽省监狱管理局原党委委员、副局长胡朝林，湖南省岳阳市妇联原党组书记、主席喻飞跃，国家烟草专卖局吉林省"
        "局烟叶管理处处长曲景民，甘肃省甘南州碌曲县人大常委会原党组成员、副主任李建明，国家电投宁夏铝电公司中卫新能源公司党"
        "委副书记、总经理刘兴华等人违规吃喝、违规收受礼品礼金、借培训之机公款旅游、搞“打卡式”调研等，受到严肃处理。",
        {
            "刘星泰": ("海南省人大常委会原党组副书记", "副主任"),
            "王洪海": ("天津市人大财政经济委员会原主任委员",),
            "朱灿璋": ("中国进出口银行原公司客户部总经理",),
            "胡朝林": ("安徽省监狱管理局原党委委员", "副局长"),
            "喻飞跃": ("湖南省岳阳市妇联原党组书记", "主席"),
            "曲景民": ("国家烟草专卖局吉林省局烟叶管理处处长",),
            "李建明": ("甘肃省甘南州碌曲县人大常委会原党组成员", "副主任"),
            "刘兴华": ("国家电投宁夏铝电公司中卫新能源公司党委副书记", "总经理"),
        },
        {
            "中国进出口银行",
            "国家烟草专卖局吉林省局烟叶管理处",
            "国家电投宁夏铝电公司中卫新能源公司党委",
            "天津市人大财政经济委员会",
            "安徽省监狱管理局",
            "海南省人大常委会",
            "湖南省岳阳市妇联",
            "甘肃省甘南州碌曲县人大常委会",
        },
        set(),
    ),
    _c(  # xwlb 20241027
        "聚焦群众关切，我国基本社会服务加快发展。一老一幼是大多数家庭的主要关切，新时代，我国留守儿童和困境儿童关爱服务质量"
        "不断提高，推动595家县级儿童福利机构转型为未成年人救助保护机构，配备4.3万名乡镇（街道）儿童督导员和58.2万"
        "名村（社区）儿童主任，基本实现了全覆盖。今年，《加强流动儿童关爱保护行动方案》出台，推动流动儿童在居住地均等享有教"
        "育、医疗等基本公共服务，儿童福利保障水平稳步提高。",
        {},
        set(),
        set(),
    ),
    _c(  # xwlb 20241231
        "大会表彰了150个离退休干部先进集体和450位先进个人。上海市杨浦区“老杨树宣讲汇”团队负责人倪来娣、陕西省榆林市"
        "佳县人民医院退休干部路生梅、神舟飞船首任总设计师戚发轫分别在大会上作了发言。",
        {
            "倪来娣": ("上海市杨浦区“老杨树宣讲汇”团队负责人",),
            "路生梅": ("陕西省榆林市佳县人民医院退休干部",),
            "戚发轫": ("神舟飞船首任总设计师",),
        },
        {"陕西省榆林市佳县人民医院"},
        {"上海市", "杨浦区"},
    ),
    _c(  # xwlb 20240615
        "央视网消息（新闻联播）：当地时间6月15日上午，国务院总理李强在奥克兰同新西兰总理拉克森共同参观新西兰恒天然集团总"
        "部。",
        {"李强": ("国务院总理",), "拉克森": ("新西兰总理",)},
        {"国务院", "央视网", "新西兰恒天然集团"},
        {"奥克兰", "新西兰"},
    ),
    _c(  # xwlb 20240619
        "在福特斯克金属集团未来产业中心，李强听取集团负责人介绍，鼓励企业在中澳绿色发展合作中发挥更积极作用。李强表示，中国"
        "将继续推进高水平对外开放，欢迎更多澳方企业投资中国、扎根中国。",
        {"李强": ()},
        {"福特斯克金属集团未来产业中心"},
        None,
    ),
    _c(  # xwlb 20240622
        "在广东梅州，本轮强降雨一度造成平远县泗水镇24小时降水达365.7毫米，居住着180多名老人和孩子的大新村成为此次"
        "灾情最严重的地区之一，进不了村成为营救被困村民的最大困难。平远县应急管理局立即组成9人救援小分队，由党龄20多年的"
        "副局长林申智带队，乘坐航空救援直升机，前往情况复杂的大新村救援。",
        {"林申智": ("副局长",)},
        {"平远县应急管理局"},
        {"大新村", "平远县", "广东", "梅州", "泗水镇"},
    ),
    _c(  # xwlb 20241005
        "这之后，路生梅下决心要推广新法接生、普及医疗卫生知识，改变这里落后的医疗条件，她把“为佳县人民服务50年”写进了思"
        "想汇报。此后多年，虽然有过离开佳县到大医院工作甚至返回北京的机会，但她最终都选择坚守初心。1983年，路生梅在佳县"
        "人民医院创办儿科，成为首任儿科主任，从写病历开始，手把手培养儿科医生、儿科护士。",
        {"路生梅": ()},
        {"佳县人民医院"},
        {"佳县", "北京"},
    ),
    _c(  # xwlb 20241018
        "中共中央政治局常委、国务院总理李强作出批示指出，要深入贯彻党中央决策部署和习近平总书记重要指示精神，牢记使命担当，"
        "聚焦国家战略，搭建多层次、立体化、高效率的资源回收再利用体系，落实新一轮大规模设备更新和消费品以旧换新行动，建设世"
        "界一流资源循环再利用产业集团，为保障国家资源安全、推动经济社会高质量发展作出贡献。",
        {"李强": ("中共中央政治局常委", "国务院总理"), "习近平": ("总书记",)},
        {"中共中央政治局", "党中央", "国务院"},
        set(),
    ),
    _c(  # xwlb 20241017
        "习近平总书记考察的第一站来到漳州市东山县澳角村，这里三面临海，近年来走出一条以海兴村、以海强村的新路子。总书记步行"
        "察看了澳角湾海域环境和村容村貌，详细了解海鲜干货和渔获产品交易情况。2001年，时任福建省省长的习近平曾来到澳角村"
        "调研。",
        {"习近平": ("总书记", "福建省省长")},
        set(),
        {"东山县", "漳州市", "澳角村", "澳角湾", "福建省"},
    ),
    _c(  # xwlb 20250913
        "美国犹他州州长考克斯和联邦调查局局长帕特尔12日证实，涉嫌枪杀美国知名保守派活动人士查理·柯克的嫌疑人已被捕。嫌疑"
        "人为22岁的犹他州华盛顿县居民泰勒·罗宾逊，其作案动机尚不清楚。考克斯还说，政治暴力犯罪正在全美蔓延。据媒体援引马"
        "里兰大学相关数据研究结果称，今年前6个月，美国已发生约150起带有政治动机的袭击事件，几乎是去年同期的两倍。",
        {"考克斯": ("美国犹他州州长",), "帕特尔": ("联邦调查局局长",), "查理·柯克": (), "泰勒·罗宾逊": ()},
        {"联邦调查局", "马里兰大学"},
        None,
    ),
    _c(  # xwlb 20241214
        "龙利村是西双版纳勐海县的一个边境村，这段时间，只有60户居民的村寨每天都要迎来几百名的全国游客。而在过去，因为一条"
        "江的阻隔，龙利村与外界少有联系。为了改变像龙利村这样的偏远抵边村寨的面貌，近年来，云南聚焦8个边境州、25个边境县"
        "，推进边疆党建长廊建设，鼓励在外人才返乡建村。就是在这项政策的倡导下，“80后”党员玉儿囡回到龙利村，担任了党支部"
        "书记。",
        {"玉儿囡": ()},
        set(),
        {"云南", "勐海县", "西双版纳", "龙利村"},
    ),
    _c(  # xwlb 20240620
        "福建龙岩市武平县调度应急管理、交通等多方力量赶赴受灾点，调动冲锋舟、橡皮艇、救生衣等防汛抢险设备物资，以及挖掘机、"
        "铲车等大型运输设备近300辆投入应急救援。截至今天（6月20日）12时，武平县已转移避险群众6.8万多人。",
        {},
        set(),
        {"武平县", "福建", "龙岩市"},
    ),
    _c(  # xwlb 20241230
        "各地年货大集纷纷拉开帷幕。在安徽蚌埠怀远县，年货集市上各类商品琳琅满目，麻油香醋、山羊肉等当地知名农产品吸引了众多"
        "市民前来选购；在福建漳州，“游乡村、促消费”特色集市上，畲家乌米粽、华安柑橘土特产等，为市民游客提供“一站式”的消"
        "费新选择。在吉林集安，冰雪嘉年华将冰雪运动与农村大集相结合，人们在品美食、办年货的同时，还能体验滑雪圈、骑冰上自行"
        "车等各种冰雪娱乐项目。",
        {},
        set(),
        {"华安", "吉林", "安徽", "怀远县", "漳州", "福建", "蚌埠", "集安"},
    ),
    _c(  # xwlb 20240630
        "据美国媒体29日报道，美国亚利桑那州马里科帕县27日燃起山火并持续蔓延，过火面积达到近15平方公里，大量居民被疏散"
        "。消防人员称由于高温天气等，山火有进一步蔓延的风险。据当地官员称，初步调查显示这起山火是人为导致的，具体原因仍有待"
        "调查。29日，美国加利福尼亚州萨克拉门托的一场山火也在继续蔓延，部分居民接到了疏散令。",
        {},
        set(),
        {"亚利桑那州", "加利福尼亚州", "美国", "萨克拉门托", "马里科帕县"},
    ),
    _c(  # xwlb 20241013
        "央视网消息（新闻联播）：以色列国防军12日称，过去24小时内，以军通过炮击和空袭摧毁了200多个黎巴嫩真主党军事目"
        "标，打死50名黎真主党成员。黎巴嫩公共卫生部当天说，以军当天对黎巴嫩西部马萨拉地区、南部巴贾镇、北部代尔比拉镇等多"
        "地发动袭击，造成约20人死亡、数十人受伤。",
        {},
        None,
        {"代尔比拉镇", "巴贾镇", "马萨拉", "黎巴嫩"},
    ),
    _c(  # xwlb 20241209
        "央视网消息（新闻联播）：中央宣传部日前授予单杏花“时代楷模”称号。单杏花是中国铁道科学研究院集团有限公司首席研究员"
        "，她致力于我国铁路客票系统研发20余年，主持铁路运输组织、旅客服务、收益管理理论和技术研究，带领团队将12306系"
        "统建设成为全球交易量领先的超大型实时票务系统，为我国铁路数字化、智能化发展作出了突出贡献。今晚（12月9日），总台"
        "央视综合频道播出的《时代楷模发布厅》栏目将讲述她的先进事迹。",
        {"单杏花": ()},
        None,
        set(),
    ),
    _c(  # xwlb 20241203
        "在西藏期间，班禅先后前往拉萨市南山公园绿化工程实施地、日喀则经济开发区、里孜口岸等地考察调研，了解社会主义现代化新"
        "西藏的建设发展情况，参观红色教育基地扎东特委旧址。班禅还走访那曲索县特困人员集中供养服务中心，日喀则仲巴县亚热乡、"
        "林芝察隅县下察隅镇农户，了解群众生产生活状况。",
        {"班禅": ()},
        {"那曲索县特困人员集中供养服务中心"},
        {
            "下察隅镇",
            "亚热乡",
            "仲巴县",
            "南山公园",
            "察隅县",
            "扎东特委旧址",
            "拉萨市",
            "日喀则",
            "日喀则经济开发区",
            "林芝",
            "西藏",
            "里孜口岸",
        },
    ),
    _c(  # xwlb 20250925
        "丁薛祥来到湖南中电星河电子有限公司，调研北斗产业发展和规模应用情况。他指出，北斗是我国自主研发的国之重器，要集中力"
        "量攻克关键技术难题，推动北斗与卫星互联网协同发展，加快北斗成果转化运用，促进北斗与人工智能、低空经济等深度融合，广"
        "泛进入重点行业领域，推进规模应用积厚成势。",
        {"丁薛祥": ()},
        {"湖南中电星河电子有限公司"},
        set(),
    ),
    _c(  # xwlb 20250911
        "践行大食物观，我国正在充分利用各种水域资源，科学有序发展内陆大水面增养殖。眼下，新疆、宁夏等西部省份突破养殖技术限"
        "制，让海鲜在内陆“安家”。在宁夏盐池县的一处南美白对虾养殖基地，技术人员在盐碱地上成功“复刻”海水环境，实现鲜活对"
        "虾本土化养殖。",
        {},
        set(),
        {"宁夏", "新疆", "盐池县"},
    ),
    _c(  # xwlb 20241219
        "12月18日，中绿电若羌400万千瓦光伏项目成功并网。该项目是我国单体装机规模最大的“沙戈荒”光伏项目，地处塔克拉"
        "玛干沙漠东南缘的新疆若羌县，可有效防风固沙。投运后，预计每年发电69亿度，可满足200万户家庭一年使用，减排二氧化"
        "碳超571万吨。",
        {},
        None,
        {"塔克拉玛干沙漠", "新疆", "若羌", "若羌县"},
    ),
    _c(  # xwlb 20250908
        "在且末县一望无际的沙漠里，今年新长出了好几块绿洲，这上面都长着即将收获的玉米。在沙漠里种玉米，过去对种粮大户李文宾"
        "来说是想都不敢想的。",
        {"李文宾": ()},
        set(),
        {"且末县"},
    ),
    _c(  # xwlb 20250915
        "央视网消息（新闻联播）：记者今天（9月15日）从国铁集团获悉，铁路国庆中秋假期运输自9月29日开始，至10月10日"
        "结束，为期12天，预计全国铁路共发送旅客2.19亿人次，10月1日为客流最高峰日。",
        {},
        {"国铁集团", "央视网"},
        set(),
    ),
    _c(  # xwlb 20250905
        "国家卫生健康委等三部门发布通知，要求各地组建多层次巡回医疗队伍，固定巡回医疗频次，实现常态化巡回医疗在资源薄弱县全"
        "覆盖。京津沪等地要将服务延伸至相关省份及远郊地区。巡回医疗不仅限于诊疗，还要包括医务人员培训、提升急诊急救能力等内"
        "容。",
        {},
        {"国家卫生健康委"},
        None,
    ),
    _c(  # xwlb 20240625
        "中国人民银行、国务院国资委、北京市、湖南省、陕西省、深圳市、中国科学院大连化学物理研究所、清华大学、中国国家铁路集"
        "团有限公司、长三角国家技术创新中心有关负责同志作交流发言。全国科技大会代表、两院院士大会代表参加会议。",
        {},
        {
            "中国人民银行",
            "中国国家铁路集团有限公司",
            "中国科学院大连化学物理研究所",
            "国务院国资委",
            "清华大学",
            "长三角国家技术创新中心",
        },
        {"北京市", "深圳市", "湖南省", "陕西省"},
    ),
    _c(  # xwlb 20241015
        "首家落户雄安新区中央企业总部——中国卫星网络集团有限公司日前投入使用。中国星网集团成立于2021年4月，是首家注册"
        "落户雄安新区的中央企业。截至目前，央企在雄安设立各类机构近300家。",
        {},
        {"中国卫星网络集团有限公司", "中国星网集团"},
        {"雄安", "雄安新区"},
    ),
    _c(  # xwlb 20241218
        "2024北京接诉即办改革论坛今天（12月18日）开幕，设置主论坛和多场平行论坛、配套展示等，发布城市治理研究系列成"
        "果。国内外嘉宾走进12345市民热线服务中心和社区，实地了解北京在超大城市治理中的探索。由中央广播电视总台拍摄的纪"
        "录电影《您的声音》举行了首映式，通过真实人物、真实经历，展现北京深化接诉即办改革的创新实践。",
        {},
        {"12345市民热线服务中心", "中央广播电视总台"},
        {"北京"},
    ),
    _c(  # xwlb 20241003
        "黑龙江省秋收面积已经超3000万亩。今年的秋粮生产中，黑龙江围绕稳粮增豆，推广大垄密植栽培技术5100多万亩和水肥"
        "一体化技术212万亩，分别比上年增加1600多万亩和160多万亩。在北大荒集团赵光农场，根据农技人员实收测定，每个"
        "植株大概有32到35个豆荚。",
        {},
        {"北大荒集团赵光农场"},
        {"黑龙江", "黑龙江省"},
    ),
    _c(  # xwlb 20240603
        "央视网消息（新闻联播）：据日本气象厅消息，日本石川县能登半岛今天（6月3日）清晨发生里氏6.0级地震，震源深度14"
        "公里。石川县轮岛市和珠洲市震感最强烈。据当地媒体报道，地震已造成2人受伤，5栋房屋倒塌，部分新干线线路一度停运。这"
        "次地震后不久，能登半岛近海海域和能登地方富山湾先后发生4.8级和3.7级地震。1月1日，能登半岛发生7.6级地震并"
        "引发海啸，截至５月28日，已造成260人死亡。",
        {},
        {"央视网", "日本气象厅"},
        {"富山湾", "日本", "珠洲市", "石川县", "能登", "能登半岛", "轮岛市"},
    ),
    _c(  # xwlb 20241225
        "推动渠相通、路相连，提升农业生产效率。入冬以来，江西各地加快推进209万亩高标准农田建设任务。高安市持续推动塘、池"
        "、库、渠网状相连，不断完善农田水利基础设施条件。广西宾阳县正加快推动田间道路、土地平整、土壤改良等工程建设。今年，"
        "国家通过增发国债、中央财政补助、中央预算内投资支持广西高标准农田建设162万亩。目前，广西已经完成建设超146万亩"
        "。",
        {},
        set(),
        {"宾阳县", "广西", "江西", "高安市"},
    ),
    _c(  # xwlb 20250927
        "国务委员、中央代表团副团长谌贻琴带领四分团考察了克拉玛依市新疆油田公司勘探开发研究院、自治区人民医院克拉玛依医院、"
        "中国石油大学（北京）克拉玛依校区、南苑·南泉社区、市文体中心和兵团第七师胡杨河市，了解新疆70年来的巨大变化和伟大"
        "成就。",
        {"谌贻琴": ("国务委员", "中央代表团副团长")},
        {
            "中国石油大学（北京）克拉玛依校区",
            "中央代表团",
            "兵团第七师",
            "市文体中心",
            "新疆油田公司勘探开发研究院",
            "自治区人民医院克拉玛依医院",
        },
        {"克拉玛依市", "南苑·南泉社区", "新疆", "胡杨河市"},
    ),
    _c(  # xwlb 20241019
        "在甘肃定西鲁家沟镇，这个万亩马铃薯高产示范区在原来高标准农田的基础上，建设了引水上山工程，使过去的旱地用上了洮河水"
        "，产量增幅超过20%。",
        {},
        set(),
        {"定西", "洮河", "甘肃", "鲁家沟镇"},
    ),
]

# Scored once on 2026-12-01 at 9dd5303 (entity code as at 9dd5303), after the annotation was written and before any
# change: the clean estimate of the code as it stands on unseen 新闻联播 paragraphs, persons 0.861 (tp 31, fp 5, fn 5),
# person-title pairs 0.947 (36 / 2 / 2), organizations 0.810 (47 / 11 / 11), places 0.845 (82 / 16 / 14).  What was
# missed or wrong: names cut or missed (戚发轫 read 戚发, 查理·柯克 read 柯克, 倪来娣 after a quoted team's 负责人, 玉儿囡
# after “80后”党员, 单杏花 before 是 and in a quote's award), common words read as names (乌米粽, 赵光 of 赵光农场,
# 富山湾); 刘书记 linked to 刘树安 (a pair 书记); a body cut short of its unit (国家烟草专卖局吉林省局 for …烟叶管理处, 北大荒集团 for
# …赵光农场, 福特斯克金属集团 for …未来产业中心, 中国人民解放军 for …进军和田纪念馆, 市民热线服务中心 without 12345, a
# university without its bracketed city and campus, a hospital split in two), a verb run into a body (媒体援引马里兰大学),
# 兵团 units missed, 扎东特委 read as a body, 数据集团 read as a body; places: a foreign county split (马里 + 科帕县), a
# province run into its city (吉林集安), 地区 kept on a region (马萨拉地区), a town's first character read into its county
# (察隅镇 for 下察隅镇), 部分新干线, common words (临海, 东南缘, 沙戈荒, 南美 of 南美白对虾), villages read from a slogan (以海兴村、
# 以海强村), places inside a body's name (那曲, 索县, 北京 and 克拉玛依 of the university); missed: 景宁, 能登, 能登半岛, 富山湾,
# 里孜口岸, 扎东特委旧址, 若羌 of a project's name, 洮河 of 洮河水, 南苑·南泉社区.  Floors at those clean figures.
# The round of fixes after it (at 8779fc1, no longer clean: its errors were looked at): persons 0.944 (34 / 2 / 2),
# pairs 0.987 (38 / 1 / 0), organizations 0.864 (51 / 9 / 7), places 0.911 (87 / 8 / 9).  Left: 单杏花 and 玉儿囡 (no
# post right before them), 乌米粽 and 富山湾 read as persons; (刘树安, 书记) from 刘书记 (the same man: the annotation
# may be too strict, as 习主席 beside 习近平 gives 主席); bodies: 中国人民解放军 for …进军和田纪念馆,
# 国家烟草专卖局吉林省局 for …烟叶管理处, 福特斯克金属集团 for …未来产业中心, 12345 left off, the university's campus
# and the branch hospital split, 那曲索县特困人员集中供养服务中心 missed, 扎东特委 and 数据集团; places: 景宁 (the
# segmenter's name), 能登, 能登半岛, 富山湾, 洮河, 里孜口岸, 若羌 of the project, 南苑·南泉社区, 临海 of 三面临海,
# 海兴村 and 海强村 of a slogan, 南美 of 南美白对虾, 那曲, 索县 and 北京, 克拉玛依 inside bodies' names.  扎东特委旧址
# was annotated a place, where batch 9 left 东江工农红军总指挥部旧址 out of its places: the convention for a former site
# is not settled.
# A second round (at 71c6f5c, not clean): persons 0.971 (34 / 0 / 2), pairs 0.987 (38 / 1 / 0), organizations 0.864
# (51 / 9 / 7), places 0.944 (93 / 8 / 3), from general geography the gazetteer now holds and finds on the segmenter's
# word boundaries (能登, 能登半岛, 富山湾, 洮河, 里孜口岸; 富山湾 no longer a person), autonomous counties by their bare
# name (景宁) and foods read as persons (乌米粽).  Left: 单杏花, 玉儿囡, (刘树安, 书记); the bodies as before; places:
# 临海 of 三面临海, 海兴村 and 海强村 of a slogan, 南美 of 南美白对虾, 那曲 and 索县 inside the missed service centre,
# 北京 and 克拉玛依 inside the university's name, 若羌 of the project, 南苑·南泉社区, 扎东特委旧址.
BATCH15_FLOORS = {"persons": 0.861, "person_titles": 0.947, "orgs": 0.81, "places": 0.845}


@pytest.fixture(scope="module")
def batch15_tallies() -> dict[str, Tally]:
    return score_cases(BATCH15_CASES)


@pytest.mark.parametrize("kind", sorted(BATCH15_FLOORS))
def test_batch15_score_above_floor(batch15_tallies: dict[str, Tally], kind: str) -> None:
    assert_floor(f"batch 15 {kind}", batch15_tallies[kind], BATCH15_FLOORS[kind])
