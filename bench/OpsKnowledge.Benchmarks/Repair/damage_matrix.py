#!/usr/bin/env python3
"""Damage made outside .NET for `bench ... repair-matrix`.

Reads clean documents written by the benchmark (<name>.simplified.txt, <name>.traditional.txt,
<name>.site.txt) from IN_DIR and writes OUT_DIR/cells.jsonl: one line per (cell, document) with the
clean reference and the damaged text, as real decoders make it: python3 codecs with errors='replace'
or 'ignore', `iconv -c` from glibc, the C1 mapping Windows uses for undefined single-byte code points,
NBSP and C1 controls normalised by a copy through a browser, lost and inserted single bytes, 锟斤拷.

usage: damage_matrix.py IN_DIR OUT_DIR
"""
import codecs
import json
import os
import random
import subprocess
import sys
import zlib

SEED = 20261203

# Undefined bytes of a single-byte code page become the C1 control of the same value (what Windows' MultiByteToWideChar does).
codecs.register_error("c1", lambda e: ("".join(chr(b) for b in e.object[e.start:e.end]), e.end))

ICONV_NAMES = {
    "gbk": "GBK", "gb18030": "GB18030", "big5": "BIG5", "cp1252": "CP1252", "cp1250": "CP1250", "cp1251": "CP1251",
    "cp1254": "CP1254", "cp437": "CP437", "mac_roman": "MACINTOSH", "shift_jis": "SHIFT_JIS", "utf-8": "UTF-8",
    "latin-1": "ISO-8859-1",
}
SINGLE_WITH_GAPS = ["cp1252", "cp1250", "cp1251", "cp1254"]
SINGLE_FULL = ["latin-1", "cp437", "mac_roman"]
DOUBLE = ["gbk", "gb18030", "big5", "shift_jis"]
# Big5 has no ≤ ≥ ～; a Big5 document writes them as the forms Big5 has.
BIG5_FORMS = {"≤": "≦", "≥": "≧", "～": "~", "—": "－", "·": "‧"}


def big5_text(traditional):
    out = []
    for c in traditional:
        c = BIG5_FORMS.get(c, c)
        try:
            c.encode("big5")
            out.append(c)
        except UnicodeEncodeError:
            pass  # a character Big5 cannot hold is not in a Big5 file
    return "".join(out)


def encode(text, true):
    if true == "utf-8":
        return text.encode("utf-8")
    if true == "gbk":
        return text.encode("gb18030")
    if true == "big5":
        return text.encode("big5")
    if true == "utf-16le":
        return text.encode("utf-16-le")
    raise ValueError(true)


def iconv_c(data, reading):
    # To UTF-16: glibc's iconv -c from UTF-8 to UTF-8 copies invalid bytes instead of dropping them.
    result = subprocess.run(["iconv", "-c", "-f", ICONV_NAMES[reading], "-t", "UTF-16LE"], input=data, capture_output=True)
    return result.stdout.decode("utf-16-le")


def decode(data, reading, loss):
    """One wrong reading of bytes under a loss model."""
    if loss == "lossless":
        return data.decode(reading, "c1" if reading in SINGLE_WITH_GAPS else "strict")
    if loss == "fffd":
        return data.decode(reading, "replace")
    if loss == "qmark":  # decoded with replacement, then saved in a legacy code page: U+FFFD becomes ?
        return data.decode(reading, "replace").replace("\ufffd", "?")
    if loss == "ignore":
        return data.decode(reading, "ignore")
    if loss == "iconv-c":
        return iconv_c(data, reading)
    if loss == "nbsp":  # shown in a browser and copied: NBSP becomes a space, C1 controls vanish
        text = data.decode(reading, "c1" if reading in SINGLE_WITH_GAPS else "strict")
        return "".join(" " if c == "\u00a0" else c for c in text if not ("\u0080" <= c <= "\u009f"))
    raise ValueError(loss)


