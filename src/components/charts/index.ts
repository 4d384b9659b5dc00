export { HatchedBarChart, type HatchedBarChartProps } from './HatchedBarChart.tsx';
export { TimeRangeChart, shapePath, type MarkShape, type RangePoint, type TimeMarker, type TimeRangeChartProps } from './TimeRangeChart.tsx';
export { CHART_COLORS, assignColors, colorHex, type ChartColorName } from './palette.ts';
