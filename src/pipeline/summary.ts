// The one paragraph the CLI prints after a build.
import type { BuildReport } from './build.ts';

export function summary(report: BuildReport, outFile: string, millis: number): string {
  const { bundle, droppedFromBoilerplate } = report;
  const origins: Record<string, number> = {};
  for (const list of [bundle.events, bundle.positions, bundle.claims, bundle.quotes]) {
    for (const item of list) origins[item.origin] = (origins[item.origin] ?? 0) + 1;
  }
  const originText = Object.entries(origins)
    .sort()
    .map(([origin, count]) => `${count} ${origin}`)
    .join(', ');
  return (
    `Built ${outFile} from ${bundle.articles.length} articles in ${(millis / 1000).toFixed(2)} s: ` +
    `${bundle.events.length} events, ${bundle.positions.length} positions, ${bundle.claims.length} claims, ` +
    `${bundle.quotes.length} quotes, ${bundle.actors.length} actors, ${bundle.mentions.length} mention records` +
    `${originText ? ` (${originText})` : ''}; ${droppedFromBoilerplate} items dropped as boilerplate.`
  );
}
