// Writes `JSON.stringify(value) + '\n'` to a file without ever holding the whole text:
// the full bundle serialises to over 100 MB (twice that as a UTF-16 string, plus the
// encoded buffer), which made writing it the run's memory peak.
import { CompareThenWrite } from './compare-then-write.ts';

/** Pieces are gathered up to this many characters before they are encoded and compared or written. */
const CHUNK_CHARS = 1 << 14;

export interface PieceOptions {
  /** Members of the top-level object already serialised elsewhere, by identity: written as given. */
  known?: ReadonlyMap<unknown, string>;
  /** Serialises the elements of the top-level array member `member` (default: JSON.stringify). */
  element?: (member: string, element: unknown) => string | undefined;
  /** A file that may already hold these bytes: then `file` is not written (see writeJsonInPieces). */
  previous?: string;
}

/**
 * The same bytes as `writeFileSync(file, JSON.stringify(value) + '\n')` for plain data
 * (no `toJSON`, as the zod-checked bundle is): a top-level object's arrays are
 * serialised one element at a time, everything else in one piece. Returns false, and
 * leaves `file` alone, when `options.previous` already holds exactly these bytes.
 */
export function writeJsonInPieces(file: string, value: unknown, options: PieceOptions = {}): boolean {
  const sink = new CompareThenWrite(file, options.previous ?? null);
  try {
    let pending = '';
    for (const piece of jsonPieces(value, options)) {
      pending += piece;
      if (pending.length >= CHUNK_CHARS) {
        sink.add(pending);
        pending = '';
      }
    }
    sink.add(`${pending}\n`);
    return sink.finish();
  } finally {
    sink.close();
  }
}

/** Pieces whose concatenation is `JSON.stringify(value)`; exported for the tests. */
export function* jsonPieces(value: unknown, options: PieceOptions = {}): Generator<string> {
  if (!isPlainObject(value)) {
    yield JSON.stringify(value);
    return;
  }
  const element = options.element ?? ((_member, item) => JSON.stringify(item));
  yield '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    // Skipped by JSON.stringify as object members.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    const known = options.known?.get(member);
    if (known !== undefined) yield known;
    else if (Array.isArray(member)) yield* arrayPieces(member, (item) => element(key, item));
    else yield JSON.stringify(member);
  }
  yield '}';
}

function* arrayPieces(items: readonly unknown[], element: (item: unknown) => string | undefined): Generator<string> {
  yield '[';
  for (let index = 0; index < items.length; index++) {
    // In arrays JSON.stringify writes null for what it cannot represent.
    yield `${index === 0 ? '' : ','}${element(items[index]) ?? 'null'}`;
  }
  yield ']';
}

/**
 * `JSON.stringify(object)` for a plain object, with member `key` taken as already serialised
 * (`json`); array members go through `array` when given (it must return what JSON.stringify would).
 */
export function stringifyWith(object: Record<string, unknown>, key: string, json: string, array?: (items: unknown[]) => string): string {
  let out = '{';
  for (const name of Object.keys(object)) {
    const value = object[name];
    const member = name === key ? json : array && Array.isArray(value) ? array(value) : JSON.stringify(value);
    if (member === undefined) continue;
    out += `${out === '{' ? '' : ','}${JSON.stringify(name)}:${member}`;
  }
  return `${out}}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'toJSON' in value) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
