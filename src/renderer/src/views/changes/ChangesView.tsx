import { useState } from 'react';
import { api } from '../../api/api';
import { Amount } from '../../components/Amount';
import { ExportButton } from '../../components/ExportButton';
import { Figure } from '../../components/Figure';
import { Loadable } from '../../components/Loadable';
import { ViewHeader } from '../../components/ViewHeader';
import { formatDateTimeSeconds } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { TableHead } from '../../components/TableHead';

const spans = { '24 h': 24, '7 d': 24 * 7, '30 d': 24 * 30 } as const;
type Span = keyof typeof spans;

/** What changed per asset between then and now: the price effect and the quantity effect, adding up exactly. */
export function ChangesView() {
  const [span, setSpan] = useState<Span>('24 h');
  const remote = useRemote(
    () => {
      const to = Date.now();
      return api.call('portfolio.changes', { from: new Date(to - spans[span] * 3_600_000).toISOString(), to: new Date(to).toISOString() });
    },
    [span],
    ['portfolio.changed'],
  );
  const view = remote.data;
  return (
    <section className="view" aria-labelledby="changes-title">
      <ViewHeader id="changes-title" title="What changed">
        <div role="group" aria-label="Compare with" className="segmented">
          {(Object.keys(spans) as Span[]).map((s) => (
            <button key={s} type="button" className="button button--small" aria-pressed={s === span} onClick={() => setSpan(s)}>
              {s} ago
            </button>
          ))}
        </div>
        <ExportButton request={{ report: 'changes', from: view?.from, at: view?.to }} label="Export changes" />
      </ViewHeader>
      <Loadable data={view} error={remote.error} onRetry={remote.reload} what="changes">
        {(view) => (
          <>
            <dl className="figures" data-testid="changes-totals">
              <Figure term={`Net worth ${formatDateTimeSeconds(view.from)}`}><Amount value={view.netWorthFromUsd} /></Figure>
              <Figure term={`Net worth ${formatDateTimeSeconds(view.to)}`}><Amount value={view.netWorthToUsd} /></Figure>
              <Figure term="Change"><Amount value={view.changeUsd} /></Figure>
              <Figure term="from prices"><Amount value={view.priceEffectUsd} /></Figure>
              <Figure term="from quantities"><Amount value={view.quantityEffectUsd} /></Figure>
            </dl>
            <div className="table-wrap">
              <table className="table" aria-label="Changes per asset">
                <TableHead columns={['Asset', { label: 'Quantity then', num: true }, { label: 'Quantity now', num: true }, { label: 'Value then', num: true }, { label: 'Value now', num: true }, { label: 'Change', num: true }, { label: 'Price effect', num: true }, { label: 'Quantity effect', num: true }]} />
                <tbody>
                  {view.assets.map((a) => (
                    <tr key={a.asset} data-asset={a.asset}>
                      <th scope="row">{a.asset}</th>
                      <td className="num">{a.quantityFrom}</td>
                      <td className="num">{a.quantityTo}</td>
                      <td className="num">{a.valueFromUsd === null ? <span className="muted">—</span> : <Amount value={a.valueFromUsd} />}</td>
                      <td className="num">{a.valueToUsd === null ? <span className="muted">—</span> : <Amount value={a.valueToUsd} />}</td>
                      <td className="num">
                        <Amount value={a.changeUsd} />
                      </td>
                      <td className="num">
                        <Amount value={a.priceEffectUsd} />
                      </td>
                      <td className="num">
                        <Amount value={a.quantityEffectUsd} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
          )}
      </Loadable>
    </section>
  );
}
