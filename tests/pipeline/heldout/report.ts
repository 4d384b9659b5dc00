// Prints how the pipeline does on the held-out articles: a table of recall and
// precision per kind, then every miss, wrong field and false positive with its sentence.
// Run with `npx tsx tests/pipeline/heldout/report.ts`; `--markdown` prints Markdown, and
// `--write-docs` refreshes the measured table in docs/extraction-quality.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFrom } from './build-heldout.ts';
import { evaluate, type Finding, type KindScore } from './evaluate.ts';
import type { Floors } from './floors.ts';
import { HELDOUT_SETS } from './sets.ts';

const DOCS = join(import.meta.dirname, '../../../docs/extraction-quality.md');
const markdown = process.argv.includes('--markdown') || process.argv.includes('--write-docs');
const percent = (value: number) => `${(value * 100).toFixed(0)}%`;

function table(scores: KindScore[]): string[] {
  const head = ['kind', 'expected', 'found', 'exact', 'extracted', 'correct', 'recall', 'exact recall', 'precision'];
  const rows = scores.map((s) => [s.kind, s.expected, s.found, s.exact, s.extracted, s.correct, percent(s.recall), percent(s.exactRecall), percent(s.precision)].map(String));
  if (markdown) return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), ...rows.map(line)];
}

function list(title: string, findings: Finding[]): string[] {
  const lines = [markdown ? `\n### ${title} (${findings.length})\n` : `\n${title} (${findings.length})`];
  for (const f of findings) {
    const sentence = f.sentence ? ` — “${f.sentence}”` : '';
    lines.push(`- [${f.kind}] ${f.articleId}: ${f.item} — ${f.cause}${sentence}`);
  }
  return lines;
}

function floorsLine(floors: Floors): string {
  const parts = Object.entries(floors).map(([kind, f]) => `${kind} ${f.recall.toFixed(2)} / ${f.exactRecall.toFixed(2)} / ${f.precision.toFixed(2)}`);
  return `Floors in the test (recall / exact recall / precision): ${parts.join(', ')}.`;
}

/** Replaces the text between the two markers in the docs with the fresh table and lists. */
function writeDocs(section: string[]): void {
  const docs = readFileSync(DOCS, 'utf8');
  const begin = docs.indexOf('<!-- MEASURED -->');
  const end = docs.indexOf('<!-- /MEASURED -->');
  if (begin < 0 || end < begin) throw new Error(`${DOCS}: measured-section markers not found`);
  writeFileSync(DOCS, `${docs.slice(0, begin)}<!-- MEASURED -->\n${section.join('\n')}\n${docs.slice(end)}`);
}

const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
const sections: string[] = [];
for (const set of HELDOUT_SETS) {
  const result = evaluate(buildFrom(set.dir), set.expected);
  const details = [
    ...list('Misses', result.misses),
    ...list('Found with wrong fields', result.wrongFields),
    ...list('False positives', result.falsePositives),
  ];
  const title = markdown ? `## ${set.name}: measured ${stamp} UTC` : `== ${set.name} ==`;
  sections.push(title, '', ...table(result.scores), '');
  if (markdown) sections.push(floorsLine(set.floors), '', '<details><summary>Every miss, wrong field and false positive (generated)</summary>', ...details, '', '</details>', '');
  else sections.push(...details, '');
}
if (process.argv.includes('--write-docs')) {
  writeDocs(sections);
  console.log(`Updated ${DOCS}`);
} else {
  console.log(sections.join('\n'));
}
