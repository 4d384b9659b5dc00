// The manifest lists each article file with its metadata. Every field is checked, and
// every problem reported, before any article is read.
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { languageProblem } from '../language/index.ts';
import { jsonWhere } from './json-location.ts';

export const MANIFEST_FILE = 'manifest.json';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const ManifestArticle = z.object({
  file: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  publishedAt: z.string(),
  language: z.string(),
  dateNote: z.string(),
});

const Manifest = z.object({ articles: z.array(ManifestArticle) });

export type ManifestArticle = z.infer<typeof ManifestArticle>;

/** Line and offset of a value in the manifest's text (of its parent, if the value is missing). */
export const manifestWhere = jsonWhere;

/** The listed articles, or every problem found in the manifest's shape. */
export function checkManifest(value: unknown, text: string): { articles: ManifestArticle[]; problems: InputError[] } {
  const parsed = Manifest.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
      return new InputError(MANIFEST_FILE, `${pathOf(path, value)}: ${describeIssue(issue)}`, manifestWhere(text, path));
    });
    return { articles: [], problems };
  }
  const problems = parsed.data.articles.flatMap((article, index) => {
    const found: InputError[] = [];
    const report = (key: 'publishedAt' | 'language', problem: string | null) => {
      if (!problem) return;
      // Located only on failure: finding a path walks the manifest text.
      const where = manifestWhere(text, ['articles', index, key]);
      found.push(new InputError(MANIFEST_FILE, `${entryName(index, article.file)}.${key}: ${problem}`, where));
    };
    report('publishedAt', dateProblem(article.publishedAt));
    report('language', languageProblem(article.language));
    return found;
  });
  return { articles: parsed.data.articles, problems };
}

/** `articles[5] (b.txt)`: the entry's index, and its file when it names one, so a person can find it. */
export function entryName(index: number, file: unknown): string {
  return typeof file === 'string' && file !== '' ? `articles[${index}] (${file})` : `articles[${index}]`;
}

/** Why a publication date is unusable, or null: "2025-2-3" is malformed, "2025-02-30" impossible. */
export function dateProblem(value: string): string | null {
  const parts = ISO_DATE.exec(value);
  if (!parts) return `malformed date "${value}", expected YYYY-MM-DD`;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : `impossible date "${value}": no such day in the calendar`;
}

/** `articles[5] (b.txt).publishedAt`: a path into the manifest, naming the entry's file where it has one. */
function pathOf(path: (string | number)[], manifest: unknown): string {
  const [list, index, ...rest] = path;
  if (list === 'articles' && typeof index === 'number' && rest[0] !== 'file') {
    const entry = (manifest as { articles?: unknown[] }).articles?.[index] as { file?: unknown } | undefined;
    return `${entryName(index, entry?.file)}${rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}`;
  }
  return (
    path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '') ||
    '(top level)'
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const missing = issue.message.includes('received undefined');
    return missing ? `missing field (expected ${issue.expected})` : `wrong type (expected ${issue.expected})`;
  }
  return issue.message;
}
