export { HatchedBarChart, type HatchedBarChartProps } from './HatchedBarChart.tsx';
export { TimeDotChart, type TimeDotChartProps } from './TimeDotChart.tsx';
export { TimeRangeChart, shapePath, type MarkShape, type RangePoint, type TimeMarker, type TimeRangeChartProps } from './TimeRangeChart.tsx';
export { CHART_COLORS, assignColors, colorHex, type ChartColorName } from './palette.ts';
