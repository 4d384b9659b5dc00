// Downloads of what is in view: the events as CSV and JSON, the overview strip as SVG and
// PNG. Every file carries the credit line (title, outlets, dataset version, date, link), so a
// copy that travels without the page still says where it came from.
import { useState, type RefObject } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { creditLine, datasetVersion } from '../../lib/export/credit-line.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { downloadBlob, downloadText } from '../../lib/export/download.ts';
import { exportFilename } from '../../lib/export/filename.ts';
import { svgToPngBlob } from '../../lib/export/png-export.ts';
import { buildExportSvg } from '../../lib/export/svg-export.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { BundleIndex, TalksEvent } from '../../schema/bundle.ts';
import { eventRecords, EVENT_CSV_COLUMNS } from './timeline-records.ts';
import type { TimelineContext } from './timeline-context.ts';

function filtersText(view: ViewState, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (view.from || view.to) parts.push(`dates ${view.from ?? 'start'} to ${view.to ?? 'end'}`);
  if (view.actors.length > 0) parts.push(`actors ${view.actors.map((id) => names.get(id) ?? id).join(', ')}`);
  return `Filters: ${parts.length > 0 ? parts.join('; ') : 'none'}`;
}

export function TimelineDownloads({
  title,
  events,
  index,
  view,
  context,
  stripRef,
}: {
  title: string;
  events: readonly TalksEvent[];
  index: BundleIndex;
  view: ViewState;
  context: TimelineContext;
  stripRef: RefObject<SVGSVGElement | null>;
}) {
  const [status, setStatus] = useState('');
  const name = (extension: string) => exportFilename('timeline', [view.from, view.to], extension);
  const credit = () => {
    const articles = new Set(events.flatMap((event) => event.evidence.map((evidence) => evidence.articleId)));
    return creditLine({
      title,
      outlets: [...articles].map((id) => context.outletOf.get(id) ?? id),
      version: datasetVersion(index.articles),
      date: new Date().toISOString().slice(0, 10),
      url: window.location.href,
    });
  };

  const run = async (action: () => Promise<string> | string) => {
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The download failed.');
    }
  };
  const exportedStrip = () => {
    const svg = stripRef.current;
    return svg ? buildExportSvg(svg, { title, filters: filtersText(view, context.actorNames), sources: credit() }) : null;
  };

  const saveCsv = () =>
    run(() => {
      const line = credit();
      const rows = eventRecords(events, context).map((record) => ({ ...record, credit: line }));
      downloadText(toCsv(EVENT_CSV_COLUMNS, rows), 'text/csv;charset=utf-8', name('csv'));
      return `CSV saved: ${rows.length} events`;
    });
  const saveJson = () =>
    run(() => {
      // Every sentence each event was read from, with its offsets, beside the flat record.
      const records = eventRecords(events, context).map((record, i) => ({ ...record, evidence: events[i]!.evidence }));
      const payload = { title, credit: credit(), filters: filtersText(view, context.actorNames), events: records };
      downloadText(`${JSON.stringify(payload, null, 2)}\n`, 'application/json', name('json'));
      return `JSON saved: ${events.length} events`;
    });
  const saveSvg = () =>
    run(() => {
      const exported = exportedStrip();
      if (!exported) return 'No strip to save yet.';
      downloadText(exported.svg, 'image/svg+xml;charset=utf-8', name('svg'));
      return 'SVG saved';
    });
  const savePng = () =>
    run(async () => {
      const exported = exportedStrip();
      if (!exported) return 'No strip to save yet.';
      downloadBlob(await svgToPngBlob(exported.svg, exported.width, exported.height), name('png'));
      return 'PNG saved';
    });

  return (
    <div role="group" aria-label="Download what is in view" className="mt-2 flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">Download:</span>
      <Button size="sm" onClick={saveCsv}>
        Events as CSV
      </Button>
      <Button size="sm" onClick={saveJson}>
        Events as JSON
      </Button>
      <Button size="sm" onClick={saveSvg}>
        Strip as SVG
      </Button>
      <Button size="sm" onClick={savePng}>
        Strip as PNG
      </Button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </div>
  );
}
