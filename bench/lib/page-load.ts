// One cold page load in a fresh browser context: time to the view's readiness mark,
// main-thread CPU spent until then (Chromium's own task accounting), and what was fetched.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { StaticServer, ServedRequest } from './static-server.ts';

export interface LoadMeasurement {
  /** performance.mark('view-ready:<view>').startTime: ms since navigation start. */
  readyMs: number;
  /** Main-thread task time until ready (CDP Performance TaskDuration). */
  taskMs: number;
  /** Of which JavaScript execution (CDP ScriptDuration). */
  scriptMs: number;
  /** Of which layout and style recalculation: large DOMs show up here rather than in script. */
  layoutMs: number;
  styleMs: number;
  /** DOM nodes when ready. */
  nodes: number;
  /** Everything served from navigation until shortly after ready. */
  requests: ServedRequest[];
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Stays attached so CPU throttling holds for interactions that follow. */
  cdp: CDPSession;
  load: LoadMeasurement;
}

// Generous: the 10,000-article corpus at 4× CPU throttling on a busy machine takes tens of seconds.
const READY_TIMEOUT_MS = 120_000;
/** Time after the mark in which late requests of the first view still count. */
const SETTLE_MS = 500;

/**
 * Calls back into the bench when the page marks a view ready, so no polling runs on the
 * page's main thread. Source text, because tsx-compiled functions carry helpers the page lacks.
 */
const REPORT_READY_MARKS = `{
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name.startsWith('view-ready:')) window.__benchViewReady?.(name);
    return entry;
  };
}`;

export async function openAndMeasure(
  browser: Browser,
  server: StaticServer,
  pathAndQuery: string,
  view: string,
  cpuThrottle = 1,
  /** Runs on the page's CDP session before navigation (e.g. to start a CPU profile). */
  beforeNavigation?: (cdp: CDPSession) => Promise<void>,
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  const markName = `view-ready:${view}`;
  let markSeen: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markSeen = resolve));
  await page.exposeBinding('__benchViewReady', (_source, name: string) => {
    if (name === markName) markSeen();
  });
  await page.addInitScript(REPORT_READY_MARKS);

  await beforeNavigation?.(cdp);
  const firstRequest = server.requests.length;
  await page.goto(server.origin + pathAndQuery);
  // The mark may already have fired during goto; the binding resolved the promise either way.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${markName} not seen within ${READY_TIMEOUT_MS} ms at ${pathAndQuery}`)), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    await context.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  const metric = (name: string) => value(name) * 1000;
  const readyMs = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, markName);
  await page.waitForTimeout(SETTLE_MS);
  return {
    context,
    page,
    cdp,
    load: { readyMs, taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration'), layoutMs: metric('LayoutDuration'), styleMs: metric('RecalcStyleDuration'), nodes: value('Nodes'), requests: server.requests.slice(firstRequest) },
  };
}
