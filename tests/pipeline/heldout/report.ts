// Prints how the pipeline does on the held-out articles: a table of recall and
// precision per kind, then every miss, wrong field and false positive with its sentence.
// Run with `npx tsx tests/pipeline/heldout/report.ts`; `--markdown` prints Markdown, and
// `--write-docs` refreshes the measured table in docs/extraction-quality.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHeldout } from './build-heldout.ts';
import { evaluate, type Finding, type KindScore } from './evaluate.ts';
import { EXPECTED } from './expected.ts';
import { FLOORS, MEASURED_AT } from './floors.ts';

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

function floorsLine(): string {
  const parts = Object.entries(FLOORS).map(([kind, f]) => `${kind} ${f.recall.toFixed(2)} / ${f.exactRecall.toFixed(2)} / ${f.precision.toFixed(2)}`);
  return `Floors in the test, set from the run of ${MEASURED_AT} (recall / exact recall / precision): ${parts.join(', ')}.`;
}

/** Replaces the text between the two markers in the docs with the fresh table and lists. */
function writeDocs(section: string[]): void {
  const docs = readFileSync(DOCS, 'utf8');
  const begin = docs.indexOf('<!-- MEASURED -->');
  const end = docs.indexOf('<!-- /MEASURED -->');
  if (begin < 0 || end < begin) throw new Error(`${DOCS}: measured-section markers not found`);
  writeFileSync(DOCS, `${docs.slice(0, begin)}<!-- MEASURED -->\n${section.join('\n')}\n${docs.slice(end)}`);
}

const result = evaluate(buildHeldout(), EXPECTED);
const details = [
  ...list('Misses', result.misses),
  ...list('Found with wrong fields', result.wrongFields),
  ...list('False positives', result.falsePositives),
];
if (process.argv.includes('--write-docs')) {
  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
  writeDocs([`## Measured ${stamp} UTC`, '', ...table(result.scores), '', floorsLine(), '', '<details><summary>Every miss, wrong field and false positive (generated)</summary>', ...details, '', '</details>', '']);
  console.log(`Updated ${DOCS}`);
} else {
  console.log([...table(result.scores), ...details].join('\n'));
}
