import type { Account } from '../../shared/domain/account';
import type { VenueId } from '../../shared/domain/venue';
import type { StoredAlias } from '../store/account-aliases-repo';

/**
 * What a stored snapshot calls an account is the venue's name, or its id where the venue gives none
 * (venues/<venue>/normalise.ts). The venue's name is that label when it is not just the id.
 */
export function venueNameOf(storedLabel: string, accountId: string): string | null {
  return storedLabel === '' || storedLabel === accountId ? null : storedLabel;
}

/** The one rule for an account's name: the user's alias, else the venue's name, else its id. */
export function accountLabelOf(alias: string | null | undefined, venueName: string | null, accountId: string): string {
  return alias ?? venueName ?? accountId;
}

const keyOf = (connectionId: string, accountId: string) => `${connectionId}\u0000${accountId}`;

/**
 * The user's names, applied when snapshots are read: a stored snapshot keeps the venue's label, so an
 * alias names the account in the past as well, and clearing it brings the venue's name back everywhere.
 */
export class AccountNames {
  private readonly aliases: ReadonlyMap<string, string>;

  constructor(aliases: readonly StoredAlias[]) {
    this.aliases = new Map(aliases.map((a) => [keyOf(a.connectionId, a.accountId), a.alias]));
  }

  get empty(): boolean {
    return this.aliases.size === 0;
  }

  aliasOf(connectionId: string, accountId: string): string | null {
    return this.aliases.get(keyOf(connectionId, accountId)) ?? null;
  }

  /** The label to show for an account whose snapshot calls it `storedLabel`. */
  labelOf(connectionId: string, accountId: string, storedLabel: string): string {
    if (this.aliases.size === 0) return storedLabel;
    return accountLabelOf(this.aliasOf(connectionId, accountId), venueNameOf(storedLabel, accountId), accountId);
  }

  /** The same rows with the shown name in `accountLabel`; the rows themselves are left as stored (they are cached). */
  relabel<T extends { readonly accountId: string; readonly accountLabel: string }>(connectionId: string, rows: readonly T[]): T[] {
    if (this.aliases.size === 0) return [...rows];
    return rows.map((row) => {
      const label = this.labelOf(connectionId, row.accountId, row.accountLabel);
      return label === row.accountLabel ? row : { ...row, accountLabel: label };
    });
  }

  /** An account as the accounts list shows it. */
  account(connectionId: string, venue: VenueId, accountId: string, storedLabel: string | null): Account {
    const venueName = storedLabel === null ? null : venueNameOf(storedLabel, accountId);
    const alias = this.aliasOf(connectionId, accountId);
    return { connectionId, venue, accountId, venueName, alias, label: accountLabelOf(alias, venueName, accountId) };
  }
}
