export { TimeRangeChart, shapePath, type MarkShape, type RangePoint, type TimeMarker, type TimeRangeChartProps } from './TimeRangeChart.tsx';
