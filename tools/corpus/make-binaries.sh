#!/usr/bin/env bash
# Regenerates the committed corpus and test fixtures from our own sources with LibreOffice (headless) and fonts-noto-cjk.
# Tests never run this: they read the committed output. Usage: tools/corpus/make-binaries.sh (from anywhere).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="$here/sources"
corpus="$root/corpus"
tests="$root/tests/OpsKnowledge.Ingest.Tests"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private profile keeps LibreOffice from touching (or waiting on) a user's running instance.
lo() { libreoffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }

mkdir -p "$corpus" "$tests/Html/Fixtures" "$tests/Pdf/Fixtures" "$tests/Docx/Fixtures" "$tests/Consistency/Fixtures"

# HTML: a clean page, a scraped page with site furniture, and a GBK page whose meta says utf-8 (it lies).
cp "$src/canyin-mendian-yunying-tisheng.html" "$corpus/"
cp "$src/wenlv-jingqu-zhihui-yunying.scraped.html" "$corpus/wenlv-jingqu-zhihui-yunying.html"
iconv -f UTF-8 -t GBK "$src/wuliu-yuanqu-niandu-jihua.gbk.src.html" > "$corpus/wuliu-yuanqu-niandu-jihua.htm"
cp "$corpus/wenlv-jingqu-zhihui-yunying.html" "$corpus/wuliu-yuanqu-niandu-jihua.htm" "$tests/Html/Fixtures/"
cp "$src/canyin-mendian-yunying-tisheng.html" "$tests/Html/Fixtures/"

# PDF: a table running over two pages, a two-column layout (flat ODT: HTML import has no columns).
lo --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$work" "$src/yiyuan-houqin-yitihua-fuwu.html"
lo --convert-to pdf --outdir "$work" "$src/wuye-fuwu-niandu-jihua.twocolumn.fodt"
cp "$work/yiyuan-houqin-yitihua-fuwu.pdf" "$corpus/"
cp "$work/wuye-fuwu-niandu-jihua.twocolumn.pdf" "$corpus/wuye-fuwu-niandu-jihua.pdf"
cp "$corpus/yiyuan-houqin-yitihua-fuwu.pdf" "$corpus/wuye-fuwu-niandu-jihua.pdf" "$tests/Pdf/Fixtures/"

# DOCX from HTML: merged cells (rowspan/colspan) and a plain plan.
lo --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$src/canyin-mendian-yunying-tisheng.html"
cp "$src/wuliu-yuanqu-niandu-jihua.gbk.src.html" "$work/wuliu-yuanqu-niandu-jihua.html"
lo --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/wuliu-yuanqu-niandu-jihua.html"
cp "$work/canyin-mendian-yunying-tisheng.docx" "$work/wuliu-yuanqu-niandu-jihua.docx" "$corpus/"
cp "$corpus/canyin-mendian-yunying-tisheng.docx" "$tests/Docx/Fixtures/"

# DOCX built by hand with OpenXml: automatic numbering, merged cells, a text box and a footnote.
dotnet run --project "$here/DocxFixtureGenerator" -- "$corpus/chongdianzhan-yunying-fangan.docx"
cp "$corpus/chongdianzhan-yunying-fangan.docx" "$tests/Docx/Fixtures/"

# Consistency: one plan written in Markdown, rendered to HTML, then to DOCX and PDF.
cons="$here/consistency"
python3 "$here/md_to_html.py" "$cons/shequ-yanglao-yunying-fangan.md" "$work/shequ-yanglao-yunying-fangan.html"
lo --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$work" "$work/shequ-yanglao-yunying-fangan.html"
lo --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/shequ-yanglao-yunying-fangan.html"
cp "$cons/shequ-yanglao-yunying-fangan.md" "$work"/shequ-yanglao-yunying-fangan.{html,pdf,docx} "$tests/Consistency/Fixtures/"
cp "$work/shequ-yanglao-yunying-fangan.pdf" "$corpus/"

# Bad inputs: truncated PDF, random bytes, a page with no text layer (image only), an empty page, encrypted, a non-zip DOCX.
head -c 2500 "$corpus/yiyuan-houqin-yitihua-fuwu.pdf" > "$tests/Pdf/Fixtures/truncated.pdf"
head -c 4096 /dev/urandom > "$tests/Pdf/Fixtures/random-bytes.pdf"
head -c 4096 /dev/urandom > "$tests/Docx/Fixtures/random-bytes.docx"
printf '这不是一个Word文件，只是被改了扩展名的纯文本。\n' > "$tests/Docx/Fixtures/plain-text.docx"
python3 "$here/make_png.py" "$work/scan.png"
printf '<html><body><p><img src="scan.png" width="600" height="300"></p></body></html>\n' > "$work/scanned.html"
lo --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$work" "$work/scanned.html"
cp "$work/scanned.pdf" "$tests/Pdf/Fixtures/scanned-image-only.pdf"
printf '<html><body></body></html>\n' > "$work/empty-page.html"
lo --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$work" "$work/empty-page.html"
cp "$work/empty-page.pdf" "$tests/Pdf/Fixtures/"
cp "$src/canyin-mendian-yunying-tisheng.html" "$work/encrypted.html"
lo --infilter="HTML (StarWriter)" --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"opsk"}}' --outdir "$work" "$work/encrypted.html"
cp "$work/encrypted.pdf" "$tests/Pdf/Fixtures/"
ls -la "$corpus" "$tests"/*/Fixtures
