import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { rendererDir } from '../../app-paths';
import { startBrowserServer } from '../../server/http-server';
import { CliSession } from '../session';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('browser mode: serve the app on 127.0.0.1 with a fresh token')
    .option('--port <port>', 'port to listen on (default: any free port)', '0')
    .action(async (options: { port: string }, command: Command) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new AppError('invalid_input', `--port must be 0–65535, not "${options.port}".`);
      const session = CliSession.open(command, 'browser');
      const server = await startBrowserServer({
        port,
        rendererDir: rendererDir(),
        dispatch: session.core.dispatch,
        events: session.core.events,
      });
      process.stdout.write(`Holdfast is serving on ${server.url}\n`);
      const stop = () => {
        void server.close().then(() => {
          session.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
