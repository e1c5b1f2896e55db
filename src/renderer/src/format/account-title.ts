import type { Account } from '../../../shared/domain/account';

/**
 * The hover text of an account's name: the whole name (a cell may clip it), then, where the user named
 * it, the venue's own name, and the id wherever the name is not the id.
 */
export function accountTitle(account: Pick<Account, 'alias' | 'venueName'> | undefined, accountId: string, label: string): string {
  const venueName = account?.alias ? (account.venueName ? `venue’s name “${account.venueName}”` : 'no venue name') : null;
  return [label, venueName, label === accountId ? null : `id ${accountId}`].filter((part) => part !== null).join(' · ');
}
