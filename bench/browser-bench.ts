// Cold loads of the blank floor page, the stack floor and each dashboard view. Loads are
// interleaved (blank, stack, timeline, positions, … then again) so that a busy moment on the
// shared machine hits the floors and the dashboard alike; CPU is then a ratio to the blank page's median.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openAndMeasure, type LoadMeasurement } from './lib/page-load.ts';
import { serveDirectory, type StaticServer } from './lib/static-server.ts';
import { median, round } from './lib/stats.ts';

export const VIEWS = ['timeline', 'positions', 'claims', 'articles'] as const;

export interface LoadSummary {
  loads: number;
  readyMs: number;
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  nodes: number;
  /** Gzip bytes of /data/ requests made until shortly after ready (median over loads). */
  dataBytes: number;
  dataPaths: string[];
  /** True when an article's text was fetched before any article was opened. */
  articleTextFetched: boolean;
  error?: string;
}

export interface ViewLoads {
  view: string;
  summary: LoadSummary;
  /** Main-thread task time ÷ the blank page's, both medians of the same interleaved run. */
  cpuRatio: number;
}

export interface LoadComparison {
  blank: LoadSummary;
  /** React, Query and the zod loaders drawing one line: what the stack costs before any view. */
  stack?: ViewLoads;
  views: ViewLoads[];
}

function summarise(loads: LoadMeasurement[], error?: string): LoadSummary {
  const dataRequests = loads.map((load) => load.requests.filter((request) => request.path.includes('/data/')));
  return {
    loads: loads.length,
    readyMs: round(median(loads.map((load) => load.readyMs))),
    taskMs: round(median(loads.map((load) => load.taskMs))),
    scriptMs: round(median(loads.map((load) => load.scriptMs))),
    layoutMs: round(median(loads.map((load) => load.layoutMs))),
    styleMs: round(median(loads.map((load) => load.styleMs))),
    nodes: median(loads.map((load) => load.nodes)),
    dataBytes: median(dataRequests.map((requests) => requests.reduce((sum, request) => sum + request.bytes, 0))),
    dataPaths: [...new Set(dataRequests.flat().map((request) => request.path))],
    articleTextFetched: dataRequests.flat().some((request) => request.path.includes('/articles/')),
    ...(error ? { error } : {}),
  };
}

interface Target {
  name: string;
  server: StaticServer;
  path: string;
  loads: LoadMeasurement[];
  error?: string;
}

async function loadOnce(browser: Browser, target: Target, record: boolean) {
  if (target.error) return;
  try {
    const { context, load } = await openAndMeasure(browser, target.server, target.path, target.name);
    await context.close();
    if (record) target.loads.push(load);
  } catch (error) {
    // A view that never marks itself ready is reported, and the other views still run.
    target.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/**
 * `loads` cold loads of the blank page, of the stack floor when given, and of every view,
 * after one unrecorded warm-up round.
 */
export async function compareWithBlank(browser: Browser, blankDist: string, dashboardDist: string, loads: number, stackDist?: string): Promise<LoadComparison> {
  const blankServer = await serveDirectory(blankDist);
  const dashboardServer = await serveDirectory(dashboardDist);
  const stackServer = stackDist ? await serveDirectory(stackDist) : undefined;
  try {
    const blankTarget: Target = { name: 'blank', server: blankServer, path: '/', loads: [] };
    const stackTarget: Target | undefined = stackServer && { name: 'stack', server: stackServer, path: '/', loads: [] };
    const viewTargets: Target[] = VIEWS.map((view) => ({ name: view, server: dashboardServer, path: `/?view=${view}`, loads: [] }));
    const targets = [blankTarget, ...(stackTarget ? [stackTarget] : []), ...viewTargets];
    // The first loads after launch pay for starting renderer processes; they are not counted.
    for (const target of targets) await loadOnce(browser, target, false);
    for (let pass = 0; pass < loads; pass++) {
      for (const target of targets) await loadOnce(browser, target, true);
    }
    const blank = summarise(blankTarget.loads, blankTarget.error);
    const compare = (target: Target): ViewLoads => {
      const summary = summarise(target.loads, target.error);
      console.log(`  ${target.name}: ready ${summary.readyMs} ms, main thread ${summary.taskMs} ms (script ${summary.scriptMs}, layout ${summary.layoutMs}, style ${summary.styleMs}, ${summary.nodes} nodes; blank ${blank.taskMs} ms)${summary.error ? ` — ${summary.error}` : ''}`);
      return { view: target.name, summary, cpuRatio: round2(summary.taskMs / blank.taskMs) };
    };
    return { blank, ...(stackTarget ? { stack: compare(stackTarget) } : {}), views: viewTargets.map(compare) };
  } finally {
    await Promise.all([blankServer.close(), dashboardServer.close(), stackServer?.close()]);
  }
}

const round2 = (value: number) => round(value, 2);

/** Opens one article through the link (`?view=articles&article=<id>`) and reports whether its text was fetched. */
export async function checkArticleTextLoadsOnOpen(browser: Browser, distDir: string): Promise<{ articleId: string; fetched: string | null }> {
  const index = JSON.parse(await readFile(path.join(distDir, 'data/bundle/index.json'), 'utf8')) as { articles: { id: string }[] };
  const articleId = index.articles[0]?.id;
  if (!articleId) throw new Error('the index lists no articles');
  const server = await serveDirectory(distDir);
  try {
    const { context, page } = await openAndMeasure(browser, server, `/?view=articles&article=${encodeURIComponent(articleId)}`, 'articles');
    const expected = `/data/bundle/articles/${articleId}.json`;
    for (let waited = 0; waited < 10_000 && !server.requests.some((request) => request.path.endsWith(expected)); waited += 250) {
      await page.waitForTimeout(250);
    }
    await context.close();
    return { articleId, fetched: server.requests.find((request) => request.path.endsWith(expected))?.path ?? null };
  } finally {
    await server.close();
  }
}
