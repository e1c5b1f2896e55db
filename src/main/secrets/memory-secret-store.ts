import type { KeychainStatus } from '../../shared/domain/app-info';
import type { SecretStore } from './secret-store';

/**
 * Demo mode's store: the simulators' throwaway credentials live in memory for one run, so the demo
 * never writes to the user's keychain. Real credentials always go to the OS keychain.
 */
export class MemorySecretStore implements SecretStore {
  readonly entries = new Map<string, string>();

  constructor(private readonly available = true) {}

  async status(): Promise<KeychainStatus> {
    return this.available
      ? { backend: 'memory (demo: simulator credentials only)', available: true, problem: null }
      : { backend: 'memory', available: false, problem: 'No keychain is available in this session.' };
  }

  async get(account: string): Promise<string | null> {
    return this.entries.get(account) ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    this.entries.set(account, secret);
  }

  async delete(account: string): Promise<boolean> {
    return this.entries.delete(account);
  }
}
