// Turns an article file's bytes into text, refusing what is not plain UTF-8 text: a
// NUL byte means a binary file; invalid UTF-8 is reported at its byte offset. The BOM
// is dropped so offsets count from the first real character; CRLF is kept as is.
import { InputError } from '../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(file: string, bytes: Uint8Array): string {
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