def cells():
    """(cell name, true encoding, reading, loss, destroyed) of the processes that occur in practice."""
    out = []

    def add(true, reading, loss, destroyed=False):
        out.append((f"{true}>{reading}/{loss}", true, reading, loss, destroyed))

    for true in ["utf-8", "gbk"]:
        for reading in SINGLE_WITH_GAPS:
            for loss in ["lossless", "fffd", "qmark", "ignore", "nbsp"]:
                add(true, reading, loss)
        for reading in SINGLE_FULL:
            for loss in ["lossless", "nbsp"]:
                add(true, reading, loss)
    for reading in ["gbk", "gb18030", "big5", "shift_jis"]:
        for loss in ["fffd", "qmark", "iconv-c"]:
            add("utf-8", reading, loss)
    for reading in ["big5", "shift_jis"]:
        for loss in ["fffd", "qmark"]:
            add("gbk", reading, loss)
        add("gbk", reading, "iconv-c", destroyed=True)  # whole characters vanish without a trace
    for loss in ["fffd", "qmark"]:
        add("big5", "gbk", loss)
    add("big5", "gbk", "ignore", destroyed=True)
    add("big5", "gbk", "iconv-c", destroyed=True)
    for loss in ["lossless", "nbsp"]:
        add("big5", "latin-1", loss)
    for loss in ["lossless", "fffd"]:
        add("big5", "cp1252", loss)
    for true in ["gbk", "big5"]:
        add(true, "utf-8", "fffd", destroyed=True)
        add(true, "utf-8", "iconv-c", destroyed=True)
    for reading, loss in [("latin-1", "lossless"), ("cp1252", "lossless"), ("utf-8", "fffd")]:
        add("utf-16le", reading, loss, destroyed=reading == "utf-8")
    return out


def pick_lines(lines, rng, share):
    return [n for n, line in enumerate(lines) if sum(1 for c in line if "\u4e00" <= c <= "\u9fff") >= 8 and rng.random() < share]


def lose_byte(line, true, rng, tool):
    data = bytearray(encode(line, true))
    positions = [i for i, b in enumerate(data) if b >= 0x80]
    if not positions:
        return line
    del data[rng.choice(positions)]
    return reread(bytes(data), true, tool)


def insert_byte(line, true, rng, tool):
    data = bytearray(encode(line, true))
    positions = [i for i, b in enumerate(data) if b >= 0x80]
    if not positions:
        return line
    data.insert(rng.choice(positions), rng.randrange(0x81, 0xFF))
    return reread(bytes(data), true, tool)


def reread(data, true, tool):
    """A strict decoder of the right code page reads the damaged stream; a legacy file is saved back with ? for what it lost."""
    reading = "gbk" if true == "gbk" else true
    if tool == "iconv-c":
        return iconv_c(data, reading)
    text = data.decode(reading, "replace")
    return text if true == "utf-8" else text.replace("\ufffd", "?")


def line_cells():
    """Damage of single lines of a stream: (cell, clean variant, damage(line, rng) -> line, share of lines, destroyed)."""
    out = []
    for true in ["gbk", "big5", "utf-8"]:
        variant = "big5" if true == "big5" else "simplified"
        out.append((f"lost-byte/{true}", variant, lambda l, r, t=true: lose_byte(l, t, r, "replace"), 0.3, False))
        out.append((f"inserted-byte/{true}", variant, lambda l, r, t=true: insert_byte(l, t, r, "replace"), 0.3, False))
    out.append(("lost-byte/gbk/iconv-c", "simplified", lambda l, r: lose_byte(l, "gbk", r, "iconv-c"), 0.3, False))
    out.append(("lost-byte/site-page-gbk", "site", lambda l, r: lose_byte(l, "gbk", r, "replace"), 0.4, False))
    return out


def fffd_as_gbk(line, rng):
    """锟斤拷: some characters already lost to U+FFFD, then the UTF-8 text read as GBK."""
    chars = list(line)
    for k, c in enumerate(chars):
        if "\u4e00" <= c <= "\u9fff" and rng.random() < 0.08:
            chars[k] = "\ufffd"
    return "".join(chars).encode("utf-8").decode("gbk", "replace")


