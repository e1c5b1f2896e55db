import { z } from 'zod';
import { venues } from './venue-info';


/** A required text field whose message is the same whether it is missing, not text, or blank. */
export function requiredText(message: string) {
  return z.string({ error: message }).trim().min(1, message);
}

export const VenueId = z.enum(['rapidx', 'connex', 'ltp', 'cadenza', 'treadfi'], {
  error: 'Unknown venue; expected one of rapidx, connex, ltp, cadenza, treadfi',
});
export type VenueId = z.infer<typeof VenueId>;

/**
 * A key, secret or token travels in a header or a signature, so it is one line of printable ASCII, as
 * venues issue them: a line break pasted along could otherwise end up in a header or in a stored error.
 */
function credentialText(name: string) {
  return requiredText(`${name} is required`).regex(
    /^[\x21-\x7e]+$/,
    `${name} must be one line of printable ASCII, without spaces, line breaks or other characters: paste the ${name.replace(/^API /, '').toLowerCase()} alone`,
  );
}

export const ApiKeyCredentials = z
  .object({
    apiKey: credentialText('API key'),
    apiSecret: credentialText('API secret'),
  })
  .strict();

export const LoginCredentials = z
  .object({
    email: z.email({ error: 'Enter the email address you log in to Cadenza with' }),
    password: z.string({ error: 'Password is required' }).min(1, 'Password is required'),
  })
  .strict();

export const TokenCredentials = z
  .object({ token: credentialText('API token') })
  .strict();

export const Credentials = z.union([ApiKeyCredentials, LoginCredentials, TokenCredentials]);
export type Credentials = z.infer<typeof Credentials>;

export const credentialSchemas = {
  apiKey: ApiKeyCredentials,
  login: LoginCredentials,
  token: TokenCredentials,
} as const;

export function credentialSchemaFor(venue: VenueId) {
  return credentialSchemas[venues[venue].credentialKind];
}
