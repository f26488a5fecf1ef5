"""Renders the consistency plan's Markdown (headings, paragraphs, pipe tables) as plain HTML for LibreOffice."""
import html, sys

def render(md: str, title: str) -> str:
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>',
           '<style>table{border-collapse:collapse} td,th{border:1px solid #000;padding:3px}</style></head><body>']
    lines = md.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line:
            i += 1
            continue
        if line.startswith('#'):
            level = len(line) - len(line.lstrip('#'))
            out.append(f'<h{level}>{html.escape(line[level:].strip())}</h{level}>')
            i += 1
        elif line.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                cells = [c.strip() for c in lines[i].strip().strip('|').split('|')]
                if not all(set(c) <= set('-: ') for c in cells):
                    rows.append(cells)
                i += 1
            out.append('<table border="1" cellpadding="3">')
            out.append('<thead><tr>' + ''.join(f'<th>{html.escape(c)}</th>' for c in rows[0]) + '</tr></thead><tbody>')
            for r in rows[1:]:
                out.append('<tr>' + ''.join(f'<td>{html.escape(c)}</td>' for c in r) + '</tr>')
            out.append('</tbody></table>')
        else:
            out.append(f'<p>{html.escape(line)}</p>')
            i += 1
    out.append('</body></html>')
    return '\n'.join(out) + '\n'

if __name__ == '__main__':
    src, dst = sys.argv[1], sys.argv[2]
    text = open(src, encoding='utf-8').read()
    title = next(l[2:].strip() for l in text.splitlines() if l.startswith('# '))
    open(dst, 'w', encoding='utf-8').write(render(text, title))
