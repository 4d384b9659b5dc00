// The filters that shape every view. Dates and actors apply everywhere; topics only
// mean something for positions, metrics and verification only for claims.
import { useMemo } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { CheckboxGroup } from '../../components/ui/CheckboxGroup.tsx';
import { hasActiveFilters } from '../../lib/filter-index.ts';
import { humanise, verificationLabel } from '../../lib/labels.ts';
import type { ViewState } from '../../lib/view-state.ts';
import { Verification, type BundleIndex } from '../../schema/bundle.ts';
import { ActorFilter } from './ActorFilter.tsx';
import { DateRangeFilter } from './DateRangeFilter.tsx';
import { clearedFilters } from '../../lib/clear-filters.ts';

const uniqueSorted = (values: string[]) => [...new Set(values)].sort();

export function FilterBar({
  index,
  view,
  setView,
}: {
  index: BundleIndex | undefined;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const topics = useMemo(() => uniqueSorted(index?.positions.map((p) => p.topic) ?? []), [index]);
  const metrics = useMemo(() => uniqueSorted(index?.claims.map((c) => c.metric) ?? []), [index]);

  return (
    <section aria-label="Filters" className="flex flex-wrap items-start gap-x-6 gap-y-3 rounded border border-slate-200 bg-slate-50 p-3">
      <DateRangeFilter from={view.from} to={view.to} setView={setView} />
      {index && <ActorFilter index={index} selected={view.actors} onChange={(actors) => setView({ actors })} />}
      {index && view.view === 'positions' && (
        <CheckboxGroup
          legend="Topics"
          options={topics.map((topic) => ({ value: topic, label: humanise(topic) }))}
          selected={view.topics}
          onChange={(next) => setView({ topics: next })}
        />
      )}
      {index && view.view === 'claims' && (
        <>
          <CheckboxGroup
            legend="Metrics"
            options={metrics.map((metric) => ({ value: metric, label: humanise(metric) }))}
            selected={view.metrics}
            onChange={(next) => setView({ metrics: next })}
          />
          <CheckboxGroup
            legend="Verification"
            options={Verification.options.map((status) => ({ value: status, label: verificationLabel(status) }))}
            selected={view.status}
            onChange={(next) => setView({ status: next as ViewState['status'] })}
          />
        </>
      )}
      <div className="self-end">
        <Button onClick={() => setView(clearedFilters)} disabled={!hasActiveFilters(view)}>
          Clear filters
        </Button>
      </div>
    </section>
  );
}
