// Says what the marks mean in words, so neither colour nor shape carries meaning alone.
import { shapePath } from '../../components/charts/mark-path.ts';
import type { MarkShape } from '../../components/charts/mark-path.ts';
import { METRIC_LABELS } from '../../lib/claim-text.ts';
import type { ClaimMetric } from '../../schema/bundle.ts';
import type { TalksRound } from './talks-rounds.ts';

interface ClaimsLegendProps {
  shapes: ReadonlyMap<ClaimMetric, MarkShape>;
  claimants: readonly { name: string; colour: string }[];
  rounds: readonly TalksRound[];
}

function Mark({ d, fill, stroke, dash }: { d: string; fill: string; stroke: string; dash?: string }) {
  return (
    <svg aria-hidden="true" width={22} height={18} viewBox="0 0 22 18" className="shrink-0">
      <path d={d} fill={fill} stroke={stroke} strokeWidth={2} strokeDasharray={dash} />
    </svg>
  );
}

const item = 'flex items-center gap-1';

export function ClaimsLegend({ shapes, claimants, rounds }: ClaimsLegendProps) {
  return (
    <ul aria-label="How to read the chart" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-800">
      {claimants.map((claimant) => (
        <li key={claimant.name} className={item}>
          <Mark d={shapePath('square', 11, 9, 5)} fill={claimant.colour} stroke={claimant.colour} />
          {claimant.name}
        </li>
      ))}
      {[...shapes].map(([metric, shape]) => (
        <li key={metric} className={item}>
          <Mark d={shapePath(shape, 11, 9, 5)} fill="#374151" stroke="#374151" />
          {METRIC_LABELS[metric]}
        </li>
      ))}
      <li className={item}>
        <Mark d={shapePath('circle', 11, 9, 5)} fill="#ffffff" stroke="#374151" />
        Hollow: not independently verified (or not stated)
      </li>
      <li className={item}>
        <Mark d="M11,2V16M6,2h10M6,16h10" fill="none" stroke="#374151" />
        Bar: a range, an arrow: “more than” or “up to”, dotted: “about”
      </li>
      <li className={item}>
        <Mark d={shapePath('circle', 11, 9, 7)} fill="none" stroke="#111827" dash="3 2" />
        Dashed ring: figures disputed
      </li>
      {rounds.length > 0 && (
        <li className={item}>
          <Mark d="M4,1h14v10l-7,6l-7,-6Z" fill="#374151" stroke="#374151" />
          Numbered markers: talks rounds ({rounds.map((round) => round.words).join('; ')})
        </li>
      )}
    </ul>
  );
}
