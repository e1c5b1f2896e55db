import { Command } from 'commander';
import { version } from '../../../package.json';
import { registerAccounts } from './commands/accounts';
import { cliIo } from './io';
import { registerConnections } from './commands/connections';
import { registerExport } from './commands/export';
import { registerPortfolio } from './commands/portfolio';
import { registerPrices } from './commands/prices';
import { registerServe } from './commands/serve';
import { registerSync } from './commands/sync';
import { registerTrader } from './commands/trader';

export function buildProgram(): Command {
  const program = new Command('holdfast')
    .description('Holdfast: one portfolio across RapidX, LTP, ConneX, Cadenza and Tread.fi')
    .version(version)
    .option('--data-dir <dir>', 'data directory (default: $HOLDFAST_DATA_DIR, else the desktop app’s)')
    .showHelpAfterError()
    // Set before the commands are added, which inherit both: a usage error throws instead of ending the
    // process, and commander's own messages go to the run's streams.
    .exitOverride()
    .configureOutput({ writeOut: (text) => cliIo().stdout.write(text), writeErr: (text) => cliIo().stderr.write(text) });
  registerConnections(program);
  registerAccounts(program);
  registerSync(program);
  registerPortfolio(program);
  registerTrader(program);
  registerPrices(program);
  registerExport(program);
  registerServe(program);
  return program;
}
