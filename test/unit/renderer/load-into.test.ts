import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { loadInto, type LoadState } from '../../../src/renderer/src/stores/load-into';

interface ListState extends LoadState {
  items: string[];
  unreachable: boolean;
}

function listStore() {
  const sets: Partial<ListState>[] = [];
  const store = create<ListState>(() => ({ items: [], unreachable: false, loaded: false, error: null }));
  const set = (partial: Partial<ListState>) => {
    sets.push(partial);
    store.setState(partial);
  };
  return { store, sets, set };
}

describe('loadInto', () => {
  it('puts the answer in the store, marks it loaded and clears the last error', async () => {
    const { store, set } = listStore();
    store.setState({ error: 'Earlier failure' });
    await loadInto<ListState>(set, () => Promise.resolve({ items: ['a', 'b'] }));
    expect(store.getState()).toMatchObject({ items: ['a', 'b'], loaded: true, error: null });
  });

  it('keeps the data read before when a read fails, and says why as the user reads it', async () => {
    const { store, set } = listStore();
    await loadInto<ListState>(set, () => Promise.resolve({ items: ['a'] }));
    await loadInto<ListState>(set, () => Promise.reject(new Error('The venue refused `apiKey`.')));
    expect(store.getState()).toMatchObject({ items: ['a'], loaded: true, error: 'The venue refused “apiKey”.' });
  });

  it('sets what the store learns of a failure together with the error, in one update', async () => {
    const { store, sets, set } = listStore();
    await loadInto<ListState>(
      set,
      () => Promise.reject(new Error('fetch failed')),
      () => Promise.resolve({ unreachable: true }),
    );
    expect(sets).toEqual([{ unreachable: true, loaded: true, error: 'fetch failed' }]);
    expect(store.getState().unreachable).toBe(true);
  });
});
