import { AppError } from '../../shared/errors';

/** A flag that must be one of a zod enum's values, refused with the list when it is not. */
export function parseOption<T extends string>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: string | undefined, flag: string, allowed: readonly string[]): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('invalid_input', `${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
  return parsed.data;
}

/** An ISO-8601 instant from a flag such as --at, --from or --to, normalised to UTC. */
export function parseAt(at: string | undefined, flag = '--at'): string | undefined {
  if (at === undefined) return undefined;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new AppError('invalid_input', `${flag} must be an ISO-8601 time such as 2026-11-21T10:30:00Z, not "${at}".`);
  return new Date(ms).toISOString();
}
