import type { VenueId } from './venue';

// Plain values only, no zod: the page's first chunk shows venue names, and importing them from venue.ts
// would load and build every zod schema before the first render.

export type CredentialKind = 'apiKey' | 'login' | 'token';

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

/** Every venue's id, as the command line lists them: the keys of `venues`, which its type makes all of VenueId. */
export const venueIds = Object.keys(venues) as VenueId[];
