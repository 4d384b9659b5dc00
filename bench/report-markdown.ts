// Renders a run's figures as a Markdown report (the goals table, then what dominates each
// figure). It is written beside results.json in bench/results/, which git ignores: measured
// figures belong to a run and a machine, not to the sources.
import type { BenchResults } from './goals.ts';
import { formatGoalsTable, kb, mb } from './lib/goals.ts';

/** Profile labels can be whole regular expressions: keep the start, enough to find it in the code. */
const short = (label: string) => (label.length > 70 ? `${label.slice(0, 67)}…` : label);

const list = (entries: [string, number][], unit: (value: number) => string) => entries.map(([name, value]) => `${name} ${unit(value)}`).join(', ');

function diagnosis(r: BenchResults): string {
  const lines: string[] = [];
  const first = r.chunkComposition?.find((chunk) => r.seedsBuild?.chunks.find((c) => c.file === chunk.file)?.firstView);
  if (first) lines.push(`- **First-view JS** (${kb(first.gzipBytes)} in \`${first.file}\`; blank React page ${kb(r.blankBuild?.firstViewJsBytes ?? Number.NaN)}): ${list(Object.entries(first.owners).slice(0, 8), kb)} (estimated shares).`);
  const stack = r.seedsLoads?.stack;
  if (r.stackBuild && stack) {
    lines.push(`- **Stack floor** (React, TanStack Query and the app's zod loaders fetching the index and events, drawing one line): first-view JS ${kb(r.stackBuild.firstViewJsBytes)}; main thread ${Math.round(stack.summary.taskMs)} ms, ${stack.cpuRatio} × the blank page, before any view of the dashboard is drawn.`);
  }
  for (const chunk of r.chunkComposition ?? []) {
    if (chunk === first) continue;
    lines.push(`- **Lazy chunk** \`${chunk.file}\` ${kb(chunk.gzipBytes)}: ${list(Object.entries(chunk.owners).slice(0, 6), kb)}.`);
  }
  const index = r.largeIndex;
  if (index) {
    const fields = Object.entries(index.byField).filter(([, bytes]) => bytes > 1000).sort((a, b) => b[1] - a[1]);
    const files = Object.entries(index.collections).map(([name, size]) => [`${name}.json`, size.gzipBytes] as [string, number]);
    lines.push(`- **Data, ${index.articles.toLocaleString('en-US')} articles**: index.json ${mb(index.gzipBytes)} gzip (${mb(index.rawBytes)} raw; by field, each gzipped alone: ${list(fields, mb)}), loaded by every view; then each view's own file: ${list(files, mb)}; evidence \`quote\` strings account for ${mb(index.evidenceQuoteBytes)} of the collections' gzip size.`);
  }
  for (const view of r.largeLoads?.views ?? []) {
    const s = view.summary;
    const profile = r.largeProfiles?.find((p) => p.view === view.view);
    const top = profile ? `; self time in one profiled load: ${profile.top.slice(0, 6).map((t) => `${short(t.where)} ${t.ms} ms`).join(', ')}` : '';
    lines.push(`- **${view.view}, ${r.largeCorpus.toLocaleString('en-US')} articles**: main thread ${Math.round(s.taskMs)} ms to ready (${view.cpuRatio} × blank; script ${Math.round(s.scriptMs)} ms, layout ${Math.round(s.layoutMs)} ms, style ${Math.round(s.styleMs)} ms, ${s.nodes.toLocaleString('en-US')} DOM nodes)${top}.`);
  }
  for (const run of r.interactions ?? []) {
    lines.push(`- **Filter interactions at ${run.cpuThrottle}× CPU**: ${run.byInteraction.map((i) => `${i.name}: median ${i.medianMs} ms, p90 ${i.p90Ms} ms`).join('; ')}.`);
  }
  if (r.lighthouse && !r.lighthouse.error) {
    lines.push(`- **Lighthouse runs** (score, LCP, TBT): ${r.lighthouse.all.map((run) => `${run.score}/${Math.round(run.lcpMs)}/${Math.round(run.tbtMs)}`).join(', ')}; LCP element: \`${r.lighthouse.lcpElement}\`${r.lighthouse.layoutShifts.length ? `; shifts: ${r.lighthouse.layoutShifts.map((s) => `${s.element} (${s.score})`).join(', ')}` : ''}.`);
  }
  if (r.pipelineProfile) lines.push(`- **Pipeline, 1,000 articles, self time by source**: ${r.pipelineProfile.map((p) => `${short(p.where)} ${p.ms} ms`).join(', ')}.`);
  const sizes = r.pipeline?.sizes ?? [];
  if (sizes.length) lines.push(`- **Pipeline runs**: ${sizes.map((s) => `${s.articles}: wall ${Math.round(s.pipelineMs)} ms, CPU ${s.pipelineCpuMs} ms (kernel ${s.pipelineSystemMs ?? '?'} ms; first build ${s.firstBuild?.cpuMs ?? '?'} ms, kernel ${s.firstBuild?.systemMs ?? '?'} ms), floor CPU ${s.floorCpuMs} ms (floor's own read+regex ${s.floorWorkMs} ms), peak ${s.peakRssMb} MB`).join('; ')}.`);
  return lines.join('\n');
}

export function renderReport(r: BenchResults): string {
  const header = `Run of ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC${r.quick ? ' (quick: smaller corpus, fewer repeats)' : ''}, ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, ${r.durationS} s.`;
  const errors = Object.entries(r.errors).map(([step, message]) => `- ${step}: ${message}`);
  return [
    '# Bench run',
    '',
    header,
    '',
    formatGoalsTable(r.goals ?? []),
    '',
    '## What dominates each figure',
    '',
    diagnosis(r),
    ...(errors.length ? ['', '## Steps that failed', '', ...errors] : []),
    '',
  ].join('\n');
}
