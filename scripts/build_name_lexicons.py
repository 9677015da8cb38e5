#!/usr/bin/env python3
"""Build etl/entities/data/places.txt: division names (full and short) from the cpca gazetteer plus a curated list."""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = re.compile(
    r"(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|地区|新区|省|市|区|县|旗|盟)$"
)
# Places that are not administrative divisions, and countries/regions the news names often.
CURATED = """
中国 美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 波兰 奥地利
希腊 土耳其 伊朗 伊拉克 叙利亚 以色列 巴勒斯坦 沙特 沙特阿拉伯 阿联酋 卡塔尔 埃及 印度 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔
越南 老挝 柬埔寨 泰国 缅甸 马来西亚 新加坡 印度尼西亚 印尼 菲律宾 蒙古 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦
土库曼斯坦 阿富汗 澳大利亚 新西兰 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 古巴 委内瑞拉 哥伦比亚 南非 尼日利亚 埃塞俄比亚
肯尼亚 坦桑尼亚 阿尔及利亚 摩洛哥 乌克兰 白俄罗斯 塞尔维亚 匈牙利 捷克 罗马尼亚 保加利亚 爱尔兰 冰岛 欧洲 亚洲 非洲
美洲 拉美 北美 南美 中东 东南亚 中亚 南亚 西亚 东亚 大洋洲 太平洋 大西洋 印度洋 北极 南极 亚太 欧亚 亚欧
大湾区 粤港澳大湾区 长三角 珠三角 京津冀 长江 黄河 珠江 淮河 太湖 洞庭湖 鄱阳湖 巢湖 滇池 西湖 青海湖 松山湖 阳澄湖
泰山 黄山 华山 峨眉山 武夷山 长白山 天山 昆仑山 喜马拉雅山 珠穆朗玛峰 秦岭 大别山 井冈山 延安 西柏坡 雄安 雄安新区
浦东 浦东新区 滨海新区 两江新区 中关村 陆家嘴 前海 横琴 南沙 海南自由贸易港 香港 澳门 台湾 台湾地区 内地 大陆
长江经济带 黄河流域 东北 西北 西南 华北 华东 华南 华中 江南 江北 苏南 苏北 苏州 无锡 常州 武进 金坛 溧阳 新北 天宁
钟楼 北京 上海 天津 重庆 深圳 东莞 广州 杭州 南京 成都 武汉 西安 长沙 郑州 济南 青岛 厦门 福州 合肥 南昌 昆明
贵阳 南宁 海口 三亚 拉萨 乌鲁木齐 兰州 西宁 银川 呼和浩特 哈尔滨 长春 沈阳 大连 石家庄 太原
""".split()


def build(cpca: Path) -> list[str]:
    names: set[str] = set(CURATED)
    with cpca.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            names.add(name)
            short = SUFFIX.sub("", name)
            if len(short) >= 2 and short != name:
                names.add(short)
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cpca", type=Path, default=ROOT.parent / "shared/ner/gazetteer/cpca_adcodes.csv")
    parser.add_argument("--out", type=Path, default=ROOT / "etl/entities/data/places.txt")
    args = parser.parse_args()
    names = build(args.cpca)
    args.out.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} place names -> {args.out}")


if __name__ == "__main__":
    main()
