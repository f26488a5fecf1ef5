#!/usr/bin/env python3
"""Marks the first text box of each slide as the title placeholder and notes text boxes as the notes body, as PowerPoint writes them.
LibreOffice saves our flat ODP's frames as plain text boxes; this gives the reader's placeholder path a fixture too."""
import re, sys, zipfile

src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if re.fullmatch(r"ppt/slides/slide\d+\.xml", item.filename):
            data = data.decode().replace('<p:cNvSpPr txBox="1"/><p:nvPr/>', '<p:cNvSpPr txBox="1"/><p:nvPr><p:ph type="title"/></p:nvPr>', 1).encode()
        elif re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", item.filename):
            data = data.decode().replace('<p:cNvSpPr txBox="1"/><p:nvPr/>', '<p:cNvSpPr txBox="1"/><p:nvPr><p:ph type="body" idx="1"/></p:nvPr>').encode()
        zout.writestr(item, data)
