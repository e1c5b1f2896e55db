import type { FieldIssue } from '../../../../shared/errors';

export type FieldErrors = Record<string, string>;

/** First message per field path ("label", "credentials.apiKey"), the form's keys. */
export function toFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}
