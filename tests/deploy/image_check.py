#!/usr/bin/env python3
"""Checks that a screenshot is not trivial; converts an X window dump (xwd) to PNG.

  image_check.py stats FILE.png|FILE.xwd    prints "WxH colours=N dominant=P%"; exit 1 if the
                                            image is smaller than 320x240, has fewer than 16
                                            colours or one colour covers more than 98 %
  image_check.py topng FILE.xwd OUT.png     writes the dump as an 8-bit RGB PNG

Standard library only (no Pillow on the test machines).
"""
import struct
import sys
import zlib
from collections import Counter


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG (depth {depth}, colour type {ctype})")
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, stride = zlib.decompress(idat), w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    pixels = [bytes(r[x:x + 3]) for r in rows for x in range(0, stride, bpp)]
    return w, h, pixels


def read_xwd(path):
    data = open(path, "rb").read()
    hdr = struct.unpack(">25I", data[:100])
    header_size, w, h, depth, bpp, line_bytes, ncolors = hdr[0], hdr[4], hdr[5], hdr[3], hdr[11], hdr[12], hdr[19]
    byte_order = hdr[7]  # 0 LSBFirst
    if bpp != 32 or depth < 24:
        raise ValueError(f"unsupported xwd ({depth}-bit depth, {bpp} bits per pixel)")
    off = header_size + ncolors * 12
    pixels = []
    for y in range(h):
        row = data[off + y * line_bytes: off + y * line_bytes + w * 4]
        for x in range(0, w * 4, 4):
            b0, b1, b2, b3 = row[x:x + 4]
            # 0x00RRGGBB in the server's byte order
            pixels.append(bytes((b2, b1, b0)) if byte_order == 0 else bytes((b1, b2, b3)))
    return w, h, pixels


def read_any(path):
    return read_xwd(path) if path.endswith(".xwd") else read_png(path)


def write_png(path, w, h, pixels):
    raw = b"".join(b"\0" + b"".join(pixels[y * w:(y + 1) * w]) for y in range(h))
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def main(argv):
    if len(argv) == 3 and argv[1] == "stats":
        w, h, px = read_any(argv[2])
        counts = Counter(px)
        dominant = 100.0 * counts.most_common(1)[0][1] / len(px)
        print(f"{w}x{h} colours={len(counts)} dominant={dominant:.1f}%")
        return 0 if w >= 320 and h >= 240 and len(counts) >= 16 and dominant <= 98.0 else 1
    if len(argv) == 4 and argv[1] == "topng":
        w, h, px = read_xwd(argv[2])
        write_png(argv[3], w, h, px)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
