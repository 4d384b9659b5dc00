// Rounds an axis maximum up to 1, 2, 2.5 or 5 times a power of ten, so ticks land on round numbers.
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((multiple) => multiple * power >= value) ?? 10;
  return step * power;
}
