import { z } from 'zod';
import { ConnectionId } from './connection';
import { VenueId } from './venue';

export const ALIAS_MAX_CHARS = 64;

/**
 * Line breaks, control characters and the bidi overrides that can make a name read as another
 * ("Trojan source") have no place in a name shown in tables, CSV cells and terminal columns.
 */
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u;

/** The name the user gives an account, trimmed; empty clears it. Counted in characters as a person counts them. */
export const AccountAliasText = z
  .string({ error: 'The account name must be text.' })
  .trim()
  .refine((name) => [...name].length <= ALIAS_MAX_CHARS, `An account name must be at most ${ALIAS_MAX_CHARS} characters.`)
  .refine((name) => !UNPRINTABLE.test(name), 'An account name cannot contain line breaks or control characters.');

export const AccountId = z.string().min(1, 'Account id is required').max(200, 'Account id must be at most 200 characters');

/**
 * An account of a connection (a RapidX portfolio, a Cadenza trading account…) and what it is called:
 * `label` is the name shown everywhere, the user's alias where set, else the venue's name, else the id.
 */
export const Account = z.object({
  connectionId: z.string(),
  venue: VenueId,
  accountId: z.string(),
  /** The venue's own name for it; null where the venue gives none. */
  venueName: z.string().nullable(),
  alias: z.string().nullable(),
  label: z.string(),
});
export type Account = z.infer<typeof Account>;

/** An empty `alias` clears it: the account goes back to the venue's name. */
export const SetAccountAlias = z.object({ connectionId: ConnectionId, accountId: AccountId, alias: AccountAliasText }).strict();
export type SetAccountAlias = z.infer<typeof SetAccountAlias>;
