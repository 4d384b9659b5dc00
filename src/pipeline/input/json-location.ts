// Where a value sits in a JSON text, so a problem with `articles[2].publishedAt` can be
// reported at its line. Runs only on text JSON.parse accepted; falls back to the
// nearest enclosing value when the path does not exist (a missing field).

import { lineAt, type Position } from '../errors.ts';

type PathKey = string | number;

/** Line and offset of a value in a JSON text (of its parent, if the value is missing). */
export function jsonWhere(text: string, path: readonly PathKey[]): Position {
  const offset = offsetOfPath(text, path);
  return { line: lineAt(text, offset), offset };
}

export function offsetOfPath(text: string, path: readonly PathKey[]): number {
  return locate(text, skipSpace(text, 0), path);
}

function locate(text: string, at: number, path: readonly PathKey[]): number {
  if (path.length === 0) return at;
  const [key, ...rest] = path;
  const open = text[at];
  if (open !== '{' && open !== '[') return at;
  let i = skipSpace(text, at + 1);
  let index = 0;
  while (i < text.length && text[i] !== '}' && text[i] !== ']') {
    let name: PathKey = index;
    if (open === '{') {
      const keyEnd = skipString(text, i);
      name = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
    }
    if (name === key) return locate(text, i, rest);
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
    index += 1;
  }
  return at;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Index just past the string literal starting at `i`. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** Index just past the value starting at `i`. */
function skipValue(text: string, i: number): number {
  if (text[i] === '"') return skipString(text, i);
  if (text[i] !== '{' && text[i] !== '[') {
    while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"') j = skipString(text, j) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return j + 1;
  }
  return text.length;
}
