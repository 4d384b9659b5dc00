// Download names carry what and when: peace-talks-claims-2022-03-01_2022-04-01.csv.
export function exportFilename(base: string, range: readonly [string | null, string | null], extension: string): string {
  const [from, to] = range;
  const dates = from || to ? `-${from ?? 'start'}_${to ?? 'end'}` : '';
  const safeBase = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `peace-talks-${safeBase}${dates}.${extension}`;
}
