import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/pipeline/errors.ts';
import { decodeText, firstInvalidUtf8 } from '../../../src/pipeline/input/decode-text.ts';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const isValid = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe(firstInvalidUtf8, { timeout: 30_000 }, () => {
  it('agrees with the platform decoder, and everything before the offset is valid', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.uint8Array({ maxLength: 4 }), fc.string({ maxLength: 5 })).map(
        ([a, junk, b]) => new Uint8Array([...new TextEncoder().encode(a), ...junk, ...new TextEncoder().encode(b)]),
      ),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const offset = firstInvalidUtf8(input);
        return offset === input.length === isValid(input) && isValid(input.subarray(0, offset));
      }),
      { numRuns: 400 },
    );
  });
});

describe(decodeText, () => {
  it('drops a BOM, keeps CRLF, and keeps HTML as text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<b>Talks</b>\r\nmore')]);
    expect(decodeText('a.txt', bytes)).toBe('<b>Talks</b>\r\nmore');
  });

  it.each([
    [new Uint8Array([]), 'a.txt: empty file'],
    [new TextEncoder().encode(' \n\t '), 'a.txt: empty file (only whitespace)'],
    [new Uint8Array([0x61, 0x0a, 0x62, 0x00]), 'a.txt: binary file: contains a NUL byte (line 2 / offset 3)'],
    [new Uint8Array([0x61, 0x0a, 0xc3, 0x28]), 'a.txt: not valid UTF-8: byte 0xC3 at byte offset 2 (line 2 / offset 2)'],
    [new Uint8Array([0xed, 0xa0, 0x80]), 'a.txt: not valid UTF-8: byte 0xED at byte offset 0 (line 1 / offset 0)'],
  ])('rejects %j with a message naming the place', (bytes, message) => {
    expect(() => decodeText('a.txt', bytes)).toThrow(InputError);
    expect(() => decodeText('a.txt', bytes)).toThrow(message);
  });
});

describe('a UTF-16 file', () => {
  const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
    const units = [...(bom ? '\ufeff' : ''), ...text].flatMap((char) => {
      const code = char.codePointAt(0)!;
      const pair = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
      return pair.flatMap((unit) => (endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
    });
    return new Uint8Array(units);
  };
  const story = 'Talks resumed in Istanbul on Thursday.\nThe foreign minister opened the meeting.';

  it.each([
    ['le', true, 'little-endian, with a byte-order mark'],
    ['be', true, 'big-endian, with a byte-order mark'],
    ['le', false, 'little-endian, no byte-order mark'],
    ['be', false, 'big-endian, no byte-order mark'],
  ] as const)('%s, BOM %s: is named as UTF-16 (%s) and the fix is to save it as UTF-8', (endian, bom, kind) => {
    expect(() => decodeText('a.txt', utf16(story, endian, bom))).toThrow(`a.txt: UTF-16 text (${kind}), not UTF-8: save it as UTF-8`);
  });

  it('is recognised with a byte-order mark even when no byte is NUL (text outside Latin)', () => {
    expect(() => decodeText('a.txt', utf16('Переговоры в Стамбуле', 'le', true))).toThrow('UTF-16 text (little-endian, with a byte-order mark)');
  });

  it('is told apart from a binary file with a stray NUL', () => {
    expect(() => decodeText('a.txt', new Uint8Array([0x61, 0x0a, 0x62, 0x00]))).toThrow('binary file: contains a NUL byte');
  });
});
