import { randomUUID } from 'node:crypto';
import { KeytarSecretStore } from '../../src/main/secrets/keytar-secret-store';

/**
 * Tests use the real OS keychain under a service name of their own, so they never touch a user's
 * `holdfast` entries. Where no keychain exists, keychain tests are skipped with the reason printed,
 * except under CI (or HOLDFAST_REQUIRE_KEYCHAIN=1), where a missing keychain is a failure.
 */
export function testKeychainService(): string {
  return `holdfast-test-${randomUUID()}`;
}

export async function keychainProblem(): Promise<string | null> {
  const status = await new KeytarSecretStore(testKeychainService()).status();
  if (status.available) return null;
  if (process.env.CI || process.env.HOLDFAST_REQUIRE_KEYCHAIN === '1') {
    throw new Error(`A real keychain is required here but is not available: ${status.problem}`);
  }
  const reason = `Skipping keychain tests: ${status.problem} Run them with \`npm test\`, which starts gnome-keyring in a private D-Bus session.`;
  console.warn(reason);
  return reason;
}
