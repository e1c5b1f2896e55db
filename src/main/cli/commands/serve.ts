import type { Command } from 'commander';
import { AppError } from '../../../shared/app-error';
import { rendererDir } from '../../app-paths';
import { resolveDataDir } from '../../data-dir';
import type { ProfileHost } from '../../demo/profile-host';
import { startBrowserServer } from '../../server/http-server';
import { cliIo } from '../io';

/**
 * Loading the core holds the process for a few hundred milliseconds, during which no request is answered.
 * It waits for the page's first call (its session), by which time the browser has the page's files; a page
 * that has not come within this long does not hold back the first polls.
 */
const PAGE_GRACE_MS = 1_000;

interface ServeOptions {
  port: string;
  demo?: boolean;
}

/**
 * The profile host and everything behind it (database, venues, keychain), loaded only now: the server is
 * already listening, so the browser loads the page while this loads and opens the data.
 */
async function openHost(dataDir: string, demo: boolean): Promise<ProfileHost> {
  const [{ ProfileHost }, { createCore }] = await Promise.all([import('../../demo/profile-host'), import('../../core')]);
  // The real profile opens only when it is shown: `--demo` starts on the demo, and **Leave demo** opens it.
  // The demo's simulators load only when it starts.
  const startDemo = async () => (await import('../../demo/start-demo')).startDemo({ mode: 'browser' });
  return ProfileHost.open({ openReal: () => createCore({ dataDir, mode: 'browser' }), startDemo }, demo);
}

async function serve(options: ServeOptions, command: Command): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new AppError('invalid_input', `--port must be 0–65535, not "${options.port}".`);
  const dataDir = resolveDataDir(command.optsWithGlobals<{ dataDir?: string }>().dataDir, cliIo().env);
  let pageCame: () => void = () => undefined;
  const loadCore = new Promise<void>((resolve) => (pageCame = resolve));
  // The demo writes a year of history before it can answer anything: it starts first, as a page opened
  // sooner would only wait for it.
  const demo = options.demo === true ? await openHost(dataDir, true) : null;
  const opening = demo ? Promise.resolve(demo) : loadCore.then(() => openHost(dataDir, false));
  const server = await startBrowserServer({
    port,
    rendererDir: rendererDir(),
    backend: opening,
    onNewLink: (url) => {
      pageCame();
      cliIo().stdout.write(`That link is now used and works no more. To open Holdfast in another tab or browser: ${url}\n`);
    },
  });
  cliIo().stdout.write(`Holdfast is serving on ${server.url} (the link opens Holdfast once)\n`);
  if (!demo) setTimeout(pageCame, PAGE_GRACE_MS);
  const host = await opening.catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  if (host.inDemo) {
    cliIo().stdout.write(`Demo mode: 5 venue simulators on 127.0.0.1, a year of history, data in ${host.demoDataDir} (deleted on exit)\n`);
  }
  for (const notice of host.core.notices) cliIo().stderr.write(`holdfast: ${notice}\n`);
  host.startPolling();
  const stop = () => {
    void server
      .close()
      .then(() => host.close())
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
    .option('--demo', 'start on the demo portfolio: local venue simulators and a year of history, apart from your data')
    .action(serve);

  program
    .command('demo')
    .description('the demo portfolio in browser mode (same as serve --demo)')
    .option('--port <port>', 'port to listen on (default: any free port)', '0')
    .action((options: ServeOptions, command: Command) => serve({ ...options, demo: true }, command));
}
