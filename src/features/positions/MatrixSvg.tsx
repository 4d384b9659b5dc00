// The matrix drawn as an SVG for the PNG and SVG downloads: the same rows, columns, symbols,
// words and colours, with attributes only (a file opened on its own has no stylesheet).
import { formatDate } from '../../lib/labels.ts';
import { partyColour } from '../../lib/party-colours.ts';
import type { Actor } from '../../schema/bundle.ts';
import { wrapLabel } from '../../lib/wrap-text.ts';
import { propositionLabel } from './MatrixTable.tsx';
import { cellKey, type Matrix, type PartyColumn } from './matrix.ts';
import { STANCE } from './StanceLabel.tsx';

const LABEL_WIDTH = 260;
const COLUMN_WIDTH = 120;
const HEADER_HEIGHT = 40;
const ROW_HEIGHT = 44;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function MatrixSvg({ matrix, parties, actors, title }: { matrix: Matrix; parties: PartyColumn[]; actors: ReadonlyMap<string, Actor>; title: string }) {
  const width = LABEL_WIDTH + parties.length * COLUMN_WIDTH;
  const height = HEADER_HEIGHT + matrix.propositions.length * ROW_HEIGHT;
  return (
    <svg role="img" aria-label={title} width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={FONT}>
      {parties.map(({ actor }, c) => (
        <g key={actor.id} transform={`translate(${LABEL_WIDTH + c * COLUMN_WIDTH},0)`}>
          <rect x="4" y="12" width="10" height="10" rx="2" fill={partyColour(actor.id, actors)} />
          <text x="18" y="21" fontSize="12" fontWeight="600" fill="#111827">
            {actor.name.length > 16 ? `${actor.name.slice(0, 15)}…` : actor.name}
          </text>
        </g>
      ))}
      {matrix.propositions.map((proposition, r) => {
        const y = HEADER_HEIGHT + r * ROW_HEIGHT;
        return (
          <g key={proposition} transform={`translate(0,${y})`}>
            <line x1="0" x2={width} y1="0" y2="0" stroke="#e2e8f0" />
            {wrapLabel(propositionLabel(proposition), 38).slice(0, 2).map((line, i) => (
              <text key={i} x="4" y={16 + i * 15} fontSize="12" fill="#111827">
                {line}
              </text>
            ))}
            {parties.map(({ actor }, c) => {
              const latest = matrix.cells.get(cellKey(proposition, actor.id))?.at(-1);
              const x = LABEL_WIDTH + c * COLUMN_WIDTH;
              if (!latest) {
                return (
                  <text key={actor.id} x={x + 6} y="22" fontSize="12" fill="#64748b">
                    —
                  </text>
                );
              }
              const stance = STANCE[latest.stance];
              return (
                <g key={actor.id} transform={`translate(${x},0)`}>
                  <text x="6" y="18" fontSize="13" fontWeight="600" fill={stance.hex}>
                    {stance.symbol} <tspan fill="#111827">{stance.label}</tspan>
                  </text>
                  <text x="6" y="34" fontSize="11" fill="#334155">
                    {formatDate(latest.date)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
