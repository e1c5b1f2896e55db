import { type EventName } from '../../shared/contract';
import { eventNames } from '../../shared/event-names';
import type { EventBus } from '../event-bus';

export interface EventTarget {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, payload: unknown): void };
}

/**
 * Pushes every core event to every window open at the time of the event, so a window opened again
 * from the tray or the dock gets them as the first one did. Returns the unsubscribe.
 */
export function broadcastEvents(events: EventBus, windows: () => readonly EventTarget[]): () => void {
  const offs = eventNames.map((name: EventName) =>
    events.on(name, (payload) => {
      for (const window of windows()) if (!window.isDestroyed()) window.webContents.send(name, payload);
    }),
  );
  return () => offs.forEach((off) => off());
}
