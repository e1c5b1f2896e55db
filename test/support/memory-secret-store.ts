import type { KeychainStatus } from '../../src/shared/domain/app-info';
import type { SecretStore } from '../../src/main/secrets/secret-store';

/**
 * For unit tests of code above the keychain (dispatch, handlers' validation). Everything that
 * claims keychain behaviour is tested against the real keychain in test/integration/secrets.
 */
export class MemorySecretStore implements SecretStore {
  readonly entries = new Map<string, string>();
  constructor(private readonly available = true) {}

  async status(): Promise<KeychainStatus> {
    return { backend: 'memory (tests)', available: this.available, problem: this.available ? null : 'No keychain in this test.' };
  }
  async get(account: string) {
    return this.entries.get(account) ?? null;
  }
  async set(account: string, secret: string) {
    this.entries.set(account, secret);
  }
  async delete(account: string) {
    return this.entries.delete(account);
  }
}
