// Reads a PNG far enough to know it is a whole, decodable image: signature, chunk CRCs,
// header, and image data that inflates to exactly the rows the header promises.
import { crc32, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export interface PngInfo {
  width: number;
  height: number;
}

export function decodePng(bytes: Buffer): PngInfo {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: wrong signature');
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colourType: number; interlace: number } | null = null;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < bytes.length && !ended) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type} chunk`);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8]!,
        colourType: body[9]!,
        interlace: body[12]!,
      };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  if (!ended) throw new Error('no IEND chunk: file is truncated');
  const { width, height, bitDepth, colourType, interlace } = header;
  const pixels = inflateSync(Buffer.concat(data));
  if (interlace === 0) {
    const rowBytes = 1 + Math.ceil((width * bitDepth * (CHANNELS[colourType] ?? 0)) / 8);
    if (pixels.length !== rowBytes * height) throw new Error(`image data has ${pixels.length} bytes, expected ${rowBytes * height}`);
    for (let row = 0; row < height; row += 1) {
      if (pixels[row * rowBytes]! > 4) throw new Error(`row ${row} has an unknown filter`);
    }
  }
  return { width, height };
}
