import { AppError } from '../../shared/app-error';
import { cliIo } from './io';

/** Credentials come on stdin so that they never appear in the shell history or the process list. */
export async function readJsonFromStdin(what: string): Promise<unknown> {
  const { stdin } = cliIo();
  if (stdin.isTTY) {
    throw new AppError('invalid_input', `Pipe the ${what} as JSON on stdin, e.g. echo '{"apiKey":"…","apiSecret":"…"}' | holdfast …`);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') throw new AppError('invalid_input', `No ${what} on stdin: pipe them as JSON.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid_input', `The ${what} on stdin are not valid JSON.`);
  }
}
