import { z } from 'zod';

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

export type CredentialKind = 'apiKey' | 'login' | 'token';

export const credentialSchemas = {
  apiKey: ApiKeyCredentials,
  login: LoginCredentials,
  token: TokenCredentials,
} as const;

export interface BaseUrlPreset {
  readonly name: string;
  readonly url: string;
}

export interface VenueInfo {
  readonly id: VenueId;
  readonly name: string;
  readonly credentialKind: CredentialKind;
  readonly presets: readonly BaseUrlPreset[];
}

const liquidityTechPresets: readonly BaseUrlPreset[] = [
  { name: 'Production', url: 'https://api.liquiditytech.com' },
  { name: 'Production (AZ4)', url: 'https://api-az4.liquiditytech.com' },
  { name: 'UAT (routes to real exchange accounts)', url: 'https://uat-api.liquiditytech.com' },
];

export const venues: Readonly<Record<VenueId, VenueInfo>> = {
  rapidx: { id: 'rapidx', name: 'RapidX', credentialKind: 'apiKey', presets: liquidityTechPresets },
  ltp: { id: 'ltp', name: 'LTP', credentialKind: 'apiKey', presets: liquidityTechPresets },
  connex: {
    id: 'connex',
    name: 'ConneX',
    credentialKind: 'apiKey',
    presets: [{ name: 'Production', url: 'https://api.connex.trade' }],
  },
  cadenza: {
    id: 'cadenza',
    name: 'Cadenza',
    credentialKind: 'login',
    presets: [
      { name: 'Production', url: 'https://cadenza-api.algo724.com' },
      { name: 'UAT', url: 'https://cadenza-api-uat.algo724.com' },
    ],
  },
  treadfi: {
    id: 'treadfi',
    name: 'Tread.fi',
    credentialKind: 'token',
    presets: [{ name: 'Production', url: 'https://app.tread.fi' }],
  },
};

export function credentialSchemaFor(venue: VenueId) {
  return credentialSchemas[venues[venue].credentialKind];
}
