import type { Command, Option } from 'commander';
import { jsonFlag } from './options';
import { printJson, printList, type ListFormat } from './output';
import { readOnlyAction, type CliSession } from './session';

// The two kinds of command that only read the cache, each declared one way: a read-only session, and
// `--json` for scripts beside the text for people.

interface ListCommand<T> {
  readonly description: string;
  /** The JSON shape `--json` promises scripts, e.g. `[{asset, priceUsd, setAt}]`. */
  readonly json: string;
  readonly read: (session: CliSession) => Promise<readonly T[]>;
  /** How a row prints; it may read what the rows refer to (e.g. connection names). */
  readonly format: (session: CliSession) => ListFormat<T> | Promise<ListFormat<T>>;
}

/** `<things> list`, the same for every kind of thing: printed by printList. */
export function addListCommand<T>(parent: Command, { description, json, read, format }: ListCommand<T>): void {
  parent
    .command('list')
    .description(description)
    .addOption(jsonFlag(json))
    .action(
      readOnlyAction(async (session, options: { json?: boolean }) => {
        const list = await read(session);
        printList(list, options, await format(session));
      }),
    );
}

interface ViewCommand<O, V> {
  readonly description: string;
  /** The command's own flags (./options), checked before the session opens. */
  readonly flags?: readonly Option[];
  /** The JSON shape `--json` promises scripts. */
  readonly json: string;
  readonly read: (session: CliSession, options: O) => Promise<V>;
  /** What `--json` prints, where not the whole view; it may load what it needs. */
  readonly toJson?: (view: V, options: O) => unknown;
  /** The view as text, for a terminal. */
  readonly print: (view: V, options: O) => void;
}

/** A command that reads one view of the portfolio and prints it: whole as JSON with `--json`, else as text. */
export function addViewCommand<O extends object, V>(program: Command, name: string, { description, flags = [], json, read, toJson, print }: ViewCommand<O, V>): void {
  const command = program.command(name).description(description);
  for (const flag of flags) command.addOption(flag);
  command.addOption(jsonFlag(json)).action(
    readOnlyAction(async (session, options: O & { json?: boolean }) => {
      const view = await read(session, options);
      if (options.json) printJson(toJson ? await toJson(view, options) : view);
      else print(view, options);
    }),
  );
}
