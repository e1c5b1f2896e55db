import type { KeychainStatus } from '../../shared/domain/app-info';
import { AppError } from '../../shared/app-error';
import { DEFAULT_SERVICE, type SecretStore } from './secret-store';

const BACKEND = 'keytar (OS keychain)';
/** An account no connection uses (connections are UUIDs): reading it proves the keychain answers, and reads no secret. */
export const HEALTH_CHECK_ACCOUNT = 'holdfast-health-check';

function problemSentence(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const linuxHint =
    process.platform === 'linux'
      ? ' On Linux, Holdfast needs a running, unlocked Secret Service such as gnome-keyring or KWallet.'
      : '';
  return `The OS keychain is not available (${detail}).${linuxHint} Holdfast never stores secrets in a file, so it cannot save credentials until the keychain works.`;
}

type Keytar = typeof import('keytar');
let loaded: Promise<Keytar> | undefined;
/**
 * keytar and the OS library under it load with the first secret asked for: a start that shows cached data
 * reads no secret before its first answer, and loading them was a native module's worth of that start.
 */
function keytar(): Promise<Keytar> {
  return (loaded ??= import('keytar').then((module) => ('default' in module ? (module.default as Keytar) : module)));
}

/** keytar is archived upstream but is the design card's choice; it lives behind SecretStore so it can be swapped here alone. */
export class KeytarSecretStore implements SecretStore {
  constructor(private readonly service: string = DEFAULT_SERVICE) {}

  async status(): Promise<KeychainStatus> {
    try {
      // One lookup of an entry that holds nothing: findCredentials would decrypt every stored secret.
      await (await keytar()).getPassword(this.service, HEALTH_CHECK_ACCOUNT);
      return { backend: BACKEND, available: true, problem: null };
    } catch (error) {
      return { backend: BACKEND, available: false, problem: problemSentence(error) };
    }
  }

  get(account: string): Promise<string | null> {
    return this.guard(async () => (await keytar()).getPassword(this.service, account));
  }

  set(account: string, secret: string): Promise<void> {
    return this.guard(async () => (await keytar()).setPassword(this.service, account, secret));
  }

  delete(account: string): Promise<boolean> {
    return this.guard(async () => (await keytar()).deletePassword(this.service, account));
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw new AppError('keychain_unavailable', problemSentence(error));
    }
  }
}
