import { errorMessage } from './error-message';

/** What a store that reads from the core keeps beside its data. */
export interface LoadState {
  /** A first read has answered, well or not: until then a view shows "loading", not "empty". */
  loaded: boolean;
  /** Why the last read failed, as the user reads it; null once one succeeds. */
  error: string | null;
}

/**
 * One read into a store, the same way in every store: its answer with the error cleared, or the
 * sentence why it failed, keeping the data read before. `failed` adds what a store learns of a failure
 * (e.g. whether the server still answers), set together with the error.
 */
export async function loadInto<T extends object>(
  set: (partial: Partial<T> & LoadState) => void,
  read: () => Promise<Partial<T>>,
  failed: () => Promise<Partial<T>> = () => Promise.resolve({}),
): Promise<void> {
  try {
    set({ ...(await read()), loaded: true, error: null });
  } catch (error) {
    set({ ...(await failed()), loaded: true, error: errorMessage(error) });
  }
}
