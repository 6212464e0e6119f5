"""Our own seed material: bilingual sentence templates in the register of city international
communication centers, with slots filled from the lists below.

Each template is (English, Chinese). Slots are ``{city}`` (the same city on both sides),
``{city2}``, ``{year}``, ``{n}``/``{m}`` (counts), ``{pct}``, ``{k}`` (small counts),
``{month}``/``{day}``, ``{km}``, ``{person}``. A translator's pair keeps the facts, so slot
values are the same on both sides (the Chinese month is its number).
"""

from __future__ import annotations

CITIES: tuple[tuple[str, str], ...] = (
    ("Zhengzhou", "郑州"),
    ("Jinan", "济南"),
    ("Jinhua", "金华"),
    ("Chongqing", "重庆"),
    ("Hangzhou", "杭州"),
    ("Luoyang", "洛阳"),
    ("Quanzhou", "泉州"),
    ("Xi'an", "西安"),
    ("Kunming", "昆明"),
    ("Harbin", "哈尔滨"),
    ("Yiwu", "义乌"),
    ("Qingdao", "青岛"),
    ("Changsha", "长沙"),
    ("Nanning", "南宁"),
    ("Lanzhou", "兰州"),
    ("Suzhou", "苏州"),
)

PEOPLE: tuple[tuple[str, str], ...] = (
    ("Wang Li", "王丽"),
    ("Chen Hao", "陈浩"),
    ("Zhao Min", "赵敏"),
    ("Liu Yang", "刘洋"),
    ("Sun Jie", "孙杰"),
    ("Zhou Ning", "周宁"),
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

PAIRS: tuple[tuple[str, str], ...] = (
    (
        "In {year}, {city} welcomed {n} international visitors, up {pct} percent on a year ago.",
        "{year}年，{city}共接待入境游客{n}人次，同比增长{pct}%。",
    ),
    (
        "The {city} International Communication Center released {n} short videos in {k} languages.",
        "{city}国际传播中心以{k}种语言发布短视频{n}条。",
    ),
    (
        "More than {m} foreign journalists attended the press conference.",
        "{m}余名外国记者出席了新闻发布会。",
    ),
    (
        "Visitors can try tea ceremonies, paper cutting and shadow puppetry at the old market.",
        "游客可以在老集市体验茶艺、剪纸和皮影戏。",
    ),
    (
        "The exhibition runs until {month_en} {day} and admission is free.",
        "展览持续至{month}月{day}日，免费向公众开放。",
    ),
    (
        "Officials said the new rail line would cut the journey to {city2} to {k} hours.",
        "有关负责人表示，新线路开通后前往{city2}只需{k}小时。",
    ),
    (
        "Young people from {k} countries shared their stories of living and studying in {city}.",
        "来自{k}个国家的青年分享了他们在{city}学习和生活的故事。",
    ),
    (
        "The festival brought together artists, scholars and craftspeople from across the region.",
        "艺术节汇聚了来自各地的艺术家、学者和手工艺人。",
    ),
    (
        "Exports of new energy vehicles from {city} rose by {pct} percent in the first half.",
        "上半年，{city}新能源汽车出口同比增长{pct}%。",
    ),
    (
        "A foreign host took viewers through the old town and its busy night markets.",
        "一位外籍主播带领观众走进老城，逛遍热闹的夜市。",
    ),
    (
        "Since {year}, the center has opened {k} communication stations overseas.",
        "自{year}年以来，该中心已在海外设立{k}个传播站点。",
    ),
    (
        "Readers can scan the QR code to watch the full documentary.",
        "读者可扫描二维码观看完整纪录片。",
    ),
    (
        "The forum focused on cultural heritage, green development and digital trade.",
        "论坛聚焦文化遗产保护、绿色发展和数字贸易。",
    ),
    (
        "Why do so many travelers come back to {city} year after year?",
        "为什么这么多游客年复一年地回到{city}？",
    ),
    (
        "The photo contest received {n} entries from {k} countries and regions.",
        "摄影大赛共收到来自{k}个国家和地区的作品{n}幅。",
    ),
    (
        "Many of them said the city felt safe, convenient and friendly.",
        "许多人表示，这座城市安全、便利、友好。",
    ),
    (
        "The riverside park, which stretches for {km} kilometers, is a favorite with runners.",
        "绵延{km}公里的滨河公园深受跑步爱好者喜爱。",
    ),
    (
        "According to the municipal bureau of commerce, retail sales reached {m} billion yuan.",
        "据市商务局统计，全市社会消费品零售总额达{m}亿元。",
    ),
    (
        "The ceremony was streamed live in English, French, Spanish and Arabic.",
        "仪式以英语、法语、西班牙语和阿拉伯语进行网络直播。",
    ),
    (
        "Students from local universities volunteered as interpreters.",
        "本地高校学生志愿担任现场翻译。",
    ),
    (
        "The museum opened {k} new galleries this year, one of them on the ancient Silk Road.",
        "博物馆今年新开放{k}个展厅，其中一个以古丝绸之路为主题。",
    ),
    (
        "On {month_en} {day}, the first freight train of the year left {city} for Europe.",
        "{month}月{day}日，{city}今年首趟中欧班列鸣笛启程。",
    ),
    (
        "Farmers in the hills now sell their tea and fruit through livestreams.",
        "山区的农民如今通过直播销售茶叶和水果。",
    ),
    (
        "This story was written by {person}, a reporter with the center.",
        "本文作者{person}是该中心记者。",
    ),
    (
        "Tickets for the concert sold out within {k} minutes.",
        "音乐会门票在{k}分钟内售罄。",
    ),
    (
        "The stone bridge, built more than {k}00 years ago, is still in daily use.",
        "这座始建于{k}00多年前的石桥至今仍在使用。",
    ),
    (
        "Overseas users left more than {n} comments under the video.",
        "海外网友在视频下方留言超过{n}条。",
    ),
    (
        "The city plans to plant {n} trees along the new greenway by {year}.",
        "该市计划到{year}年沿新绿道种植{n}棵树。",
    ),
    (
        "Our reporters spent three days with a family of tea growers in the mountains.",
        "记者在山里的一户茶农家中蹲点采访了三天。",
    ),
    (
        "Ticket sales at {city}'s scenic spots exceeded {m} million yuan during the holiday.",
        "假期期间，{city}各景区门票收入超过{m}00万元。",
    ),
    (
        "The delegation also visited a robotics company and a vocational school.",
        "代表团还参观了一家机器人企业和一所职业学校。",
    ),
    (
        "“We want the world to see a real and lively {city},” said {person}.",
        "{person}说：“我们希望让世界看到一个真实、鲜活的{city}。”",
    ),
)

# Short title-like pairs (no final punctuation) for headings and bilingual titles.
TITLES: tuple[tuple[str, str], ...] = (
    ("{city} in Numbers", "数说{city}"),
    ("A Year of Open Doors", "开放的一年"),
    ("Stories from the Old Town", "老城故事"),
    ("Green Hills, Clear Waters", "绿水青山"),
    ("Made in {city}", "{city}制造"),
    ("Voices from Abroad", "海外之声"),
    ("On the Silk Road Again", "再走丝路"),
    ("Heritage in Our Hands", "非遗在身边"),
    ("The Night Economy", "夜经济"),
    ("Young Faces of {city}", "{city}青年说"),
)

# Figure captions (Chinese body documents): "图N" is added by the generator.
CAPTIONS: tuple[str, ...] = (
    "{city}老城夜景",
    "外籍主播在集市体验剪纸",
    "中欧班列从{city}出发",
    "滨河公园清晨跑步的市民",
    "摄影大赛获奖作品",
    "国际传播中心揭牌仪式现场",
)

# Table in the DOCX: (indicator, unit) rows; values are generated.
TABLE_ROWS: tuple[tuple[str, str], ...] = (
    ("入境游客", "万人次"),
    ("短视频发布量", "条"),
    ("海外平台粉丝数", "万"),
    ("外语网站访问量", "万次"),
    ("国际友好城市", "个"),
    ("海外传播站点", "个"),
    ("新闻发布会", "场"),
    ("外籍记者采访", "人次"),
    ("对外文化交流活动", "场"),
    ("多语种图书出版", "种"),
)
