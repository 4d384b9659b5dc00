// Share and download tools for a view: copy the link (the URL holds the whole view state),
// save the chart as SVG or PNG with its title, filters and sources, save the rows as CSV or JSON.
import { useState, type RefObject } from 'react';
import { copyText } from './copy-link.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { downloadBlob, downloadText } from './download.ts';
import { exportFilename } from './filename.ts';
import { svgToPngBlob } from './png-export.ts';
import { buildExportSvg } from './svg-export.ts';

export interface ShareBarProps<C extends string> {
  /** Element holding the chart's <svg>; leave out for a bar without image downloads. */
  chartRef?: RefObject<HTMLElement | null>;
  columns?: readonly C[];
  rows?: readonly Record<C, CsvValue>[];
  /** "claims-killed" → peace-talks-claims-killed-<from>_<to>.csv */
  filenameBase: string;
  range: readonly [string | null, string | null];
  title: string;
  filtersText: string;
  sourcesText: string;
  showCopyLink?: boolean;
}

const buttonClass =
  'rounded border border-gray-300 bg-white px-2 py-1 text-sm text-gray-900 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-blue-700';

function findChartSvg(container: HTMLElement | null | undefined): SVGSVGElement | null {
  return container?.querySelector<SVGSVGElement>('svg[role="img"]') ?? container?.querySelector('svg') ?? null;
}

export function ShareBar<C extends string>(props: ShareBarProps<C>) {
  const [status, setStatus] = useState('');
  const name = (extension: string) => exportFilename(props.filenameBase, props.range, extension);

  const exportSvg = () => {
    const chart = findChartSvg(props.chartRef?.current);
    if (!chart) {
      setStatus('No chart to download yet.');
      return null;
    }
    return buildExportSvg(chart, { title: props.title, filters: props.filtersText, sources: props.sourcesText });
  };

  const run = async (action: () => Promise<string> | string) => {
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The download failed.');
    }
  };

  const copyLink = () =>
    run(async () => ((await copyText(window.location.href)) ? 'Link copied' : 'Could not copy: select the address bar and copy it.'));

  const saveSvg = () =>
    run(() => {
      const exported = exportSvg();
      if (!exported) return 'No chart to download yet.';
      downloadText(exported.svg, 'image/svg+xml;charset=utf-8', name('svg'));
      return 'SVG saved';
    });

  const savePng = () =>
    run(async () => {
      const exported = exportSvg();
      if (!exported) return 'No chart to download yet.';
      downloadBlob(await svgToPngBlob(exported.svg, exported.width, exported.height), name('png'));
      return 'PNG saved';
    });

  const saveCsv = () =>
    run(() => {
      downloadText(toCsv(props.columns ?? [], props.rows ?? []), 'text/csv;charset=utf-8', name('csv'));
      return 'CSV saved';
    });

  const saveJson = () =>
    run(() => {
      // The rows travel with the words that keep them honest out of context.
      const payload = { title: props.title, filters: props.filtersText, sources: props.sourcesText, rows: props.rows ?? [] };
      downloadText(`${JSON.stringify(payload, null, 2)}\n`, 'application/json', name('json'));
      return 'JSON saved';
    });

  return (
    <div role="group" aria-label={`Share or download: ${props.title}`} className="flex flex-wrap items-center gap-2">
      {props.showCopyLink !== false && (
        <button type="button" className={buttonClass} onClick={copyLink}>
          Copy link
        </button>
      )}
      {props.chartRef && (
        <>
          <button type="button" className={buttonClass} onClick={saveSvg}>
            Download SVG
          </button>
          <button type="button" className={buttonClass} onClick={savePng}>
            Download PNG
          </button>
        </>
      )}
      {props.rows && props.columns && (
        <>
          <button type="button" className={buttonClass} onClick={saveCsv}>
            Download CSV
          </button>
          <button type="button" className={buttonClass} onClick={saveJson}>
            Download JSON
          </button>
        </>
      )}
      <span role="status" className="text-sm text-gray-700">
        {status}
      </span>
    </div>
  );
}
