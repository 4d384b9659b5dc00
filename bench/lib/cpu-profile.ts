// Where a page's main-thread JavaScript time goes, by original source file: a CDP CPU
// profile of one cold load, mapped back through the build's source maps.
import { readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { ownerOf } from '../bundle-bench.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export const startProfiling = async (cdp: CDPSession) => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
};

export const stopProfiling = async (cdp: CDPSession): Promise<Profile> => (await cdp.send('Profiler.stop')).profile as Profile;

export interface SelfTime {
  /** Package or source folder ("react-dom", "zod", "src/features/claims"), or a function for our own code. */
  where: string;
  ms: number;
}

/** Self time grouped by the package or source file each function comes from (largest first). */
export async function attributeSelfTime(profile: Profile, distDir: string, origin: string): Promise<SelfTime[]> {
  const maps = new Map<string, SourceMap | null>();
  const mapFor = async (url: string) => {
    if (!maps.has(url)) {
      const file = path.join(distDir, url.slice(origin.length));
      const payload = await readFile(file + '.map', 'utf8').then(JSON.parse).catch(() => null);
      maps.set(url, payload ? new SourceMap(payload) : null);
    }
    return maps.get(url) ?? null;
  };
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  for (let index = 0; index < profile.samples.length; index++) {
    const node = nodeById.get(profile.samples[index]!);
    if (!node) continue;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    let where = functionName ? `(${functionName})` : '(program)';
    if (url.startsWith(origin)) {
      const entry = (await mapFor(url))?.findEntry(lineNumber, columnNumber) as { originalSource?: string } | undefined;
      const source = entry?.originalSource?.replace(/^.*?(node_modules\/|src\/)/, '$1');
      where = source ? (source.startsWith('src/') ? `${source} ${functionName}`.trim() : ownerOf(source)) : url.slice(origin.length);
    } else if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(functionName)) {
      where = functionName;
    }
    totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  }
  totals.delete('(idle)');
  return [...totals].map(([where, ms]) => ({ where, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms);
}
