import { AppError } from '../../../shared/app-error';

/**
 * The AppError a server's `{ ok: false, error }` reply stands for, checked against the contract's
 * ErrorBody. The schema (and zod with it) loads only here, on the first error: the page's first chunk
 * stays without zod, and a reply that is not an ErrorBody fails as it always did.
 */
export async function errorFromReply(error: unknown): Promise<AppError> {
  const { ErrorBody } = await import('../../../shared/errors');
  return AppError.fromBody(ErrorBody.parse(error));
}
