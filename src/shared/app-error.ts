import type { ErrorBody, ErrorCode, FieldIssue } from './errors';

// Its own module, without zod: the page's first chunk throws and shows AppErrors before any schema loads.

/** An error meant for the user: its message is shown as it is, so it never carries a secret. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }

  static fromBody(body: ErrorBody): AppError {
    return new AppError(body.code, body.message, body.issues);
  }
}
