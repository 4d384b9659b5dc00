// Within one chart, each metric has its own mark shape (killed a circle, wounded a square …),
// so shape tells metrics apart and colour tells claimants apart; the legend says both in words.
import type { ClaimMetric } from '../../schema/bundle.ts';
import type { MetricFamily } from '../../lib/claim-text.ts';

const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Shape = (typeof SHAPES)[number];

export function shapeOf(metric: ClaimMetric, family: MetricFamily): Shape {
  const at = (family.metrics as readonly ClaimMetric[]).indexOf(metric);
  return SHAPES[Math.max(0, at) % SHAPES.length]!;
}

export const SHAPE_WORDS: Record<Shape, string> = { circle: 'circle', square: 'square', triangle: 'triangle', diamond: 'diamond' };
