// Writes the bundle so that a reader never sees half of it: everything goes to temp
// files in the destination folder first, then is renamed into place, bundle.json
// last. A run that fails or is killed leaves the previous output as it was. Article
// payloads the previous run wrote byte for byte the same are linked, not written again.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type Article, type Bundle } from '../schema/bundle.ts';
import { splitBundle } from './assemble/split-bundle.ts';
import { stringifyWith, writeJsonInPieces } from './write-json.ts';

/** `public/data/bundle.json` → `public/data/bundle/` for the split copy. */
export function splitDirFor(outFile: string): string {
  return path.join(path.dirname(outFile), path.basename(outFile, '.json'));
}

export function writeOutputs(outFile: string, bundle: Bundle): void {
  const dir = path.dirname(outFile);
  const splitDir = splitDirFor(outFile);
  const stem = path.basename(splitDir);
  mkdirSync(dir, { recursive: true });
  removeLeftovers(dir, stem);

  const tempDir = path.join(dir, `.${stem}.tmp-${process.pid}`);
  const tempFile = path.join(dir, `.${stem}.json.tmp-${process.pid}`);
  const { payloads, ...files } = splitBundle(bundle);
  mkdirSync(path.join(tempDir, 'articles'), { recursive: true });
  // bundle.json repeats the collections, every article's text and (in the article payloads)
  // every item found in one article: each is serialised once and written to every place it goes.
  const itemJson = serialisedOnce();
  const arrayJson = (items: readonly unknown[]) => `[${items.map(itemJson).join(',')}]`;
  const known = new Map<unknown, string>(COLLECTIONS.map((name) => [bundle[name], arrayJson(bundle[name])]));
  for (const [name, content] of Object.entries(files)) {
    writeJsonInPieces(path.join(tempDir, `${name}.json`), content, { known });
  }
  // Payloads come in article order, so each is written as bundle.json reaches its article.
  const nextPayload = payloads[Symbol.iterator]();
  const article = (entry: Article): string => {
    const payload = nextPayload.next().value;
    if (payload?.id !== entry.id) throw new Error(`payload for article ${entry.id} out of order`);
    const text = JSON.stringify(entry.text);
    const name = path.join('articles', `${payload.id}.json`);
    writeOrReuse(path.join(tempDir, name), `${stringifyWith(payload, 'text', text, arrayJson)}\n`, path.join(splitDir, name));
    return stringifyWith(entry, 'text', text);
  };
  // bundle.json is compared with the previous one as it is made, and written only if it differs.
  const changed = writeJsonInPieces(tempFile, bundle, {
    known,
    element: (member, item) => (member === 'articles' ? article(item as Article) : itemJson(item)),
    previous: outFile,
  });

  swapDir(tempDir, splitDir, path.join(dir, `.${stem}.old-${process.pid}`));
  if (changed) renameSync(tempFile, outFile);
}

/**
 * `JSON.stringify(item)`, remembered by identity: an item filed under the one article it
 * was found in is the same object in its collection and in that article's payload.
 */
function serialisedOnce(): (item: unknown) => string {
  const seen = new Map<unknown, string>();
  return (item) => {
    let json = seen.get(item);
    if (json === undefined) {
      // An array element JSON.stringify cannot represent is written as null.
      json = JSON.stringify(item) ?? 'null';
      seen.set(item, json);
    }
    return json;
  };
}

/**
 * Writes `content` to `file`, or links the previous run's copy there when it holds exactly
 * these bytes. A re-run mostly finds its article payloads unchanged, and deleting 10,000
 * files only to create them again is costly on ext4: it passes over inodes freed in the
 * last minute while allocating new ones, which took up to 4 s of system time per run.
 * Files are never changed in place, so the old and new copy may share one inode.
 */
function writeOrReuse(file: string, content: string, previous: string): void {
  const bytes = Buffer.from(content, 'utf8');
  if (!linkedUnchanged(file, bytes, previous)) writeFileSync(file, bytes);
}

/** Links `previous` at `file` if it holds `bytes`; otherwise leaves nothing at `file`. */
function linkedUnchanged(file: string, bytes: Buffer, previous: string): boolean {
  try {
    if (statSync(previous, { throwIfNoEntry: false })?.size !== bytes.length) return false;
    linkSync(previous, file);
    // Compared after linking, not before: another run may replace `previous` meanwhile, the link cannot change.
    if (readFileSync(file).equals(bytes)) return true;
  } catch {
    // The previous copy went away or cannot be linked here: it is written afresh.
  }
  // Unlinks only this name, so the write that follows never touches the previous run's copy.
  rmSync(file, { force: true });
  return false;
}

/**
 * Replace `target` with `fresh`; the old copy is set aside until the new one is in
 * place. Another run writing the same output may slip its copy in between our two
 * renames; then we set that one aside too and try again (the copies are identical).
 */
function swapDir(fresh: string, target: string, aside: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      if (existsSync(target)) renameSync(target, aside);
      renameSync(fresh, target);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 10 || (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT')) throw error;
      rmSync(aside, { recursive: true, force: true });
    }
  }
  rmSync(aside, { recursive: true, force: true });
}

/** Temp files of runs that were killed: restore a set-aside copy if its swap never finished, drop the rest. */
export function removeLeftovers(dir: string, stem: string): void {
  const pattern = new RegExp(`^\\.${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:json\\.)?(tmp|old)-(\\d+)$`);
  for (const name of readdirSync(dir)) {
    const match = pattern.exec(name);
    if (!match || isAlive(Number(match[2]))) continue;
    const full = path.join(dir, name);
    if (match[1] === 'old' && !existsSync(path.join(dir, stem))) renameSync(full, path.join(dir, stem));
    else rmSync(full, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
