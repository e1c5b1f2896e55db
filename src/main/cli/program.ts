import { Command } from 'commander';
import { version } from '../../../package.json';
import { registerAccounts } from './commands/accounts';
import { registerConnections } from './commands/connections';
import { registerExport } from './commands/export';
import { registerPortfolio } from './commands/portfolio';
import { registerServe } from './commands/serve';
import { registerSync } from './commands/sync';
import { registerTrader } from './commands/trader';

export function buildProgram(): Command {
  const program = new Command('holdfast')
    .description('Holdfast: one portfolio across RapidX, LTP, ConneX, Cadenza and Tread.fi')
    .version(version)
    .option('--data-dir <dir>', 'data directory (default: $HOLDFAST_DATA_DIR, else the desktop app’s)')
    .showHelpAfterError();
  registerConnections(program);
  registerAccounts(program);
  registerSync(program);
  registerPortfolio(program);
  registerTrader(program);
  registerExport(program);
  registerServe(program);
  return program;
}
