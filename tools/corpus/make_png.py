"""Writes a small grey-bars PNG (a stand-in for a scanned page) with the standard library only."""
import struct, sys, zlib

def png(width: int, height: int, pixel) -> bytes:
    raw = b''.join(b'\x00' + bytes(pixel(x, y) for x in range(width)) for y in range(height))
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

if __name__ == '__main__':
    bars = lambda x, y: 0 if 40 <= x < 560 and (y // 20) % 3 == 2 else 255
    open(sys.argv[1], 'wb').write(png(600, 300, bars))
