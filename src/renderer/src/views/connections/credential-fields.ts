import type { CredentialKind } from '../../../../shared/domain/venue-info';

export interface CredentialField {
  readonly name: string;
  readonly label: string;
  readonly secret: boolean;
  readonly autoComplete: string;
}

export const credentialFields: Record<CredentialKind, readonly CredentialField[]> = {
  apiKey: [
    { name: 'apiKey', label: 'API key', secret: false, autoComplete: 'off' },
    { name: 'apiSecret', label: 'API secret', secret: true, autoComplete: 'off' },
  ],
  login: [
    { name: 'email', label: 'Email', secret: false, autoComplete: 'username' },
    { name: 'password', label: 'Password', secret: true, autoComplete: 'current-password' },
  ],
  token: [{ name: 'token', label: 'API token', secret: true, autoComplete: 'off' }],
};
