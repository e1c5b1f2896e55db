import type { Handlers } from '../../shared/contract';
import type { Account } from '../../shared/domain/account';
import { AppError } from '../../shared/app-error';
import type { EventBus } from '../event-bus';
import type { Portfolio } from '../portfolio/portfolio';
import type { AccountAliasesRepo } from '../store/account-aliases-repo';
import type { ConnectionsRepo } from '../store/connections-repo';

interface Deps {
  readonly portfolio: Portfolio;
  readonly connections: ConnectionsRepo;
  readonly aliases: AccountAliasesRepo;
  readonly events: EventBus;
  readonly now: () => Date;
}

/** Accounts and the user's names for them; an empty name clears it, and every view then reloads under the new name. */
export function accountsHandlers({ portfolio, connections, aliases, events, now }: Deps): Pick<Handlers, 'accounts.list' | 'accounts.setAlias'> {
  const find = (connectionId: string, accountId: string): Account => {
    const connection = connections.get(connectionId);
    if (!connection) throw new AppError('not_found', `No connection with id ${connectionId}.`);
    const account = portfolio.accounts().find((a) => a.connectionId === connectionId && a.accountId === accountId);
    if (!account) throw new AppError('not_found', `“${connection.label}” has no account ${accountId}; its accounts are listed once it has been read.`);
    return account;
  };
  return {
    'accounts.list': async () => portfolio.accounts(),
    'accounts.setAlias': async ({ connectionId, accountId, alias }) => {
      find(connectionId, accountId);
      if (alias === '') aliases.clear(connectionId, accountId);
      else aliases.set(connectionId, accountId, alias, now().toISOString());
      events.emit('portfolio.changed', {});
      return find(connectionId, accountId);
    },
  };
}
