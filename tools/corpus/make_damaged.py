#!/usr/bin/env python3
"""Writes the two damaged corpus documents from clean text of our own (fictional plans), so that `opsk demo` has repairs to show.

- corpus/shequ-zhangzhe-shitang-fangan.html: a page as a document-sharing site serves it: site furniture around the plan, and
  the plan converted to traditional characters with a pinyin annotation after each converted character (基礎(chǔ)).
- corpus/gongjiao-xianwang-youhua-jihua.txt: a plan saved in GBK; one section was pasted from an e-mail whose UTF-8 bytes had
  been read as GBK (mojibake), so it arrives as 鍏氦... inside an otherwise clean GBK file.

Usage: python3 tools/corpus/make_damaged.py   (from the repository root)
"""
import html
import pathlib

# Simplified → (traditional, pinyin in context) for the characters of the page below that a site converts.
SITE = {
    '区': ('區', 'qū'), '运': ('運', 'yùn'), '营': ('營', 'yíng'), '务': ('務', 'wù'), '项': ('項', 'xiàng'),
    '况': ('況', 'kuàng'), '适': ('適', 'shì'), '辖': ('轄', 'xiá'), '长': ('長', 'zhǎng'), '约': ('約', 'yuē'),
    '为': ('為', 'wéi'), '对': ('對', 'duì'), '标': ('標', 'biāo'), '总': ('總', 'zǒng'), '体': ('體', 'tǐ'),
    '满': ('滿', 'mǎn'), '关': ('關', 'guān'), '键': ('鍵', 'jiàn'), '现': ('現', 'xiàn'), '状': ('狀', 'zhuàng'),
    '检': ('檢', 'jiǎn'), '时': ('時', 'shí'), '单': ('單', 'dān'), '险': ('險', 'xiǎn'), '应': ('應', 'yìng'),
    '价': ('價', 'jià'), '涨': ('漲', 'zhǎng'), '风': ('風', 'fēng'), '过': ('過', 'guò'), '购': ('購', 'gòu'),
    '协': ('協', 'xié'), '议': ('議', 'yì'), '实': ('實', 'shí'), '骤': ('驟', 'zhòu'), '厨': ('廚', 'chú'),
    '设': ('設', 'shè'), '备': ('備', 'bèi'), '员': ('員', 'yuán'), '训': ('訓', 'xùn'), '练': ('練', 'liàn'),
    '质': ('質', 'zhì'), '量': ('量', 'liàng'), '费': ('費', 'fèi'), '补': ('補', 'bǔ'), '贴': ('貼', 'tiē'),
}

PAGE_TITLE = '社区长者食堂运营服务方案'
# (tag, text) blocks of the plan; tables as lists of rows.
PLAN = [
    ('h2', '一、项目概况'),
    ('p', '本方案适用于街道辖区内三家社区长者食堂，日均供餐约900份，服务对象为六十岁以上老人，其中高龄和独居老人约占三成。'),
    ('h2', '二、运营目标'),
    ('h3', '（一）总体目标'),
    ('p', '到2027年底，长者食堂日均供餐量由900份提高到1500份，用餐老人满意度不低于95%，送餐上门覆盖全部失能老人。'),
    ('h3', '（二）关键指标'),
    ('table', [['指标名称', '现状值', '目标值', '考核周期'],
               ['食品安全抽检合格率', '98%', '100%', '每月'],
               ['助餐配送准时率', '90%', '≥97%', '每月'],
               ['单份餐食成本', '14元', '≤12元', '每季度'],
               ['用餐老人满意度', '88%', '≥95%', '每半年']]),
    ('h2', '三、服务保障'),
    ('p', '每家食堂配备持证厨师两名、营养员一名，从业人员每季度参加一次食品安全培训和应急演练；厨房设备实行每日检查、每月保养。'),
    ('h2', '四、风险与应对'),
    ('p', '一是食材价格上涨风险，应通过集中采购和长期供货协议予以应对；二是补贴资金不到位风险，应通过议价和社会捐助予以应对。'),
    ('h2', '五、实施步骤'),
    ('p', '2026年6月底前完成三家食堂的厨房改造和设备更新；2026年12月底前上线助餐预约和配送管理系统。'),
]


