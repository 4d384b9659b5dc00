export { ShareBar, type ShareBarProps } from './ShareBar.tsx';
export { toCsv, csvCell, type CsvValue } from './csv.ts';
export { exportFilename } from './filename.ts';
export { buildExportSvg, type SvgExportText } from './svg-export.ts';
export { svgToPngBlob } from './png-export.ts';
export { copyText } from './copy-link.ts';
export { CopyLinkButton } from './CopyLinkButton.tsx';
