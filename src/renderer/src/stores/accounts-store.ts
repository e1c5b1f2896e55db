import { create } from 'zustand';
import type { Account } from '../../../shared/domain/account';
import { api } from '../api/api';
import { liveSource } from '../data/live-source';
import { loadInto, type LoadState } from './load-into';

const keyOf = (connectionId: string, accountId: string) => `${connectionId}\u0000${accountId}`;

interface AccountsState extends LoadState {
  accounts: Account[];
  byKey: ReadonlyMap<string, Account>;
  load(): Promise<void>;
  /** Sets or (empty) clears the user's name; throws AppError to the form that asked. */
  setAlias(connectionId: string, accountId: string, alias: string): Promise<Account>;
}

/** Every account with the name the core resolved for it; the views take the name from their rows and the venue's name and id from here. */
export const useAccountsStore = create<AccountsState>((set, get) => ({
  accounts: [],
  byKey: new Map(),
  loaded: false,
  error: null,
  load: () =>
    loadInto<AccountsState>(set, async () => {
      const accounts = await api.call('accounts.list', {});
      return { accounts, byKey: new Map(accounts.map((a) => [keyOf(a.connectionId, a.accountId), a])) };
    }),
  async setAlias(connectionId, accountId, alias) {
    const account = await api.call('accounts.setAlias', { connectionId, accountId, alias });
    await get().load();
    return account;
  },
}));

export function findAccount(byKey: ReadonlyMap<string, Account>, connectionId: string, accountId: string): Account | undefined {
  return byKey.get(keyOf(connectionId, accountId));
}

export const accountsSource = liveSource({ load: () => void useAccountsStore.getState().load(), reloadOn: ['connections.changed', 'portfolio.changed'], subscribe: api.subscribe });
