import { MIN_SECRET_LENGTH, maskSecrets } from '../venues/shared/masking';

/**
 * Every secret this process has handled (keychain credentials, Cadenza's session tokens), and the
 * one place that masks them: the log, the sync log and every returned message pass through here.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    if (secret.length >= MIN_SECRET_LENGTH) this.secrets.add(secret);
  }

  mask(text: string): string {
    return maskSecrets(text, this.secrets);
  }
}
