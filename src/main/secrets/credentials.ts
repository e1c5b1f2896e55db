import { credentialSchemaFor, type Credentials, type VenueId } from '../../shared/domain/venue';
import { AppError } from '../../shared/app-error';
import type { SecretStore } from './secret-store';

/** Keeps each connection's credentials as one JSON value in the keychain, under the connection id. */
export class CredentialVault {
  /** `onSecret` hears every credential value this vault handles, so the logger can mask it in anything it writes. */
  constructor(
    private readonly secrets: SecretStore,
    private readonly onSecret: (value: string) => void = () => {},
  ) {}

  async requireKeychain(): Promise<void> {
    const status = await this.secrets.status();
    if (!status.available) throw new AppError('keychain_unavailable', status.problem ?? 'The OS keychain is not available.');
  }

  save(connectionId: string, credentials: Credentials): Promise<void> {
    Object.values(credentials).forEach(this.onSecret);
    return this.secrets.set(connectionId, JSON.stringify(credentials));
  }

  async load(connectionId: string, venue: VenueId): Promise<Credentials> {
    const stored = await this.secrets.get(connectionId);
    if (stored === null) {
      throw new AppError('not_found', 'No credentials are stored in the keychain for this connection. Edit it and enter them again.');
    }
    const parsed = credentialSchemaFor(venue).safeParse(JSON.parse(stored));
    if (!parsed.success) {
      throw new AppError('not_found', 'The credentials in the keychain for this connection are incomplete. Edit it and enter them again.');
    }
    Object.values(parsed.data).forEach(this.onSecret);
    return parsed.data;
  }

  forget(connectionId: string): Promise<boolean> {
    return this.secrets.delete(connectionId);
  }
}

/**
 * A recognisable, harmless piece of the identifying credential, e.g. `rx-k…7f3a`; never enough to use.
 * A bearer token is the whole secret (an API key is half of a pair), so it shows only its last four.
 */
export function keyHint(credentials: Credentials): string {
  if ('apiKey' in credentials) return maskMiddle(credentials.apiKey);
  if ('token' in credentials) return `…${credentials.token.length >= 16 ? credentials.token.slice(-4) : ''}`;
  const [user = '', domain = ''] = credentials.email.split('@');
  return `${user.slice(0, 1)}…@${domain}`;
}

function maskMiddle(value: string): string {
  if (value.length >= 16) return `${value.slice(0, 4)}…${value.slice(-4)}`;
  if (value.length >= 8) return `${value.slice(0, 2)}…${value.slice(-2)}`;
  return '…';
}
