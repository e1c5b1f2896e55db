import { z } from 'zod';
import { BaseUrl } from './base-url';
import { ApiKeyCredentials, LoginCredentials, TokenCredentials, VenueId } from './venue';

export const ConnectionId = z.uuid('Connection id must be a UUID');

export const Label = z
  .string({ error: 'Label is required' })
  .trim()
  .min(1, 'Label is required')
  .max(80, 'Label must be at most 80 characters');

/** Poll interval in seconds; venues' own limits may raise it further (see sync/). */
export const PollIntervalSec = z.number().int().min(10).max(86_400);

export const Connection = z.object({
  id: ConnectionId,
  venue: VenueId,
  label: z.string(),
  baseUrl: z.string(),
  keyHint: z.string(),
  enabled: z.boolean(),
  pollIntervalSec: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Connection = z.infer<typeof Connection>;

const common = { label: Label, baseUrl: BaseUrl };

/** The credential fields follow the venue, so the venue picks the schema. */
export const NewConnection = z.discriminatedUnion('venue', [
  z.object({ venue: z.literal('rapidx'), ...common, credentials: ApiKeyCredentials }),
  z.object({ venue: z.literal('connex'), ...common, credentials: ApiKeyCredentials }),
  z.object({ venue: z.literal('ltp'), ...common, credentials: ApiKeyCredentials }),
  z.object({ venue: z.literal('cadenza'), ...common, credentials: LoginCredentials }),
  z.object({ venue: z.literal('treadfi'), ...common, credentials: TokenCredentials }),
], { error: 'Unknown venue; expected one of rapidx, connex, ltp, cadenza, treadfi' });
export type NewConnection = z.infer<typeof NewConnection>;

export const ConnectionUpdate = z.object({
  id: ConnectionId,
  label: Label.optional(),
  baseUrl: BaseUrl.optional(),
  enabled: z.boolean().optional(),
  pollIntervalSec: PollIntervalSec.optional(),
  /** Replaces the stored credentials; checked against the connection's venue by the handler. */
  credentials: z.record(z.string(), z.string()).optional(),
});
export type ConnectionUpdate = z.infer<typeof ConnectionUpdate>;
