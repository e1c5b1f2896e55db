import { useState } from 'react';
import { api } from '../../api/api';
import { Amount } from '../../components/Amount';
import { ExportButton } from '../../components/ExportButton';
import { StateMessage } from '../../components/StateMessage';
import { ViewHeader } from '../../components/ViewHeader';
import { formatDateTimeSeconds } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';

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
      {remote.error && !view ? (
        <StateMessage kind="error" title="Changes could not be loaded" onRetry={remote.reload}>
          <p>{remote.error}</p>
        </StateMessage>
      ) : !view ? (
        <StateMessage kind="loading" title="Loading changes…" />
      ) : (
        <>
          <dl className="figures" data-testid="changes-totals">
            <div>
              <dt>Net worth {formatDateTimeSeconds(view.from)}</dt>
              <dd>
                <Amount value={view.netWorthFromUsd} />
              </dd>
            </div>
            <div>
              <dt>Net worth {formatDateTimeSeconds(view.to)}</dt>
              <dd>
                <Amount value={view.netWorthToUsd} />
              </dd>
            </div>
            <div>
              <dt>Change</dt>
              <dd>
                <Amount value={view.changeUsd} />
              </dd>
            </div>
            <div>
              <dt>from prices</dt>
              <dd>
                <Amount value={view.priceEffectUsd} />
              </dd>
            </div>
            <div>
              <dt>from quantities</dt>
              <dd>
                <Amount value={view.quantityEffectUsd} />
              </dd>
            </div>
          </dl>
          <div className="table-wrap">
            <table className="table" aria-label="Changes per asset">
              <thead>
                <tr>
                  <th scope="col">Asset</th>
                  <th scope="col" className="num">Quantity then</th>
                  <th scope="col" className="num">Quantity now</th>
                  <th scope="col" className="num">Value then</th>
                  <th scope="col" className="num">Value now</th>
                  <th scope="col" className="num">Change</th>
                  <th scope="col" className="num">Price effect</th>
                  <th scope="col" className="num">Quantity effect</th>
                </tr>
              </thead>
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
    </section>
  );
}
