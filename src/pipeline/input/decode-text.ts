// Turns an article file's bytes into text, refusing what is not plain UTF-8 text: UTF-16
// (with or without a byte-order mark) is named as such, with the fix; any other NUL byte
// means a binary file; invalid UTF-8 is reported at its byte offset. The BOM
// is dropped so offsets count from the first real character; CRLF is kept as is.
import { InputError } from '../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(file: string, bytes: Uint8Array): string {
  const utf16 = utf16Kind(bytes);
  if (utf16) throw new InputError(file, `UTF-16 text (${utf16}), not UTF-8: save it as UTF-8`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError(file, 'binary file: contains a NUL byte', { line: lineOfByte(bytes, nul), offset: nul });
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new InputError(file, `not valid UTF-8: byte 0x${hex} at byte offset ${bad}`, {
      line: lineOfByte(bytes, bad),
      offset: bad,
    });
  }
  if (text.trim() === '') throw new InputError(file, bytes.length === 0 ? 'empty file' : 'empty file (only whitespace)');
  return text;
}

/**
 * How a UTF-16 file is laid out, or null when it does not look like one: a byte-order mark,
 * or (without one) a NUL in most bytes on one side of each pair and almost none on the
 * other, which is what text mostly in the Latin range looks like in UTF-16.
 */
export function utf16Kind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian, with a byte-order mark';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian, with a byte-order mark';
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 16) return null;
  const nuls = [0, 0];
  for (let i = 0; i < length; i++) if (bytes[i] === 0) nuls[i & 1]! += 1;
  const [even, odd] = nuls as [number, number];
  const pairs = length / 2;
  if (odd >= pairs * 0.6 && even <= pairs * 0.02) return 'little-endian, no byte-order mark';
  if (even >= pairs * 0.6 && odd <= pairs * 0.02) return 'big-endian, no byte-order mark';
  return null;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

/** Byte offset where the first ill-formed UTF-8 sequence starts. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const [size, min, max] =
      lead < 0x80 ? [1, 0, 0]
      : lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : [0, 0, 0];
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      const byte = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (byte === undefined || byte < lo || byte > hi) return i;
    }
    i += size;
  }
  return bytes.length;
}
