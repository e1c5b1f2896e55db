import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Holding } from '../../../../shared/domain/holding';
import { originOfRow, type BookPrice, type PriceOrigin } from '../../../../shared/domain/prices';
import { Amount } from '../../components/Amount';
import { describeOrigin } from '../../format/price-origin';
import { useConnectionsStore } from '../../stores/connections-store';

type OriginOf = (holding: Holding) => PriceOrigin | null;

const key = (connectionId: string, asset: string, price: string) => `${connectionId}\u0000${asset}\u0000${price}`;

const PriceOriginsContext = createContext<OriginOf>((h) => originOfRow(h, undefined));

/** The view's book prices, for every price cell below: a row not in them was priced by its own venue. */
export function PriceOriginsProvider({ bookPrices, children }: { readonly bookPrices: readonly BookPrice[]; readonly children: ReactNode }) {
  const originOf = useMemo<OriginOf>(() => {
    const index = new Map(bookPrices.map((b) => [key(b.connectionId, b.asset, b.priceUsd), b]));
    return (h) => originOfRow(h, h.priceUsd === null ? undefined : index.get(key(h.connectionId, h.asset, h.priceUsd)));
  }, [bookPrices]);
  return <PriceOriginsContext.Provider value={originOf}>{children}</PriceOriginsContext.Provider>;
}

/** A row's price, its origin on hover, and a visible "manual" mark where the user's price valued it. */
export function PriceCell({ holding }: { readonly holding: Holding }) {
  const origin = useContext(PriceOriginsContext)(holding);
  const connections = useConnectionsStore((state) => state.connections);
  const note = origin ? describeOrigin(origin, (id) => connections.find((c) => c.id === id)?.label) : undefined;
  return (
    <>
      {holding.kind === 'position' ? <span className="cell-label">mark </span> : null}
      {origin?.kind === 'manual' ? (
        <>
          <span className="tag tag--manual" title={note}>
            manual
          </span>{' '}
        </>
      ) : null}
      <Amount kind="price" value={holding.priceUsd} note={note} />
    </>
  );
}
