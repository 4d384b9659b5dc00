import { describe, expect, it } from 'vitest';
import { exportFilename } from './filename.ts';

describe(exportFilename, () => {
  it.each([
    [['claims', ['2022-03-01', '2022-04-01'], 'csv'], 'peace-talks-claims-2022-03-01_2022-04-01.csv'],
    [['claims', [null, null], 'json'], 'peace-talks-claims.json'],
    [['claims killed', ['2022-03-01', null], 'svg'], 'peace-talks-claims-killed-2022-03-01_end.svg'],
    [['Armoured vehicles!', [null, '2025-06-02'], 'png'], 'peace-talks-armoured-vehicles-start_2025-06-02.png'],
  ] as const)('%j → %s', ([base, range, extension], expected) => {
    expect(exportFilename(base, range, extension)).toBe(expected);
  });
});
