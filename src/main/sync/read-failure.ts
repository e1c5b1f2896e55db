import type { Connection } from '../../shared/domain/connection';
import type { LocalErrorKind, ReadErrorKind } from '../../shared/domain/holding';
import { AppError } from '../../shared/app-error';
import type { Logger } from '../log/logger';
import { storageProblem, storageReason } from '../store/storage-failure';
import { VenueError } from '../venues/shared/venue-error';

/** What a failed read reports: its kind and the user's sentence, as the sync log and `sync --json` show them. */
export interface ReadFailure {
  readonly kind: ReadErrorKind;
  readonly message: string;
}

/** A read that failed on this computer (database, disk, keychain, a bug): it keeps its own kind all the way to the user. */
export class LocalFailure extends Error implements ReadFailure {
  constructor(
    readonly kind: LocalErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'LocalFailure';
  }
}

/** "Holdfast could not save this read because the disk holding … is full; …": the sentence names Holdfast and the folder. */
export function storageFailure(error: unknown, dataDir: string, action: string): LocalFailure | null {
  const problem = storageProblem(error, dataDir);
  if (problem === null) return null;
  return new LocalFailure('storage', `Holdfast could not ${action} because ${storageReason(problem, dataDir)}; Holdfast kept your data and will retry.`);
}

/** The vault throws AppErrors whose sentences already say what to do (unlock the keychain, enter the key again). */
export function keychainFailure(error: unknown): LocalFailure {
  if (error instanceof AppError) return new LocalFailure('keychain', error.message);
  return new LocalFailure('keychain', 'Holdfast could not read this connection’s credentials from the keychain; details are in the log.');
}

/** An error from the venue client that is not a typed venue error: the answer could not be handled. */
export function venueFailure(error: unknown, connection: Connection, log: Logger): VenueError {
  if (error instanceof VenueError) return error;
  log.error(`reading ${connection.venue} connection ${connection.id} failed unexpectedly`, error);
  return new VenueError('bad_response', connection.venue, 'an unexpected error while reading; see the log');
}

/**
 * Whatever stopped a read, as it is: a venue error stays the venue's, a local failure stays local, and a
 * database error from any step is storage, never the venue's fault.
 */
export function readFailure(error: unknown, connection: Connection, dataDir: string, log: Logger): ReadFailure {
  if (error instanceof VenueError || error instanceof LocalFailure) return error;
  log.error(`syncing ${connection.venue} connection ${connection.id} failed`, error);
  const storage = storageFailure(error, dataDir, 'complete this read');
  if (storage) return storage;
  return new LocalFailure('internal', 'Holdfast hit an unexpected error while syncing this connection; details are in the log.');
}
