// SVG patterns for marks that stand for unverified figures: diagonal stripes in the mark's
// colour over white, so "not independently verified" reads without colour vision.
import { CHART_COLORS, type ChartColorName } from './palette.ts';

/** Pattern ids carry the chart's own prefix: several charts share a page, and each
 *  chart's SVG must still carry its own patterns when saved on its own. */
export function hatchPatternId(prefix: string, color: ChartColorName): string {
  return `${prefix}-hatch-${color}`;
}

/** A prefix safe inside url(#…), from React's useId. */
export function patternPrefix(reactId: string): string {
  return `p${reactId.replace(/[^a-zA-Z0-9]/g, '')}`;
}

export function HatchPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {(Object.keys(CHART_COLORS) as ChartColorName[]).map((name) => (
        <pattern
          key={name}
          id={hatchPatternId(prefix, name)}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill="#ffffff" />
          <rect width={3} height={6} fill={CHART_COLORS[name].hex} />
        </pattern>
      ))}
    </defs>
  );
}
