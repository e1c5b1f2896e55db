import { create } from 'zustand';
import type { Connection, ConnectionUpdate, NewConnection } from '../../../shared/domain/connection';
import { api } from '../api/api';
import { liveSource } from '../data/live-source';
import { loadInto, type LoadState } from './load-into';

interface ConnectionsState extends LoadState {
  connections: Connection[];
  load(): Promise<void>;
  add(input: NewConnection): Promise<Connection>;
  update(input: ConnectionUpdate): Promise<Connection>;
  remove(id: string): Promise<void>;
}

/** Mutations throw AppError to the form that called them; the list reloads from the core afterwards. */
export const useConnectionsStore = create<ConnectionsState>((set, get) => ({
  connections: [],
  loaded: false,
  error: null,
  load: () => loadInto<ConnectionsState>(set, async () => ({ connections: await api.call('connections.list', {}) })),
  async add(input) {
    const added = await api.call('connections.add', input);
    await get().load();
    return added;
  },
  async update(input) {
    const updated = await api.call('connections.update', input);
    await get().load();
    return updated;
  },
  async remove(id) {
    await api.call('connections.remove', { id });
    await get().load();
  },
}));

export const connectionsSource = liveSource({ load: () => void useConnectionsStore.getState().load(), reloadOn: ['connections.changed'], subscribe: api.subscribe });
