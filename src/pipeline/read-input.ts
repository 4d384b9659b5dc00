// Reads an input folder (manifest.json, article .txt files, optional annotations.json)
// and checks everything before the build starts. All problems are collected and
// thrown together, so one run shows a person everything there is to fix.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ANNOTATIONS_FILE, AnnotationFile } from './annotations/schema.ts';
import type { BuildInputs, ArticleInput } from './build.ts';
import { InputError, InputErrors } from './errors.ts';
import { decodeText } from './input/decode-text.ts';
import { checkManifest, MANIFEST_FILE, manifestWhere, type ManifestArticle } from './input/manifest.ts';
import { jsonWhere } from './input/json-location.ts';
import { parseJson } from './input/parse-json.ts';

export function readInput(dir: string): BuildInputs {
  const problems: InputError[] = [];
  const collect = <T>(work: () => T): T | null => {
    try {
      return work();
    } catch (error) {
      if (error instanceof InputError) problems.push(error);
      else throw error;
      return null;
    }
  };

  const manifestText = collect(() => readText(dir, MANIFEST_FILE)) ?? '';
  const manifest = manifestText ? collect(() => parseJson(MANIFEST_FILE, manifestText)) : null;
  const checked = manifest === null ? { articles: [], problems: [] } : checkManifest(manifest, manifestText);
  problems.push(...checked.problems);

  const seen = new Map<string, number>();
  const articles: ArticleInput[] = [];
  checked.articles.forEach((entry, index) => {
    const article = collect(() => readArticle(dir, entry, index, seen, manifestText));
    if (article) articles.push(article);
  });

  const annotationsText = existsSync(path.join(dir, ANNOTATIONS_FILE))
    ? (collect(() => readText(dir, ANNOTATIONS_FILE)) ?? undefined)
    : undefined;
  const annotations = annotationsText === undefined ? null : collect(() => readAnnotations(annotationsText));
  if (problems.length > 0) throw new InputErrors(problems);
  return { articles, annotations, annotationsText };
}

function readArticle(
  dir: string,
  entry: ManifestArticle,
  index: number,
  seen: Map<string, number>,
  manifestText: string,
): ArticleInput {
  const { file } = entry;
  const fail = (problem: string) =>
    new InputError(MANIFEST_FILE, `articles[${index}].file: ${problem}`, manifestWhere(manifestText, ['articles', index, 'file']));
  if (path.isAbsolute(file) || file.split(/[\\/]/).includes('..')) throw fail(`"${file}" must be a path inside the input folder`);
  if (!file.endsWith('.txt')) throw fail(`"${file}" is not a .txt file`);
  const id = path.basename(file, '.txt');
  const earlier = seen.get(id);
  if (earlier !== undefined) throw fail(`"${file}" listed twice (article id "${id}" already used by articles[${earlier}])`);
  seen.set(id, index);
  const full = path.join(dir, file);
  if (!existsSync(full)) throw new InputError(file, `file listed in ${MANIFEST_FILE} (articles[${index}]) but missing`);
  const text = decodeText(file, readFileSync(full));
  return { id, ...entry, text };
}

function readAnnotations(text: string): AnnotationFile {
  const parsed = AnnotationFile.safeParse(parseJson(ANNOTATIONS_FILE, text));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const keys = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
  const name = keys.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
  throw new InputError(ANNOTATIONS_FILE, `${name.replace(/^\./, '') || '(top level)'}: ${issue.message}`, jsonWhere(text, keys));
}

function readText(dir: string, file: string): string {
  const full = path.join(dir, file);
  if (!existsSync(full)) throw new InputError(file, `not found in ${dir}`);
  return decodeText(file, readFileSync(full));
}
