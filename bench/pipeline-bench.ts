// Pipeline speed and memory at growing corpus sizes, against the read-and-regex floor
// measured in the same run (absolute times on a shared machine mean little alone).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeCorpus } from './generator/corpus.ts';
import { measureTsScript } from './lib/measure-process.ts';
import { median, repeat, round } from './lib/stats.ts';

export const PIPELINE_CLI = 'src/pipeline/cli.ts';

/** Waits for the kernel to write pending file data to disk (`sync`); skipped where there is no such command. */
function flushFileWrites(): void {
  if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' });
}

export interface PipelineSizeResult {
  articles: number;
  corpusBytes: number;
  runs: number;
  /** Wall time of `npm run data`'s command re-run over its previous output, startup included, median of `runs`. */
  pipelineMs: number;
  /** The same process start, file reads and one regex pass; median of `runs`. */
  floorMs: number;
  /** User + system CPU time: steadier than wall time when others share the machine. */
  pipelineCpuMs: number | null;
  floorCpuMs: number | null;
  /** The kernel's share of `pipelineCpuMs` (median): reading, writing and linking files. */
  pipelineSystemMs: number | null;
  /** One run into an empty folder (every file created), before the measured re-runs. */
  firstBuild?: { wallMs: number; cpuMs: number | null; systemMs: number | null };
  /** Pipeline CPU time ÷ floor CPU time (wall-time ratio when CPU time is unavailable). */
  cpuRatioToFloor: number;
  /** The lowest and highest ratio of one pipeline run to the floor run just before it: how far one run can be trusted. */
  cpuRatioRange?: [number, number] | null;
  /** The floor's own work without process start (read + regex only). */
  floorWorkMs: number;
  ratioToFloor: number;
  peakRssMb: number | null;
  floorPeakRssMb: number | null;
}

/** Lowest and highest of `a ÷ b` over pairs, to two places; null if any CPU time is missing. */
export function ratioRange(pairs: readonly (readonly [number | null, number | null])[]): [number, number] | null {
  if (pairs.length === 0 || pairs.some(([a, b]) => !a || !b)) return null;
  const ratios = pairs.map(([a, b]) => (a as number) / (b as number));
  return [round(Math.min(...ratios), 2), round(Math.max(...ratios), 2)];
}

export interface PipelineBenchResult {
  sizes: PipelineSizeResult[];
  /** time(10k) ÷ time(1k), or the largest ÷ the one before in a quick run. */
  scaling: { from: number; to: number; ratio: number; cpuRatio: number | null } | null;
  skipped?: string;
}

export async function corpusDir(root: string, articles: number): Promise<string> {
  return path.join(root, 'bench/corpus', `out-${articles}`);
}

/** Where the pipeline bench leaves its output for `articles`, for the app build to reuse. */
export const pipelineOutput = (root: string, articles: number) => path.join(root, 'bench/out/pipeline', `bundle-${articles}.json`);

export async function ensureCorpus(root: string, articles: number) {
  const dir = await corpusDir(root, articles);
  // Regenerated every run: cheap (≈1 s per 2,000 articles) and guarantees the seed's content.
  return writeCorpus(articles, dir, 1);
}

export async function benchPipeline(root: string, plan: { articles: number; runs: number }[]): Promise<PipelineBenchResult> {
  if (!existsSync(path.join(root, PIPELINE_CLI))) return { sizes: [], scaling: null, skipped: `${PIPELINE_CLI} not found` };
  const outRoot = path.join(root, 'bench/out/pipeline');
  await mkdir(outRoot, { recursive: true });
  const sizes: PipelineSizeResult[] = [];
  for (const { articles, runs } of plan) {
    const corpus = await ensureCorpus(root, articles);
    const outFile = pipelineOutput(root, articles);
    // A first build, into a folder no run has written, creates every payload file; the
    // measured runs after it are re-runs over the previous output, as `npm run data` is used.
    const firstOut = path.join(outRoot, `first-${articles}`);
    await rm(firstOut, { recursive: true, force: true });
    flushFileWrites();
    const first = await measureTsScript(PIPELINE_CLI, ['--in', corpus.dir, '--out', path.join(firstOut, 'bundle.json')], root);
    // Floor and pipeline take turns, so a slow spell of the shared machine lands on both,
    // and each starts with no file data of an earlier run still waiting to go to disk.
    const pairs = await repeat(runs, async () => {
      flushFileWrites();
      const floor = await measureTsScript('bench/floor.ts', [corpus.dir], root);
      flushFileWrites();
      const pipeline = await measureTsScript(PIPELINE_CLI, ['--in', corpus.dir, '--out', outFile], root);
      return { floor, pipeline };
    });
    await rm(firstOut, { recursive: true, force: true });
    const floor = pairs.map((pair) => pair.floor);
    const pipeline = pairs.map((pair) => pair.pipeline);
    const pipelineMs = median(pipeline.map((run) => run.wallMs));
    const floorMs = median(floor.map((run) => run.wallMs));
    // A time some run could not report leaves no median rather than a median of the others.
    const medianOf = (times: (number | null)[]) => (times.every((time) => time !== null) ? round(median(times as number[])) : null);
    const pipelineCpuMs = medianOf(pipeline.map((run) => run.cpuMs));
    const pipelineSystemMs = medianOf(pipeline.map((run) => run.systemMs));
    const floorCpuMs = medianOf(floor.map((run) => run.cpuMs));
    const peak = (rss: (number | null)[]) => (rss.every((value) => value !== null) ? round(Math.max(...(rss as number[])) / 1024 / 1024) : null);
    sizes.push({
      articles,
      corpusBytes: corpus.bytes,
      runs,
      pipelineMs: round(pipelineMs),
      floorMs: round(floorMs),
      floorWorkMs: round(median(floor.map((run) => (JSON.parse(run.stdout) as { ms: number }).ms))),
      ratioToFloor: round(pipelineMs / floorMs, 2),
      pipelineCpuMs,
      floorCpuMs,
      pipelineSystemMs,
      cpuRatioToFloor: pipelineCpuMs && floorCpuMs ? round(pipelineCpuMs / floorCpuMs, 2) : round(pipelineMs / floorMs, 2),
      cpuRatioRange: ratioRange(pairs.map(({ pipeline, floor }) => [pipeline.cpuMs, floor.cpuMs])),
      firstBuild: { wallMs: round(first.wallMs), cpuMs: first.cpuMs, systemMs: first.systemMs },
      peakRssMb: peak(pipeline.map((run) => run.maxRssBytes)),
      floorPeakRssMb: peak(floor.map((run) => run.maxRssBytes)),
    });
    console.log(`pipeline ${articles} articles: ${Math.round(pipelineMs)} ms wall, ${pipelineCpuMs} ms CPU, ${pipelineSystemMs} ms of it in the kernel (floor ${Math.round(floorMs)} ms wall, ${floorCpuMs} ms CPU); first build ${first.cpuMs} ms CPU, ${first.systemMs} ms in the kernel`);
  }
  const last = sizes.at(-1);
  const before = sizes.at(-2);
  const scaling = last && before
    ? { from: before.articles, to: last.articles, ratio: round(last.pipelineMs / before.pipelineMs, 2), cpuRatio: last.pipelineCpuMs && before.pipelineCpuMs ? round(last.pipelineCpuMs / before.pipelineCpuMs, 2) : null }
    : null;
  return { sizes, scaling };
}
