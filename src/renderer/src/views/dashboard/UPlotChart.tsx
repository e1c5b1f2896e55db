import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface UPlotChartProps {
  /** [x seconds, y] with null y for a gap; the line breaks there rather than bridging it. */
  readonly data: uPlot.AlignedData;
  readonly height: number;
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

function options(width: number, height: number): uPlot.Options {
  return {
    width,
    height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true } },
    series: [{}, { label: 'Net worth', stroke: line, width: 2, fill: 'rgba(79, 140, 255, 0.12)', spanGaps: false, points: { show: true, size: 7, fill: line, filter: isolated } }],
    axes: [
      { stroke: axis, grid: { stroke: grid }, ticks: { stroke: grid } },
      // Axis ticks are chart positions, not amounts read from data, so a float is the right tool here.
      { stroke: axis, grid: { stroke: grid }, ticks: { stroke: grid }, size: 80, values: (_u, splits) => splits.map((v) => compactUsd.format(v)) },
    ],
  };
}

/** uPlot in a React shell: created once, fed new data, resized with its container. */
export function UPlotChart({ data, height }: UPlotChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = new uPlot(options(element.clientWidth || 600, height), [[], []], element);
    plot.current = chart;
    const observer = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [height]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return <div ref={container} className="uplot-host" />;
}
