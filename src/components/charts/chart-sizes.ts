// Chart sizes, known before the charting code loads, so a placeholder can hold the space
// and the page does not jump when the chart arrives.
export const BAR_SIZE = 18;
export const LABEL_LINE_HEIGHT = 15;
export const BAR_CHART_PADDING = 40;
export const TIME_CHART_HEIGHT = 260;

/** Each bar's band: its label lines, then the bar, then a gap. */
export const barRowHeight = (labelLines: number) => labelLines * LABEL_LINE_HEIGHT + BAR_SIZE + 18;

export const barChartHeight = (bars: number, labelLines = 1) => bars * barRowHeight(labelLines) + BAR_CHART_PADDING;
export const RANGE_CHART_HEIGHT = 300;
