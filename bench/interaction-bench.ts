// Filter interactions on a large corpus through the real controls: toggling an actor in
// the actor combobox, clicking a date preset, and typing a date into "From". Each is timed
// in the page from the event to the frame after it.
import type { Browser, Page } from 'playwright-core';
import { openAndMeasure } from './lib/page-load.ts';
import { timeInteraction } from './lib/interaction-timer.ts';
import { serveDirectory } from './lib/static-server.ts';
import { median, percentile, round } from './lib/stats.ts';

interface Interaction {
  name: string;
  /** The DOM event the measurement starts from. */
  events: string[];
  /** Runs before the timer is armed: getting the control ready is not part of the interaction. */
  prepare?(page: Page): Promise<void>;
  act(page: Page, attempt: number): Promise<void>;
}

const PRESETS = ['2022 talks', '2025 talks', 'All dates'];
const FROM_DATES = ['2023-01-01', '2024-06-01'];

const INTERACTIONS: readonly Interaction[] = [
  {
    name: 'toggle an actor (combobox option)',
    events: ['click'],
    async prepare(page) {
      const combobox = page.getByRole('combobox', { name: 'Actors' });
      if ((await combobox.getAttribute('aria-expanded')) !== 'true') await combobox.click();
    },
    // The same option each time: odd tries choose it, even tries unchoose it.
    act: (page) => page.getByRole('option').first().click(),
  },
  {
    name: 'date preset button',
    events: ['click'],
    act: (page, attempt) => page.getByRole('group', { name: 'Date presets' }).getByRole('button', { name: PRESETS[attempt % PRESETS.length] }).click(),
  },
  {
    name: 'type a "From" date',
    events: ['input'],
    act: (page, attempt) => page.getByLabel('From', { exact: true }).fill(FROM_DATES[attempt % FROM_DATES.length]!),
  },
];

export interface InteractionSummary {
  name: string;
  tries: number;
  medianMs: number;
  p90Ms: number;
  samples: number[];
  error?: string;
}

export interface InteractionRun {
  cpuThrottle: number;
  view: string;
  /** All tries of all interactions together. */
  medianMs: number;
  p90Ms: number;
  byInteraction: InteractionSummary[];
}

async function runInteraction(page: Page, interaction: Interaction, tries: number): Promise<InteractionSummary> {
  const samples: number[] = [];
  try {
    for (let attempt = 0; attempt < tries; attempt++) {
      await interaction.prepare?.(page);
      const before = page.url();
      samples.push(round(await timeInteraction(page, interaction.events, () => interaction.act(page, attempt))));
      // Let trailing work (deferred renders, idle callbacks) finish so tries do not overlap.
      await page.waitForTimeout(150);
      // Every try changes a filter, and filters live in the link: an unchanged link means nothing was measured.
      if (page.url() === before) throw new Error(`try ${attempt + 1} left the link unchanged (${before})`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { name: interaction.name, tries: samples.length, medianMs: round(median(samples)), p90Ms: percentile(samples, 0.9), samples, error: message };
  }
  return { name: interaction.name, tries, medianMs: round(median(samples)), p90Ms: percentile(samples, 0.9), samples };
}

export async function benchInteractions(browser: Browser, distDir: string, view: string, tries: number, cpuThrottle: number): Promise<InteractionRun> {
  const server = await serveDirectory(distDir);
  try {
    const { context, page } = await openAndMeasure(browser, server, `/?view=${view}`, view, cpuThrottle);
    const byInteraction: InteractionSummary[] = [];
    for (const interaction of INTERACTIONS) {
      byInteraction.push(await runInteraction(page, interaction, tries));
      const last = byInteraction.at(-1)!;
      console.log(`  ${cpuThrottle}× ${last.name}: median ${last.medianMs} ms, p90 ${last.p90Ms} ms${last.error ? ` (${last.error})` : ''}`);
    }
    await context.close();
    const all = byInteraction.flatMap((result) => result.samples);
    return { cpuThrottle, view, medianMs: round(median(all)), p90Ms: percentile(all, 0.9), byInteraction };
  } finally {
    await server.close();
  }
}
