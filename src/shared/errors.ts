import { z } from 'zod';
import { AppError } from './app-error';

export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'keychain_unavailable',
  /** The database or its disk failed on this computer (full, busy, read-only): never a venue's fault. */
  'storage_unavailable',
  'unknown_channel',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;


export function invalidInput(issues: readonly z.core.$ZodIssue[]): AppError {
  const fieldIssues = issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
  const first = fieldIssues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return new AppError('invalid_input', `${where}${first?.message ?? 'Invalid input'}`, fieldIssues);
}
