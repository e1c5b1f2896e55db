import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { AppError } from '../../shared/app-error';

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function isAFolder(file: string): AppError {
  return new AppError('invalid_input', `${file} is a folder. Give the name of a file to write, such as ${join(file, 'export.csv')}.`);
}

/** What the user can do about a failed write, in one sentence; never a stack trace. */
function writeError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const folder = dirname(file);
  switch (codeOf(error)) {
    case 'EACCES':
    case 'EPERM':
      return new AppError('invalid_input', `Holdfast may not write to ${folder} (permission denied). Choose another folder.`);
    case 'EROFS':
      return new AppError('invalid_input', `${folder} is on a read-only file system. Choose another folder.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('invalid_input', `There is no space left to write ${file}. Free some space or choose another disk.`);
    case 'EISDIR':
      return isAFolder(file);
    default:
      return new AppError('internal', `Could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function checkTarget(file: string): Promise<void> {
  const folder = dirname(file);
  const folderStat = await stat(folder).catch((error: unknown) => {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return null;
    throw writeError(error, file);
  });
  if (!folderStat) throw new AppError('invalid_input', `The folder ${folder} does not exist. Create it first or choose another.`);
  if (!folderStat.isDirectory()) throw new AppError('invalid_input', `${folder} is not a folder.`);
  const fileStat = await stat(file).catch(() => null);
  if (fileStat?.isDirectory()) throw isAFolder(file);
}

/**
 * Writes `file` all at once or not at all: the content goes to a hidden temporary file in the same
 * folder, is flushed to disk, then renamed over the target (atomic on one file system). A failure at any
 * step removes the temporary file, and an existing file at the target stays as it was. `write` must end
 * the sink (a stream pipeline does).
 */
export async function writeFileAtomically<T>(path: string, write: (sink: Writable) => Promise<T>): Promise<T> {
  const file = resolve(path);
  await checkTarget(file);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx' never follows or reuses an existing file; flush fsyncs before close, so the rename never exposes unwritten data.
  const sink = createWriteStream(temp, { flags: 'wx', flush: true });
  try {
    const result = await write(sink);
    await finished(sink);
    await rename(temp, file);
    return result;
  } catch (error) {
    sink.destroy();
    await finished(sink).catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw writeError(error, file);
  }
}
