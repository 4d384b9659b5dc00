// Lighthouse's mobile preset (simulated slow 4G and 4× CPU) on the default view, median of
// several runs, each in a freshly launched Chromium so nothing is cached between them.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveDirectory } from './lib/static-server.ts';
import { median, repeat, round } from './lib/stats.ts';

export interface LighthouseRun {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** What moved (CLS) and what the largest paint was, so a miss can be traced to an element. */
  layoutShifts: { element: string; score: number }[];
  lcpElement: string | null;
}

export interface LighthouseSummary extends LighthouseRun {
  runs: number;
  all: LighthouseRun[];
  error?: string;
}

async function runOnce(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const items = (id: string) => ((lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []);
    const describe = (node: unknown) => {
      const { selector, snippet } = (node ?? {}) as { selector?: string; snippet?: string };
      return [selector, snippet?.slice(0, 160)].filter(Boolean).join(' ') || 'unknown element';
    };
    return {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcpMs: round(audit('largest-contentful-paint')),
      tbtMs: round(audit('total-blocking-time')),
      cls: round(audit('cumulative-layout-shift'), 3),
      fcpMs: round(audit('first-contentful-paint')),
      layoutShifts: items('layout-shifts').slice(0, 5).map((item) => ({ element: describe(item.node), score: round(Number(item.score), 4) })),
      lcpElement: items('largest-contentful-paint-element').flatMap((item) => ((item.items as Record<string, unknown>[] | undefined) ?? [item])).map((item) => describe(item.node))[0] ?? null,
    };
  } finally {
    await chrome.kill();
  }
}

export async function benchLighthouse(distDir: string, pathAndQuery: string, runs: number): Promise<LighthouseSummary> {
  const server = await serveDirectory(distDir);
  try {
    const all = await repeat(runs, () => runOnce(server.origin + pathAndQuery));
    const of = (pick: (run: LighthouseRun) => number) => median(all.map(pick));
    const typical = [...all].sort((a, b) => a.score - b.score)[Math.floor(all.length / 2)]!;
    return { runs, all, layoutShifts: typical.layoutShifts, lcpElement: typical.lcpElement, score: of((run) => run.score), lcpMs: of((run) => run.lcpMs), tbtMs: of((run) => run.tbtMs), cls: of((run) => run.cls), fcpMs: of((run) => run.fcpMs) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const none = Number.NaN;
    return { runs, all: [], score: none, lcpMs: none, tbtMs: none, cls: none, fcpMs: none, layoutShifts: [], lcpElement: null, error: message };
  } finally {
    await server.close();
  }
}
