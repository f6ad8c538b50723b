/**
 * The add-in's icon, drawn in code so the repository holds no binary files: a green rounded
 * square with a white yen sign, as an RGBA PNG of any size.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Distance from p to the segment a–b, all in unit-square coordinates. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const YEN: readonly (readonly [number, number, number, number])[] = [
  [0.3, 0.22, 0.5, 0.5],
  [0.7, 0.22, 0.5, 0.5],
  [0.5, 0.5, 0.5, 0.8],
  [0.32, 0.55, 0.68, 0.55],
  [0.32, 0.67, 0.68, 0.67],
];

/** Coverage (0–1) of the white glyph and of the rounded square at a pixel centre. */
function shade(x: number, y: number, size: number): { glyph: number; square: number } {
  const px = (x + 0.5) / size;
  const py = (y + 0.5) / size;
  const half = 0.5 / size;
  const stroke = Math.max(0.055, 1.2 / size);
  const d = Math.min(...YEN.map(([ax, ay, bx, by]) => segmentDistance(px, py, ax, ay, bx, by)));
  const glyph = Math.max(0, Math.min(1, (stroke - d) / (2 * half) + 0.5));
  const r = 0.18;
  const qx = Math.max(Math.abs(px - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(py - 0.5) - (0.5 - r), 0);
  const outside = Math.hypot(qx, qy) - r;
  const square = Math.max(0, Math.min(1, -outside / (2 * half) + 0.5));
  return { glyph, square };
}

export function renderIconPng(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const green = [0x1e, 0x7a, 0x4c];
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0;
    for (let x = 0; x < size; x++) {
      const { glyph, square } = shade(x, y, size);
      const i = row + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[i + c] = Math.round(green[c] + (255 - green[c]) * glyph);
      raw[i + 3] = Math.round(255 * square);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The icons the manifest names (IconUrl 32 px, HighResolutionIconUrl 64 px). */
export const ICON_SIZES = [32, 64] as const;
export const iconPath = (size: number): string => `assets/icon-${size}.png`;
