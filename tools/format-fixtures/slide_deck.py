#!/usr/bin/env python3
"""Writes our slide deck (from the charging-station plan in corpus/) as flat ODP; LibreOffice turns it into .pptx/.ppt/.odp/.dps."""
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1]

def title(t, y="1cm"):
    return (f'<draw:frame presentation:class="title" svg:x="1cm" svg:y="{y}" svg:width="23cm" svg:height="2.5cm">'
            f'<draw:text-box><text:p>{escape(t)}</text:p></draw:text-box></draw:frame>')

def box(lines, y="4cm", cls=None):
    attr = f' presentation:class="{cls}"' if cls else ''
    paras = ''.join(f'<text:p>{escape(l)}</text:p>' for l in lines)
    return f'<draw:frame{attr} svg:x="1cm" svg:y="{y}" svg:width="23cm" svg:height="10cm"><draw:text-box>{paras}</draw:text-box></draw:frame>'

def bullets(items, y="4cm"):
    li = ''.join(f'<text:list-item><text:p>{escape(i)}</text:p></text:list-item>' for i in items)
    return (f'<draw:frame presentation:class="outline" svg:x="1cm" svg:y="{y}" svg:width="23cm" svg:height="10cm">'
            f'<draw:text-box><text:list>{li}</text:list></draw:text-box></draw:frame>')

def cell(t, cols=1, rows=1):
    a = (f' table:number-columns-spanned="{cols}"' if cols > 1 else '') + (f' table:number-rows-spanned="{rows}"' if rows > 1 else '')
    return f'<table:table-cell{a}><text:p>{escape(t)}</text:p></table:table-cell>'

def table(rows, ncols, y="4cm"):
    body = ''.join('<table:table-row>' + ''.join(r) + '</table:table-row>' for r in rows)
    return (f'<draw:frame svg:x="1cm" svg:y="{y}" svg:width="23cm" svg:height="6cm"><table:table>'
            f'<table:table-column table:number-columns-repeated="{ncols}"/>{body}</table:table></draw:frame>')

def notes(t):
    return (f'<presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" svg:width="17cm" svg:height="10cm">'
            f'<draw:text-box><text:p>{escape(t)}</text:p></draw:text-box></draw:frame></presentation:notes>')

def slide(name, *content):
    return f'<draw:page draw:name="{name}" draw:master-page-name="Default">' + ''.join(content) + '</draw:page>'

covered = '<table:covered-table-cell/>'
slides = [
    slide("p1", title("新能源汽车充电站网络运营方案", "5cm"), box(["城市公共充电网络年度运营汇报"], "9cm", "subtitle")),
    slide("p2", title("运营目标"),
          bullets(["全年充电量不低于4200万千瓦时。", "单桩日均利用率达到15%以上。", "充电桩可用率保持在98%以上，故障桩平均修复时间不超过24小时。"]),
          notes("利用率目标按全年平均口径计算，节假日高峰不单独考核。")),
    slide("p3", title("年度指标分解"),
          table([[cell("类别"), cell("指标"), cell("上半年目标"), cell("全年目标")],
                 [cell("经营", rows=2), cell("单桩日均利用率"), cell("12%"), cell("15%")],
                 [covered, cell("充电量"), cell("1800万千瓦时"), cell("4200万千瓦时")],
                 [cell("服务"), cell("充电桩可用率"), cell("98%"), cell("98%")]], 4),
          notes("充电量按结算系统口径统计。")),
    slide("p4", title("保障措施"),
          bullets(["建立站长负责制，按周复盘站点运营数据。", "与电网公司建立故障联动机制。"]),
          box(["数据来源：运营平台月度报表"], "15cm")),
]

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:meta><dc:title>新能源汽车充电站网络运营方案</dc:title></office:meta>
<office:master-styles><style:master-page style:name="Default"/></office:master-styles>
<office:body><office:presentation>
{''.join(slides)}
</office:presentation></office:body></office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)
