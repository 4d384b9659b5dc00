// The timeline's downloads, loaded only when one is asked for: the first view ships the
// buttons, not the CSV writer, the SVG serialiser or the PNG encoder.
import { creditLine, datasetVersion } from '../../lib/export/credit-line.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { downloadBlob, downloadText } from '../../lib/export/download.ts';
import { exportFilename } from '../../lib/export/filename.ts';
import { svgToPngBlob } from '../../lib/export/png-export.ts';
import { buildExportSvg } from '../../lib/export/svg-export.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { IndexArticle, TalksEvent } from '../../schema/bundle.ts';
import { eventRecords, EVENT_CSV_COLUMNS } from './timeline-records.ts';
import type { TimelineContext } from './timeline-context.ts';

export interface ExportInput {
  title: string;
  events: readonly TalksEvent[];
  articles: readonly IndexArticle[];
  view: ViewState;
  context: TimelineContext;
  strip: SVGSVGElement | null;
}

export type ExportKind = 'csv' | 'json' | 'svg' | 'png';

function filtersText(view: ViewState, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (view.from || view.to) parts.push(`dates ${view.from ?? 'start'} to ${view.to ?? 'end'}`);
  if (view.actors.length > 0) parts.push(`actors ${view.actors.map((id) => names.get(id) ?? id).join(', ')}`);
  return `Filters: ${parts.length > 0 ? parts.join('; ') : 'none'}`;
}

function credit({ title, events, articles, context }: ExportInput): string {
  const reporting = new Set(events.flatMap((event) => event.evidence.map((evidence) => evidence.articleId)));
  return creditLine({
    title,
    outlets: [...reporting].map((id) => context.outletOf.get(id) ?? id),
    version: datasetVersion(articles),
    date: new Date().toISOString().slice(0, 10),
    url: window.location.href,
  });
}

/** Saves one download and says what was saved. */
export async function saveTimeline(kind: ExportKind, input: ExportInput): Promise<string> {
  const { title, events, view, context } = input;
  const name = exportFilename('timeline', [view.from, view.to], kind);
  const line = credit(input);
  if (kind === 'csv') {
    const rows = eventRecords(events, context).map((record) => ({ ...record, credit: line }));
    downloadText(toCsv(EVENT_CSV_COLUMNS, rows), 'text/csv;charset=utf-8', name);
    return `CSV saved: ${rows.length} events`;
  }
  if (kind === 'json') {
    // Every sentence each event was read from, with its offsets, beside the flat record.
    const records = eventRecords(events, context).map((record, i) => ({ ...record, evidence: events[i]!.evidence }));
    const payload = { title, credit: line, filters: filtersText(view, context.actorNames), events: records };
    downloadText(`${JSON.stringify(payload, null, 2)}\n`, 'application/json', name);
    return `JSON saved: ${events.length} events`;
  }
  if (!input.strip) return 'No strip to save yet.';
  const exported = buildExportSvg(input.strip, { title, filters: filtersText(view, context.actorNames), sources: line });
  if (kind === 'svg') {
    downloadText(exported.svg, 'image/svg+xml;charset=utf-8', name);
    return 'SVG saved';
  }
  downloadBlob(await svgToPngBlob(exported.svg, exported.width, exported.height), name);
  return 'PNG saved';
}