def site_render(text: str) -> str:
    out = []
    for ch in text:
        if ch in SITE and SITE[ch][0] != ch:
            traditional, reading = SITE[ch]
            out.append(f'{traditional}({reading})')
        else:
            out.append(ch)
    return ''.join(out)


def write_page(root: pathlib.Path) -> None:
    body = []
    for tag, content in PLAN:
        if tag == 'table':
            rows = []
            for i, row in enumerate(content):
                cell = 'th' if i == 0 else 'td'
                rows.append('<tr>' + ''.join(f'<{cell}>{html.escape(site_render(c))}</{cell}>' for c in row) + '</tr>')
            body.append('<table class="doc-table">\n' + '\n'.join(rows) + '\n</table>')
        else:
            body.append(f'<{tag}>{html.escape(site_render(content))}</{tag}>')
    page = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{site_render(PAGE_TITLE)} - 文档分享网 - 在线阅读</title>
</head>
<body>
<div class="topbar">欢迎来到文档分享网 | <a href="/login">登录</a> | <a href="/reg">注册</a> | <a href="/vip">开通VIP</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/c/fangan">方案</a></li><li><a href="/c/jihua">计划</a></li><li><a href="/app">下载APP</a></li></ul>
<div class="article">
<h1>{site_render(PAGE_TITLE)}</h1>
<div class="meta">上传时间：2026-03-02　　阅读：1128次　　下载：87次</div>
{chr(10).join(body)}
<div class="share">分享到：微信 微博 QQ空间</div>
</div>
<div class="footer">本站文档均由用户上传，仅供学习交流。版权所有 © 文档分享网　客服热线：400-000-0000</div>
</body>
</html>
'''
    (root / 'corpus' / 'shequ-zhangzhe-shitang-fangan.html').write_text(page, encoding='utf-8')


PLAN_TXT = '''城市公交线网优化年度运营计划（2026年）

一、基本情况
本公司运营公交线路86条，运营车辆1240辆，其中新能源车辆占比92%，日均客运量约41万人次。线网重复系数偏高，部分新建小区仍无公交直达。

二、年度目标
（一）总体目标
2026年完成线网优化调整线路18条，日均客运量由41万人次提高到45万人次，高峰时段平均候车时间由9分钟缩短至7分钟以内。
（二）服务指标
| 指标名称 | 现状值 | 目标值 | 考核周期 |
|---|---|---|---|
| 准点率 | 86% | ≥92% | 每月 |
| 乘客满意度 | 84分 | ≥90分 | 每半年 |
| 车辆完好率 | 95% | ≥98% | 每月 |
| 百公里能耗 | 62千瓦时 | ≤58千瓦时 | 每季度 |

三、重点工作
（一）线网调整
撤并重复线路5条，新开社区微循环线路6条，延伸至新建小区的线路7条，调整方案于每次实施前公示15天。
（二）智能调度
全部线路接入智能调度平台，根据实时客流动态调整发车间隔，高峰时段发车间隔不超过8分钟。
（三）驾驶员队伍
开展安全驾驶和文明服务培训，全年培训驾驶员不少于3000人次，有责投诉率下降20%。

四、风险与应对
线路调整可能引起部分乘客不便，应通过提前公示、设置过渡线路和现场引导予以应对；电价上涨将推高运营成本，应通过错峰充电予以应对。

五、进度安排
2026年3月底前完成线网优化方案论证；2026年9月底前完成第一批12条线路调整；2026年12月底前完成全部调整并开展效果评估。
'''

# The section that came through an e-mail: its UTF-8 bytes were shown as GBK and saved that way.
MOJIBAKE_SECTION = '（二）智能调度\n全部线路接入智能调度平台，根据实时客流动态调整发车间隔，高峰时段发车间隔不超过8分钟。\n'


def write_gbk_plan(root: pathlib.Path) -> None:
    damaged = MOJIBAKE_SECTION.encode('utf-8').decode('gbk', errors='replace')
    text = PLAN_TXT.replace(MOJIBAKE_SECTION, damaged)
    (root / 'corpus' / 'gongjiao-xianwang-youhua-jihua.txt').write_bytes(text.encode('gbk', errors='replace'))


if __name__ == '__main__':
    repo = pathlib.Path(__file__).resolve().parents[2]
    write_page(repo)
    write_gbk_plan(repo)
