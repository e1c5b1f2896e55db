import type { KeychainStatus } from '../../shared/domain/app-info';

/**
 * The narrow door to the OS keychain. Everything secret goes through it and nothing else:
 * swapping the keychain library means writing one implementation of this interface.
 */
export interface SecretStore {
  status(): Promise<KeychainStatus>;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

export const DEFAULT_SERVICE = 'holdfast';
