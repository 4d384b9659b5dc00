// The filter panels of the views that are not the default one: propositions for positions,
// metrics and verification for claims. A chunk of their own, fetched with their view.
import { CheckboxGroup } from '../../components/ui/CheckboxGroup.tsx';
import { humanise, verificationLabel } from '../../lib/labels.ts';
import type { ViewState } from '../../lib/view-state.ts';
import { Verification, type BundleIndex } from '../../schema/bundle.ts';
import { propositionOf, propositionOrder } from '../../schema/propositions.ts';

export function ViewFilterPanel({
  index,
  view,
  setView,
}: {
  index: BundleIndex;
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const { topics, metrics } = index;

  if (view.view === 'positions') {
    return (
      <section aria-label="Positions filters" className="mb-4 rounded border border-slate-200 bg-slate-50 p-3">
        <CheckboxGroup
          legend="Propositions"
          options={[...topics]
            .sort((a, b) => propositionOrder(a) - propositionOrder(b))
            .map((topic) => ({ value: topic, label: propositionOf(topic)?.label ?? humanise(topic) }))}
          selected={view.topics}
          onChange={(next) => setView({ topics: next })}
        />
      </section>
    );
  }
  if (view.view === 'claims') {
    return (
      <section aria-label="Claims filters" className="mb-4 flex flex-wrap gap-x-6 gap-y-3 rounded border border-slate-200 bg-slate-50 p-3">
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
      </section>
    );
  }
  return null;
}
