import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonPieces, stringifyWith, writeJsonInPieces } from '../../../src/pipeline/write-json.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ptt-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Plain data with the values JSON.stringify treats specially: undefined, functions, nested arrays. */
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe(jsonPieces, () => {
  it('joins to exactly JSON.stringify, top-level arrays element by element', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), data, { maxKeys: 6 }), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
      }),
    );
  });

  it('leaves values that are not plain objects to JSON.stringify whole', () => {
    const withToJson = { toJSON: () => 'custom', list: [1] };
    for (const value of [[1, undefined, () => 2], 'text', 7, null, withToJson, new Date(0), { list: [undefined, Symbol('s')] }]) {
      expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
    }
  });

  it('uses the element serialiser for top-level arrays only', () => {
    const value = { a: [1, 2], b: { c: [3] } };
    const pieces = [...jsonPieces(value, { element: (member, item) => `${member}${String(item)}` })].join('');
    expect(pieces).toBe('{"a":[a1,a2],"b":{"c":[3]}}');
  });

  it('writes members it is given already serialised as they are', () => {
    const list = [1, 2];
    expect([...jsonPieces({ a: list, b: list.slice() }, { known: new Map([[list, '"seen"']]) })].join('')).toBe('{"a":"seen","b":[1,2]}');
  });
});

describe(writeJsonInPieces, () => {
  it('writes JSON.stringify(value) and a newline, also across many chunks', () => {
    const value = { schemaVersion: 2, texts: Array.from({ length: 3000 }, (_, i) => `“${'x'.repeat(i % 50)}” ${i}`), none: undefined, nested: { a: [1] } };
    const file = path.join(dir, 'big.json');
    writeJsonInPieces(file, value);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value)}\n`);
  });

  it('keeps surrogate pairs whole where a long text is encoded in slices', () => {
    // Nothing but pairs, so a slice boundary falls inside one whatever comes before the text.
    const text = '😀'.repeat(70_000);
    const file = path.join(dir, 'pairs.json');
    writeJsonInPieces(file, { text });
    expect(readFileSync(file)).toEqual(Buffer.from(`${JSON.stringify({ text })}\n`));
  });
});

describe('writeJsonInPieces with a previous file', () => {
  const expected = (value: unknown) => `${JSON.stringify(value)}\n`;
  /** What a previous run may have left: nothing, the same bytes, or bytes that differ somewhere. */
  const previousOf = (json: string) =>
    fc.oneof(
      fc.constant(null),
      fc.constant(json),
      fc.nat().map((at) => json.slice(0, at % json.length)),
      fc.string({ minLength: 1 }).map((extra) => json + extra),
      fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([at, other]) => json.slice(0, at % json.length) + other + json.slice((at % json.length) + 1)),
    );

  it('leaves the file unwritten only when the previous one holds exactly the same bytes', () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), data, { maxKeys: 6 }).chain((value) => fc.tuple(fc.constant(value), previousOf(expected(value)))),
        ([value, previousText]) => {
          run++;
          const file = path.join(dir, `out-${run}.json`);
          const previous = path.join(dir, `previous-${run}.json`);
          if (previousText !== null) writeFileSync(previous, previousText);
          const written = writeJsonInPieces(file, value, { previous });
          // Compared as UTF-8, as files are: a lone surrogate is written as U+FFFD.
          const bytes = Buffer.from(expected(value));
          const same = previousText !== null && Buffer.from(previousText).equals(bytes);
          expect(written).toBe(!same);
          expect(existsSync(file)).toBe(!same);
          if (written) expect(readFileSync(file)).toEqual(bytes);
          if (previousText !== null) expect(readFileSync(previous)).toEqual(Buffer.from(previousText));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('copies a long matching beginning before the first difference', () => {
    const value = { texts: Array.from({ length: 20_000 }, (_, i) => `text ${i} “quoted”`) };
    const previous = path.join(dir, 'long-previous.json');
    writeFileSync(previous, expected(value).replace('text 19990', 'text 1999x'));
    const before = statSync(previous).mtimeMs;
    const file = path.join(dir, 'long.json');
    expect(writeJsonInPieces(file, value, { previous })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(expected(value));
    expect(statSync(previous).mtimeMs).toBe(before);
  });
});

describe(stringifyWith, () => {
  it('equals JSON.stringify with one member taken as already serialised', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), data, { maxKeys: 6 }), fc.string(), (value, key) => {
        const json = JSON.stringify(value[key]);
        // Only a member JSON.stringify would write can be handed over serialised.
        if (!Object.hasOwn(value, key) || json === undefined) return;
        expect(stringifyWith(value, key, json)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('keeps the member in its place', () => {
    expect(stringifyWith({ id: 'a', text: 'long', after: [1] }, 'text', '"T"')).toBe('{"id":"a","text":"T","after":[1]}');
  });
});
