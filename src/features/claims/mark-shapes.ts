// Within one chart, each metric drawn has its own mark shape (killed a circle, wounded a
// square …), so shape tells metrics apart and colour tells claimants apart; the legend says
// both in words. Shapes go to the metrics present, in the family's order, so a chart of up to
// six metrics never repeats one.
import type { MarkShape } from '../../components/charts/mark-path.ts';
import type { ClaimMetric } from '../../schema/bundle.ts';
import type { MetricFamily } from '../../lib/claim-text.ts';

const SHAPES: readonly MarkShape[] = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'];

export function metricShapes(family: MetricFamily, present: ReadonlySet<ClaimMetric>): Map<ClaimMetric, MarkShape> {
  const drawn = (family.metrics as readonly ClaimMetric[]).filter((metric) => present.has(metric));
  return new Map(drawn.map((metric, i) => [metric, SHAPES[i % SHAPES.length]!]));
}
