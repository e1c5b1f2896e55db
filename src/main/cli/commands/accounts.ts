import type { Command } from 'commander';
import { venues } from '../../../shared/domain/venue-info';
import { cliIo } from '../io';
import { addListCommand } from '../read-commands';
import { sessionAction } from '../session';

/** `accounts list` and `accounts alias`: the names accounts are shown by, in every view, export and command. */
export function registerAccounts(program: Command): void {
  const accounts = program.command('accounts').description('list accounts and name them');

  addListCommand(accounts, {
    description: 'every account of every connection: the name shown, the venue’s name, the id',
    json: '[{connectionId, venue, accountId, venueName, alias, label}]',
    read: (session) => session.call('accounts.list', {}),
    format: async (session) => {
      const labels = new Map((await session.call('connections.list', {})).map((c) => [c.id, c.label]));
      return {
        empty: 'No accounts yet: accounts are listed once their connection has been read (holdfast sync).',
        headers: ['CONNECTION ID', 'CONNECTION', 'VENUE', 'ACCOUNT ID', 'VENUE NAME', 'NAME'],
        row: (a) => [a.connectionId, labels.get(a.connectionId) ?? '', venues[a.venue].name, a.accountId, a.venueName ?? '', a.label],
      };
    },
  });

  accounts
    .command('alias')
    .description('name an account (1–64 characters); an empty NAME ("") brings back the venue’s name')
    .argument('<connectionId>', 'connection id (see accounts list)')
    .argument('<accountId>', 'account id (see accounts list)')
    .argument('<name>', 'the name to show, e.g. "Main hedge book"')
    .action(
      sessionAction(async (session, connectionId: string, accountId: string, name: string) => {
        const account = await session.call('accounts.setAlias', { connectionId, accountId, alias: name });
        cliIo().stdout.write(
          account.alias === null
            ? `Account ${account.accountId} is shown as "${account.label}" again\n`
            : `Account ${account.accountId} is now shown as "${account.label}"\n`,
        );
      }),
    );
}
