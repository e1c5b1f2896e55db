import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { rendererDir } from '../../app-paths';
import type { Core } from '../../core';
import { resolveDataDir } from '../../data-dir';
import { startDemo } from '../../demo';
import { startBrowserServer } from '../../server/http-server';
import { CliSession } from '../session';

interface ServeOptions {
  port: string;
  demo?: boolean;
}

async function serve(options: ServeOptions, command: Command): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new AppError('invalid_input', `--port must be 0–65535, not "${options.port}".`);
  let core: Core;
  let close: () => Promise<void>;
  if (options.demo) {
    const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
    const demo = await startDemo('browser', dataDir === undefined ? undefined : resolveDataDir(dataDir));
    core = demo.core;
    close = () => demo.close();
    process.stdout.write(`Demo mode: ${demo.simulators.length} venue simulators on 127.0.0.1, data in ${demo.dataDir}\n`);
  } else {
    const session = CliSession.open(command, 'browser');
    core = session.core;
    close = () => session.close();
  }
  for (const notice of core.notices) process.stderr.write(`holdfast: ${notice}\n`);
  core.startPolling();
  const server = await startBrowserServer({ port, rendererDir: rendererDir(), dispatch: core.dispatch, events: core.events, exports: core.exports });
  process.stdout.write(`Holdfast is serving on ${server.url}\n`);
  const stop = () => {
    void server
      .close()
      .then(close)
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('browser mode: serve the app on 127.0.0.1 with a fresh token')
    .option('--port <port>', 'port to listen on (default: any free port)', '0')
    .option('--demo', 'serve a demo portfolio read from local venue simulators')
    .action(serve);

  program
    .command('demo')
    .description('the demo portfolio in browser mode (same as serve --demo)')
    .option('--port <port>', 'port to listen on (default: any free port)', '0')
    .action((options: ServeOptions, command: Command) => serve({ ...options, demo: true }, command));
}
