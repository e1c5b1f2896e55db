import { expect, it } from 'vitest';
import { errorFromReply } from '../../../src/renderer/src/api/error-reply';
import { AppError } from '../../../src/shared/app-error';

it('an error reply becomes the AppError it describes, with the schema loaded only then', async () => {
  const error = await errorFromReply({ code: 'not_found', message: 'No connection with this id.', issues: [{ path: ['id'], message: 'Unknown id' }] });
  expect(error).toBeInstanceOf(AppError);
  expect(error.toBody()).toEqual({ code: 'not_found', message: 'No connection with this id.', issues: [{ path: ['id'], message: 'Unknown id' }] });
});

it('a reply that is not an error body is refused, not shown as one', async () => {
  await expect(errorFromReply({ code: 'teapot', message: 42 })).rejects.toThrow();
});