MIXED = [
    (lambda l, r: l.encode("utf-8").decode("gbk", "replace"), "simplified"),
    (lambda l, r: l.encode("utf-8").decode("cp1252", "c1"), "simplified"),
    (lambda l, r: l.encode("gb18030").decode("cp1254", "replace"), "simplified"),
    (lambda l, r: l.encode("big5").decode("gbk", "replace").replace("\ufffd", "?"), "big5"),
    (lambda l, r: lose_byte(l, "gbk", r, "replace"), "simplified"),
    (lambda l, r: lose_byte(l, "utf-8", r, "replace"), "simplified"),
]


def write(out, cell, doc, clean, damaged, destroyed, kind):
    out.write(json.dumps({"cell": cell, "kind": kind, "doc": doc, "destroyed": destroyed, "clean": clean, "damaged": damaged}, ensure_ascii=False))
    out.write("\n")


def main():
    in_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    names = sorted(f[: -len(".simplified.txt")] for f in os.listdir(in_dir) if f.endswith(".simplified.txt"))
    docs = {}
    for name in names:
        variants = {}
        for variant in ["simplified", "traditional", "site"]:
            with open(os.path.join(in_dir, f"{name}.{variant}.txt"), encoding="utf-8") as f:
                variants[variant] = f.read()
        variants["big5"] = "\n".join(big5_text(line) for line in variants["traditional"].split("\n"))
        docs[name] = variants
    path = os.path.join(out_dir, "cells.jsonl.tmp")
    with open(path, "w", encoding="utf-8") as out:
        for name, v in docs.items():
            write(out, "clean", name, v["simplified"], v["simplified"], False, "clean")
            write(out, "clean-traditional", name, v["big5"], v["big5"], False, "clean")
        for cell, true, reading, loss, destroyed in cells():
            for name, v in docs.items():
                clean = v["big5"] if true == "big5" else v["simplified"]
                damaged = decode(encode(clean, true), reading, loss)
                write(out, cell, name, clean, damaged, destroyed, "decoding")
        for true, reading, loss in [("utf-8", "cp1252", "lossless"), ("utf-8", "latin-1", "lossless"), ("utf-8", "gbk", "fffd")]:
            for name, v in docs.items():
                clean = v["simplified"]
                once = decode(encode(clean, true), reading, loss)
                write(out, f"{true}>{reading}/{loss}/twice", name, clean, decode(once.encode("utf-8"), reading, loss), False, "decoding")
        for cell, variant, damage, share, destroyed in line_cells():
            for name, v in docs.items():
                rng = random.Random(SEED + zlib.crc32(f"{cell}/{name}".encode()))
                source = v[variant].split("\n")
                clean = (v["simplified"] if variant == "site" else v[variant]).split("\n")
                damaged = list(clean if variant != "site" else source)
                for n in pick_lines(source, rng, share):
                    damaged[n] = damage(source[n], rng)
                write(out, cell, name, "\n".join(clean), "\n".join(damaged), destroyed, "bytes" if variant != "site" else "site")
        for name, v in docs.items():
            rng = random.Random(SEED + zlib.crc32(f"fffd/{name}".encode()))
            clean = v["simplified"].split("\n")
            damaged = list(clean)
            for n in pick_lines(clean, rng, 0.3):
                damaged[n] = fffd_as_gbk(clean[n], rng)
            write(out, "utf-8>gbk/锟斤拷", name, "\n".join(clean), "\n".join(damaged), True, "decoding")
        for name, v in docs.items():
            rng = random.Random(SEED + zlib.crc32(f"mixed/{name}".encode()))
            clean = v["simplified"].split("\n")
            big5 = v["big5"].split("\n")
            damaged = list(clean)
            for n in pick_lines(clean, rng, 0.5):
                damage, variant = MIXED[rng.randrange(len(MIXED))]
                if variant == "big5":
                    if len(big5) != len(clean):
                        continue
                    clean[n] = big5[n]
                damaged[n] = damage(clean[n], rng)
            write(out, "mixed-page", name, "\n".join(clean), "\n".join(damaged), False, "mixed")
    os.replace(path, os.path.join(out_dir, "cells.jsonl"))


if __name__ == "__main__":
    main()
