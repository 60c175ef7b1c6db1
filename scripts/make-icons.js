/* Draws the add-in icons (assets/icon-<size>.png): a teal rounded square with a white check mark.
   Plain Node (zlib) so the icons can be remade without an image editor: `node scripts/make-icons.js`. */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [0x0b, 0x5c, 0x6b];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++)
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of a shape at a pixel, by 4x4 supersampling, for smooth edges. */
function coverage(size, x, y, inside) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++)
      if (inside((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function draw(size) {
  const radius = 0.2;
  const inSquare = (u, v) => {
    const cx = Math.min(Math.max(u, radius), 1 - radius);
    const cy = Math.min(Math.max(v, radius), 1 - radius);
    return Math.hypot(u - cx, v - cy) <= radius;
  };
  const check = [
    [0.24, 0.52],
    [0.42, 0.7],
    [0.77, 0.3],
  ];
  const stroke = size <= 16 ? 0.09 : 0.075;
  const inCheck = (u, v) =>
    distanceToSegment(u, v, check[0], check[1]) <= stroke ||
    distanceToSegment(u, v, check[1], check[2]) <= stroke;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const square = coverage(size, x, y, inSquare);
      const mark = coverage(size, x, y, (u, v) => inSquare(u, v) && inCheck(u, v));
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++)
        rgba[i + c] = Math.round(
          TEAL[c] * (1 - mark / Math.max(square, 1e-9)) + 255 * (mark / Math.max(square, 1e-9))
        );
      rgba[i + 3] = Math.round(255 * square);
    }
  }
  return png(size, rgba);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), draw(size));
}
console.log(`Wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to assets/.`);
