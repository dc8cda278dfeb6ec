/** What the charts share: the props every chart takes, and for charts over time (LineChart, BurnUpChart) dates at UTC midnight and the frame with an x axis of months. */
import type * as Plot from '@observablehq/plot';
import { formatMonth } from '$lib/format';

/** Every chart: its label and description for screen readers, and its height (px) when not the chart's own default. */
export interface GrafiekProps {
	ariaLabel: string;
	ariaDescription: string;
	height?: number;
}

/** A chart drawn straight from a query's rows (burn-up, budget trend, waterfall): nothing to draw without rows. */
export type RijenProps<R> = GrafiekProps & { rows: R[] };

/** 'YYYY-MM-DD' as midnight UTC, so Plot's utc axis shows the day itself. */
export const utcDatum = (d: string | null) => new Date(`${d}T00:00:00Z`);

/**
 * The frame of a chart over time: at least 320px wide, the page's font at 13px, its label and
 * description for screen readers, and months on the x axis (one tick per `px` pixels, at most `most`).
 */
export function tijdkader(
	width: number,
	height: number,
	aria: Pick<GrafiekProps, 'ariaLabel' | 'ariaDescription'>,
	maanden: { most: number; px: number }
): Plot.PlotOptions {
	return {
		width: Math.max(320, width),
		height,
		...aria,
		style: { fontSize: '13px', fontFamily: 'inherit' },
		x: { type: 'utc', label: null, tickFormat: (d: Date) => formatMonth(d), ticks: Math.min(maanden.most, Math.floor(width / maanden.px)) }
	};
}
