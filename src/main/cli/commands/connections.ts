import type { Command } from 'commander';
import type { NewConnection } from '../../../shared/domain/connection';
import { venueIds, venues } from '../../../shared/domain/venue-info';
import { AppError } from '../../../shared/app-error';
import { addListCommand } from '../read-commands';
import { readOnlyAction, sessionAction, withSession } from '../session';
import { readJsonFromStdin } from '../stdin';
import { cliIo, failWith } from '../io';

const connectionIdHelp = 'connection id (see connections list)';

export function registerConnections(program: Command): void {
  const connections = program.command('connections').description('add, list and remove venue connections');

  connections
    .command('add')
    .description('add a connection; credentials as JSON on stdin: {"apiKey","apiSecret"}, {"email","password"} or {"token"}')
    .requiredOption('--venue <venue>', `one of ${venueIds.join(', ')}`)
    .requiredOption('--label <label>', 'a name for this connection')
    .option('--base-url <url>', 'API base URL (default: the venue’s production URL)')
    .action(async (options: { venue: string; label: string; baseUrl?: string }, command: Command) => {
      const venue = venueIds.find((id) => id === options.venue);
      if (!venue) throw new AppError('invalid_input', `Unknown venue "${options.venue}"; expected one of ${venueIds.join(', ')}.`);
      const credentials = await readJsonFromStdin('credentials');
      await withSession(command, async (session) => {
        const input = {
          venue: venue,
          label: options.label,
          baseUrl: options.baseUrl ?? venues[venue].presets[0]?.url,
          credentials,
        } as NewConnection;
        const added = await session.call('connections.add', input);
        cliIo().stdout.write(`Added ${venues[added.venue].name} connection "${added.label}" (${added.keyHint}) with id ${added.id}\n`);
      });
    });

  addListCommand(connections, {
    description: 'list connections (never their secrets)',
    json: '[{id, venue, label, baseUrl, keyHint, createdAt}]',
    read: (session) => session.call('connections.list', {}),
    format: () => ({
      empty: 'No connections yet. Add one with: holdfast connections add --venue V --label L < credentials.json',
      headers: ['ID', 'VENUE', 'LABEL', 'KEY', 'BASE URL', 'CREATED'],
      row: (c) => [c.id, c.venue, c.label, c.keyHint, c.baseUrl, c.createdAt],
      json: ({ id, venue, label, baseUrl, keyHint, createdAt }) => ({ id, venue, label, baseUrl, keyHint, createdAt }),
    }),
  });

  connections
    .command('test')
    .description('one real read of a connection, stored nowhere: "OK — 3 portfolios, 12 holdings" or why not')
    .argument('<id>', connectionIdHelp)
    .action(
      readOnlyAction(async (session, id: string) => {
        const result = await session.call('connections.test', { id });
        cliIo().stdout.write(`${result.message}\n`);
        for (const warning of result.warnings) cliIo().stdout.write(`warning: ${warning}\n`);
        if (!result.ok) failWith(1);
      }),
    );

  connections
    .command('remove')
    .description('remove a connection and its keychain entry')
    .argument('<id>', connectionIdHelp)
    .action(
      sessionAction(async (session, id: string) => {
        await session.call('connections.remove', { id });
        cliIo().stdout.write(`Removed connection ${id} and its keychain entry\n`);
      }),
    );
}
