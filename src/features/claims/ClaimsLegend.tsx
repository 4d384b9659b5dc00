// Says what the marks mean in words, so neither colour nor pattern carries meaning alone.
import { CHART_COLORS, type ChartColorName } from '../../components/charts/palette.ts';

interface ClaimsLegendProps {
  claimants: readonly { name: string; color: ChartColorName }[];
}

function Swatch({ color, hatched }: { color: ChartColorName; hatched: boolean }) {
  const { hex, swatch } = CHART_COLORS[color];
  if (!hatched) return <span aria-hidden="true" className={`inline-block h-3 w-5 ${swatch}`} />;
  const stripes = `repeating-linear-gradient(45deg, ${hex} 0 3px, #ffffff 3px 6px)`;
  return <span aria-hidden="true" className="inline-block h-3 w-5 border" style={{ background: stripes, borderColor: hex }} />;
}

export function ClaimsLegend({ claimants }: ClaimsLegendProps) {
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-800">
      <span className="flex items-center gap-1">
        <Swatch color="black" hatched />
        Hatched: not independently verified
      </span>
      <span className="flex items-center gap-1">
        <Swatch color="black" hatched={false} />
        Solid: independently verified
      </span>
      {claimants.map((claimant) => (
        <span key={claimant.name} className="flex items-center gap-1">
          <Swatch color={claimant.color} hatched={false} />
          {claimant.name}
        </span>
      ))}
    </div>
  );
}
