import { appendFileSync } from 'node:fs';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * Writes one line per entry. Every line passes through the redactor first, which knows the
 * secrets loaded in this process, so no log line can carry a credential.
 */
export class FileLogger implements Logger {
  private readonly secrets = new Set<string>();

  constructor(private readonly file: string | null) {}

  /** Remember a secret value so it is masked in anything this logger writes. */
  redact(secret: string): void {
    if (secret.length >= 4) this.secrets.add(secret);
  }

  info(message: string): void {
    this.write('INFO', message);
  }

  error(message: string, error?: unknown): void {
    const detail = error instanceof Error ? `: ${error.stack ?? error.message}` : error === undefined ? '' : `: ${String(error)}`;
    this.write('ERROR', message + detail);
  }

  private write(level: string, text: string): void {
    let line = `${new Date().toISOString()} ${level} ${text}`;
    for (const secret of this.secrets) line = line.split(secret).join('[redacted]');
    if (this.file) {
      try {
        appendFileSync(this.file, line + '\n');
      } catch {
        // A full disk or a read-only folder must not turn a read, or the report of a failure, into a crash;
        // what the line said reaches the user through the reply or the sync log.
      }
    } else if (level === 'ERROR') process.stderr.write(line + '\n');
  }
}
