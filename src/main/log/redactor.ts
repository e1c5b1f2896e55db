/** Secrets under this length are not masked: they would mangle sentences and reveal little. */
const MIN_SECRET_LENGTH = 4;

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
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join('[redacted]');
    return masked;
  }
}

/**
 * Masks `secrets` in text a venue sent, then shortens it to `max` characters: in that order, so that
 * no cut can leave the start of a secret unmasked.
 */
export function maskThenTruncate(text: string, secrets: readonly string[], max: number): string {
  const masked = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH).reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  return masked.length > max ? `${masked.slice(0, max)}…` : masked;
}
