import { lazy, Suspense, useMemo, useState } from 'react';
import type uPlot from 'uplot';
import { Dec, decimalString } from '../../../../shared/decimal';
import type { HistoryRange, HistoryView } from '../../../../shared/domain/portfolio';
import { api } from '../../api/api';
import { Amount } from '../../components/Amount';
import { ExportButton } from '../../components/ExportButton';
import { LoadFailed, Loading } from '../../components/Loadable';
import { formatSignedShare, formatSignedUsd, formatUsd, MASK } from '../../format/amount';
import { formatDateTime, formatDateTimeSeconds } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { usePrivacy } from '../../stores/settings-store';
import { fromHistoryStart, startsLate, timeLabel } from './chart-scale';

// uPlot is a chunk of its own: the net worth renders without waiting for the chart's code.
const UPlotChart = lazy(() => import('./UPlotChart').then((m) => ({ default: m.UPlotChart })));

const ranges: readonly { id: HistoryRange; label: string; words: string }[] = [
  { id: '1d', label: '1D', words: 'the last day' },
  { id: '1w', label: '1W', words: 'the last week' },
  { id: '1m', label: '1M', words: 'the last month' },
  { id: '1y', label: '1Y', words: 'the last year' },
  { id: 'all', label: 'All', words: 'all time' },
];

type Points = HistoryView['points'];

function toPlot(points: Points): uPlot.AlignedData {
  // Plotting needs numbers; the figures shown as text come from the decimal strings, never from these.
  return [points.map((p) => Date.parse(p.t) / 1000), points.map((p) => (p.valueUsd === null ? null : Number(p.valueUsd)))];
}

/** The chart's text alternative; in privacy mode it says what the chart is without a single amount. */
function describe(points: Points, words: string, privacy: boolean): string {
  const known = points.filter((p) => p.valueUsd !== null);
  const gaps = points.length - known.length;
  const first = known[0]?.valueUsd ?? null;
  const last = known.at(-1)?.valueUsd ?? null;
  const money = (v: string | null) => (privacy ? MASK : formatUsd(v));
  return `Net worth over ${words}: from ${money(first)} to ${money(last)}${gaps > 0 ? `, with ${gaps} of ${points.length} points unknown (gaps)` : ''}.`;
}

/** Time, value and change from the range's start for the point under the pointer (or the latest). */
function Readout({ points, index }: { readonly points: Points; readonly index: number | null }) {
  const privacy = usePrivacy();
  // The range's start is its first complete reading: a point some connections had not reported yet would make every change look huge.
  const base = (points.find((p) => p.valueUsd !== null && p.missing === 0) ?? points.find((p) => p.valueUsd !== null))?.valueUsd ?? null;
  const point = index === null ? points.findLast((p) => p.valueUsd !== null) : points[index];
  if (!point || base === null) return null;
  const change = point.valueUsd === null ? null : decimalString(new Dec(point.valueUsd).minus(base));
  return (
    <p className="chart__readout" data-testid="chart-readout">
      <time dateTime={point.t}>{formatDateTimeSeconds(point.t)}</time>
      <Amount value={point.valueUsd} className="chart__readout-value" />
      {change === null ? (
        <span className="muted">no data at this time</span>
      ) : (
        <span className="muted">
          {privacy ? MASK : `${formatSignedUsd(change)} (${formatSignedShare(change, base)})`} from the range’s start
        </span>
      )}
    </p>
  );
}

export function HistoryChart() {
  const [range, setRange] = useState<HistoryRange>('1d');
  const [hover, setHover] = useState<number | null>(null);
  const privacy = usePrivacy();
  const history = useRemote(() => api.call('history.series', { range, maxPoints: 500 }), [range], ['portfolio.changed']);
  const points = useMemo(() => (history.data ? fromHistoryStart(history.data) : []), [history.data]);
  const data = useMemo(() => toPlot(points), [points]);
  const words = ranges.find((r) => r.id === range)?.words ?? '';
  const known = points.filter((p) => p.valueUsd !== null).length;
  const first = points[0];
  const last = points.at(-1);
  const label = first && last ? timeLabel(range, Date.parse(last.t) - Date.parse(first.t)) : 'time';

  return (
    <section className="panel history" aria-labelledby="history-title">
      <div className="panel__header">
        <h2 id="history-title">Net worth history</h2>
        <div className="segmented" role="group" aria-label="Range">
          {ranges.map((r) => (
            <button key={r.id} type="button" className="button button--small" aria-pressed={range === r.id} onClick={() => (setRange(r.id), setHover(null))}>
              {r.label}
            </button>
          ))}
        </div>
        <ExportButton request={{ report: 'history', range }} label="Export history" />
      </div>
      {history.error ? <LoadFailed what="history" error={history.error} onRetry={history.reload} /> : null}
      {!history.data && !history.error ? <Loading what="history" /> : null}
      {history.data && known === 0 ? <p className="muted chart__empty">No history in this range yet: it builds up as Holdfast syncs.</p> : null}
      {history.data && known === 1 && first ? (
        <p className="muted chart__empty">
          History starts {formatDateTime(first.t)} with one reading so far; the line appears after the next sync.
        </p>
      ) : null}
      {history.data && known >= 2 ? (
        <figure className="chart" aria-busy={history.loading}>
          <Readout points={points} index={hover} />
          <div role="img" aria-label={describe(points, words, privacy)}>
            <Suspense fallback={<div className="chart__placeholder" aria-busy="true" />}>
              <UPlotChart data={data} height={240} timeLabel={label} privacy={privacy} onHover={setHover} />
            </Suspense>
          </div>
          {startsLate(history.data) && first ? <figcaption className="muted">History starts {formatDateTime(first.t)}; nothing was recorded before then.</figcaption> : null}
        </figure>
      ) : null}
    </section>
  );
}
