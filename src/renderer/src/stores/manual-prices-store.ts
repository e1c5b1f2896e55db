import { create } from 'zustand';
import type { ManualPrice } from '../../../shared/domain/prices';
import { api } from '../api/api';
import { loadInto, type LoadState } from './load-into';

interface ManualPricesState extends LoadState {
  prices: ManualPrice[];
  load(): Promise<void>;
  /** Saves a price (plain decimal text) and waits while the connections it values are read again. */
  set(asset: string, price: string): Promise<void>;
  remove(asset: string): Promise<void>;
}

/** The user's manual prices, shared by Settings and the Dashboard's unpriced breakdown. */
export const useManualPricesStore = create<ManualPricesState>((set) => ({
  prices: [],
  loaded: false,
  error: null,
  load: () => loadInto<ManualPricesState>(set, async () => ({ prices: await api.call('prices.list', {}) })),
  async set(asset, price) {
    set({ prices: (await api.call('prices.set', { asset, price })).prices });
  },
  async remove(asset) {
    set({ prices: (await api.call('prices.remove', { asset })).prices });
  },
}));
