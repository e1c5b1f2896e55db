import { Option } from 'commander';
import { AppError } from '../../shared/app-error';

/** A value that must be one of `choices` (shared/domain/choices), refused with the list when it is not; `name` is what the user typed it as. */
export function parseChoice<T extends string>(choices: readonly T[], value: string, name: string): T {
  if (!(choices as readonly string[]).includes(value)) throw new AppError('invalid_input', `${name} must be one of ${choices.join(', ')}, not "${value}".`);
  return value as T;
}

/** The same for a flag that may be absent. */
export function parseOption<T extends string>(choices: readonly T[], value: string | undefined, flag: string): T | undefined {
  return value === undefined ? undefined : parseChoice(choices, value, flag);
}

/** An ISO-8601 instant from a flag such as --at, --from or --to, normalised to UTC. */
export function parseAt(at: string | undefined, flag = '--at'): string | undefined {
  if (at === undefined) return undefined;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new AppError('invalid_input', `${flag} must be an ISO-8601 time such as 2026-11-21T10:30:00Z, not "${at}".`);
  return new Date(ms).toISOString();
}

// The flags several commands take, each declared once: the same spelling and the same check wherever it
// appears. A value is checked as the command line is parsed, so a typo is refused before any database opens.

/** `--json`: the whole answer as JSON, for scripts; `shape` is what the help promises them. */
export function jsonFlag(shape: string): Option {
  return new Option('--json', `print JSON: ${shape}`);
}

/** An instant (`--at`, `--from`, `--to`), given as ISO-8601 and passed on in UTC. */
export function instantFlag(flag: '--at' | '--from' | '--to', help: string): Option {
  return new Option(`${flag} <iso>`, help).argParser((value: string) => parseAt(value, flag));
}

/** One of `choices`, e.g. `--by venue`: the help ends with them, and anything else is refused with the list. */
export function choiceFlag<T extends string>(flag: `--${string} <${string}>`, choices: readonly T[], help: string): Option {
  const name = flag.slice(0, flag.indexOf(' '));
  return new Option(flag, `${help} ${choices.join(', ')}`).argParser((value: string) => parseChoice(choices, value, name));
}
