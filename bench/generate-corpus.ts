// Usage: tsx bench/generate-corpus.ts --n 1000 --out bench/corpus/out-1000 --seed 1
import { parseArgs } from 'node:util';
import { writeCorpus } from './generator/corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.n);
if (!Number.isInteger(count) || count < 1) throw new Error(`--n must be a positive integer, got ${values.n}`);
const outDir = values.out ?? `bench/corpus/out-${count}`;
const summary = await writeCorpus(count, outDir, Number(values.seed));
console.log(`wrote ${summary.articles} articles (${(summary.bytes / 1e6).toFixed(1)} MB) and manifest.json to ${summary.dir}`);
