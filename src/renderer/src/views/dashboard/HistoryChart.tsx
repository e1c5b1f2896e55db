import { useMemo, useState } from 'react';
import type uPlot from 'uplot';
import type { HistoryRange, HistoryView } from '../../../../shared/domain/portfolio';
import { api } from '../../api/api';
import { ExportButton } from '../../components/ExportButton';
import { StateMessage } from '../../components/StateMessage';
import { formatUsd } from '../../format/amount';
import { useRemote } from '../../hooks/use-remote';
import { UPlotChart } from './UPlotChart';

const ranges: readonly { id: HistoryRange; label: string; words: string }[] = [
  { id: '1d', label: '1D', words: 'the last day' },
  { id: '1w', label: '1W', words: 'the last week' },
  { id: '1m', label: '1M', words: 'the last month' },
  { id: '1y', label: '1Y', words: 'the last year' },
  { id: 'all', label: 'All', words: 'all time' },
];

function toPlot(view: HistoryView): uPlot.AlignedData {
  // Plotting needs numbers; the figures shown as text come from the decimal strings, never from these.
  return [view.points.map((p) => Date.parse(p.t) / 1000), view.points.map((p) => (p.valueUsd === null ? null : Number(p.valueUsd)))];
}

function describe(view: HistoryView, words: string): string {
  const known = view.points.filter((p) => p.valueUsd !== null);
  const gaps = view.points.length - known.length;
  const first = known[0]?.valueUsd ?? null;
  const last = known.at(-1)?.valueUsd ?? null;
  return `Net worth over ${words}: from ${formatUsd(first)} to ${formatUsd(last)}${gaps > 0 ? `, with ${gaps} of ${view.points.length} points unknown (gaps)` : ''}.`;
}

export function HistoryChart() {
  const [range, setRange] = useState<HistoryRange>('1d');
  const history = useRemote(() => api.call('history.series', { range, maxPoints: 500 }), [range], ['portfolio.changed']);
  const data = useMemo(() => (history.data ? toPlot(history.data) : null), [history.data]);
  const words = ranges.find((r) => r.id === range)?.words ?? '';
  const hasData = history.data?.points.some((p) => p.valueUsd !== null) ?? false;

  return (
    <section className="panel history" aria-labelledby="history-title">
      <div className="panel__header">
        <h2 id="history-title">Net worth history</h2>
        <div className="segmented" role="group" aria-label="Range">
          {ranges.map((r) => (
            <button key={r.id} type="button" className="button button--small" aria-pressed={range === r.id} onClick={() => setRange(r.id)}>
              {r.label}
            </button>
          ))}
        </div>
        <ExportButton request={{ report: 'history', range }} label="Export history" />
      </div>
      {history.error ? <StateMessage kind="error" title="History could not be loaded" onRetry={history.reload}><p>{history.error}</p></StateMessage> : null}
      {!history.data && !history.error ? <StateMessage kind="loading" title="Loading history…" /> : null}
      {history.data && data ? (
        <figure className="chart privacy-sensitive" aria-busy={history.loading}>
          <div role="img" aria-label={describe(history.data, words)}>
            <UPlotChart data={data} height={240} />
          </div>
          {!hasData ? <figcaption className="muted">No history in this range yet: it builds up as Holdfast syncs.</figcaption> : null}
        </figure>
      ) : null}
    </section>
  );
}
