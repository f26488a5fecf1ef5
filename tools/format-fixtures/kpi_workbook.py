#!/usr/bin/env python3
"""Writes our KPI workbook (from the logistics-park plan in corpus/) as flat ODS; LibreOffice turns it into .xlsx/.xls/.ods/.et."""
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1]

def text(t, style=None, cols=1, rows=1):
    attrs = f' table:style-name="{style}"' if style else ''
    if cols > 1: attrs += f' table:number-columns-spanned="{cols}"'
    if rows > 1: attrs += f' table:number-rows-spanned="{rows}"'
    return f'<table:table-cell office:value-type="string"{attrs}><text:p>{escape(t)}</text:p></table:table-cell>'

def num(v, style, shown, kind="float"):
    return f'<table:table-cell table:style-name="{style}" office:value-type="{kind}" office:value="{v}"><text:p>{escape(shown)}</text:p></table:table-cell>'

def covered(n=1):
    return f'<table:covered-table-cell table:number-columns-repeated="{n}"/>' if n > 1 else '<table:covered-table-cell/>'

def empty(n=1):
    return f'<table:table-cell table:number-columns-repeated="{n}"/>' if n > 1 else '<table:table-cell/>'

def row(*cells):
    return '<table:table-row>' + ''.join(cells) + '</table:table-row>'

blank = row(empty())

def pct(v): return num(v, "cePct", f"{round(v*100)}%", "percentage")
def pct1(v): return num(v, "cePct1", f"{v*100:.1f}%", "percentage")
def wan(v): return num(v, "ceWan", f"{v:,}万元")
def hours(v): return num(v, "ceHour", f"{v:.1f}小时")
def points(v): return num(v, "cePoint", f"{v}分")

sheet1 = [
    row(text("智慧物流园区2025年度经营指标", "ceTitle", cols=4), covered(3)),
    blank,
    row(text("一、运营指标")),
    row(text("指标"), text("2024年实际"), text("2025年目标"), text("牵头部门")),
    row(text("仓储出租率"), pct(0.87), pct(0.93), text("招商部")),
    row(text("车辆在园停留时间"), hours(2.6), hours(1.8), text("运营调度部")),
    row(text("客户满意度"), points(86), points(90), text("客户服务部")),
    row(text("装卸作业准时率"), pct1(0.912), pct1(0.965), text("运营调度部")),
    blank,
    row(text("二、财务指标")),
    row(text("指标"), text("2024年实际"), text("2025年目标"), text("牵头部门")),
    row(text("营业收入"), wan(12600), wan(15000), text("财务部")),
    row(text("单位面积运营成本"), num(86.5, "ceYuan", "86.50元/平方米"), num(79, "ceYuan", "79.00元/平方米"), text("财务部")),
    row(text("注：财务指标按园区合并口径统计，不含代收代付款项。", cols=4), covered(3)),
]

sheet2 = [
    row(text("指标", rows=2), text("2025年季度目标", cols=4), covered(3)),
    row(covered(), text("一季度"), text("二季度"), text("三季度"), text("四季度")),
    row(text("仓储出租率"), pct(0.89), pct(0.91), pct(0.92), pct(0.93)),
    row(text("客户满意度"), points(87), points(88), points(89), points(90)),
]

sheet3 = [
    row(text("风险名称"), text("风险等级"), text("应对措施")),
    row(text("大客户集中退租"), text("高"), text("提前六个月启动续约谈判，储备替补客户")),
    row(text("调度平台上线延期"), text("中"), text("分两期上线，保留人工调度预案")),
]

hidden = [row(text("部门清单")), row(text("招商部")), row(text("财务部"))]

def table(name, rows, style="ta1", cols=5):
    return (f'<table:table table:name="{name}" table:style-name="{style}"><table:table-column table:number-columns-repeated="{cols}"/>'
            + ''.join(rows) + '</table:table>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>智慧物流园区2025年度经营指标</dc:title></office:meta>
<office:styles>
 <number:percentage-style style:name="NPct"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <number:percentage-style style:name="NPct1"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <number:number-style style:name="NWan"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text>万元</number:text></number:number-style>
 <number:number-style style:name="NHour"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>小时</number:text></number:number-style>
 <number:number-style style:name="NPoint"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>分</number:text></number:number-style>
 <number:number-style style:name="NYuan"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>元/平方米</number:text></number:number-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>
 <style:style style:name="cePct" style:family="table-cell" style:data-style-name="NPct"/>
 <style:style style:name="cePct1" style:family="table-cell" style:data-style-name="NPct1"/>
 <style:style style:name="ceWan" style:family="table-cell" style:data-style-name="NWan"/>
 <style:style style:name="ceHour" style:family="table-cell" style:data-style-name="NHour"/>
 <style:style style:name="cePoint" style:family="table-cell" style:data-style-name="NPoint"/>
 <style:style style:name="ceYuan" style:family="table-cell" style:data-style-name="NYuan"/>
 <style:style style:name="ceTitle" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
{table("年度指标", sheet1)}
{table("季度分解", sheet2)}
{table("风险清单", sheet3)}
{table("部门清单", hidden, "taHidden", 1)}
</office:spreadsheet></office:body></office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)
