import { appendFileSync } from 'node:fs';
import { Redactor } from './redactor';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * Writes one line per entry. Every line passes through the redactor first, which knows the
 * secrets loaded in this process, so no log line can carry a credential.
 */
export class FileLogger implements Logger {
  constructor(
    private readonly file: string | null,
    private readonly redactor = new Redactor(),
  ) {}

  info(message: string): void {
    this.write('INFO', message);
  }

  error(message: string, error?: unknown): void {
    const detail = error instanceof Error ? `: ${error.stack ?? error.message}` : error === undefined ? '' : `: ${String(error)}`;
    this.write('ERROR', message + detail);
  }

  private write(level: string, text: string): void {
    const line = this.redactor.mask(`${new Date().toISOString()} ${level} ${text}`);
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
