import type { Command } from 'commander';
import { venues } from '../../../shared/domain/venue-info';
import { printJson } from '../output';
import { jsonFlag } from '../options';
import { sessionAction } from '../session';
import { cliIo, failWith } from '../io';

export function registerSync(program: Command): void {
  program
    .command('sync')
    .description('read every enabled connection once and store the results; exit 1 if any read failed')
    .addOption(jsonFlag('[{connectionId, venue, ok, holdings, error: {kind, message} | null, warnings}]'))
    .action(
      sessionAction(async (session, options: { json?: boolean }) => {
        const labels = new Map((await session.call('connections.list', {})).map((c) => [c.id, c.label]));
        const outcomes = await session.call('sync.now', {});
        if (options.json) printJson(outcomes);
        else if (outcomes.length === 0) cliIo().stdout.write('No enabled connections to read.\n');
        else {
          for (const o of outcomes) {
            const name = `${venues[o.venue].name} "${labels.get(o.connectionId) ?? o.connectionId}"`;
            cliIo().stdout.write(o.ok ? `ok    ${name}: ${o.holdings} holdings\n` : `FAIL  ${name}: ${o.error?.message ?? 'failed'}\n`);
            for (const warning of o.warnings) cliIo().stdout.write(`      warning: ${warning}\n`);
          }
        }
        if (outcomes.some((o) => !o.ok)) failWith(1);
      }),
    );
}
