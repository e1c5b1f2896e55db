import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { MASK } from '../../format/amount';
import { tickTexts, yRange, type TickFormats, type TimeLabel } from './chart-scale';

interface UPlotChartProps {
  /** [x seconds, y] with null y for a gap; the line breaks there rather than bridging it. */
  readonly data: uPlot.AlignedData;
  readonly height: number;
  readonly timeLabel: TimeLabel;
  /** Axis amounts become dots: the scale would give the portfolio's size away. */
  readonly privacy: boolean;
  /** The point under the pointer (its index), or null when the pointer leaves. */
  readonly onHover: (index: number | null) => void;
}

// Colours that read on both themes: the canvas cannot follow CSS variables.
const line = '#4f8cff';
const axis = '#8a93a3';
const grid = 'rgba(138, 147, 163, 0.18)';
/** Points whose neighbours are both gaps: a lone reading is drawn as a dot, since there is no line to draw. */
const isolated: uPlot.Series.Points.Filter = (u, seriesIdx) => {
  const ys = u.data[seriesIdx] ?? [];
  const found: number[] = [];
  ys.forEach((y, i) => {
    if (y != null && ys[i - 1] == null && ys[i + 1] == null) found.push(i);
  });
  return found;
};

const compactUsd = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const secondsFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const formats: TickFormats = { date: (ms) => dateFormat.format(ms), time: (ms) => timeFormat.format(ms), seconds: (ms) => secondsFormat.format(ms) };

function options(width: number, height: number, timeLabel: TimeLabel, privacy: boolean, hover: (index: number | null) => void): uPlot.Options {
  return {
    width,
    height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { size: 8, fill: line } },
    // Axis ticks are chart positions, not amounts read from data, so floats are the right tool here.
    scales: { x: { time: true }, y: { range: (_u, min, max) => yRange(min, max) } },
    series: [{}, { label: 'Net worth', stroke: line, width: 2, fill: 'rgba(79, 140, 255, 0.12)', spanGaps: false, points: { show: true, size: 7, fill: line, filter: isolated } }],
    axes: [
      { stroke: axis, grid: { stroke: grid }, ticks: { stroke: grid }, space: 90, values: (_u, splits) => tickTexts(splits.map((s) => s * 1000), timeLabel, formats) },
      { stroke: axis, grid: { stroke: grid }, ticks: { stroke: grid }, size: 80, values: (_u, splits) => splits.map((v) => (privacy ? MASK : compactUsd.format(v))) },
    ],
    hooks: { setCursor: [(u) => hover(u.cursor.idx ?? null)] },
  };
}

/** uPlot in a React shell: created per look (labels, privacy), fed new data, resized with its container. */
export function UPlotChart({ data, height, timeLabel, privacy, onHover }: UPlotChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const hover = useRef(onHover);
  hover.current = onHover;
  const latest = useRef(data);
  latest.current = data;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = new uPlot(options(element.clientWidth || 600, height, timeLabel, privacy, (i) => hover.current(i)), latest.current, element);
    plot.current = chart;
    const observer = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [height, timeLabel, privacy]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return <div ref={container} className="uplot-host" />;
}
