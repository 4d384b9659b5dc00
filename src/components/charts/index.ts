export { HatchedBarChart, type HatchedBarChartProps } from './HatchedBarChart.tsx';
export { TimeDotChart, type TimeDotChartProps } from './TimeDotChart.tsx';
export { CHART_COLORS, assignColors, colorHex, type ChartColorName } from './palette.ts';
