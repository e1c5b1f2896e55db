import type { EventName } from './contract';

// The names alone, without the payload schemas: the page's transport needs them before any zod loads.
// `satisfies` keeps this list and the contract's events the same set: a name missing or extra fails to compile.
const names = {
  'connections.changed': true,
  'sync.progress': true,
  'portfolio.changed': true,
  'alert.fired': true,
} as const satisfies Record<EventName, true>;

export const eventNames = Object.keys(names) as EventName[];
