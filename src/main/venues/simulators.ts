import type { Credentials, VenueId } from '../../shared/domain/venue';
import { startCadenzaSimulator } from './cadenza';
import { startConnexSimulator } from './connex';
import { startLtpSimulator } from './ltp';
import { startRapidxSimulator } from './rapidx';
import type { Fault } from './shared/simulator/faults';
import type { RunningSimulator } from './shared/simulator/server';
import { startTreadfiSimulator } from './treadfi';

export interface SimulatorStart {
  readonly port?: number;
  readonly seed?: number;
  readonly faults?: Fault[];
}

export type StartedSimulator = RunningSimulator & { readonly credentials: Credentials };

/** Every venue's simulator behind one call: for `npm run sim`, demo mode and tests across venues. */
export function startSimulatorFor(venue: VenueId, options: SimulatorStart = {}): Promise<StartedSimulator> {
  switch (venue) {
    case 'rapidx':
      return startRapidxSimulator(options);
    case 'connex':
      return startConnexSimulator(options);
    case 'ltp':
      return startLtpSimulator(options);
    case 'cadenza':
      return startCadenzaSimulator(options);
    case 'treadfi':
      return startTreadfiSimulator(options);
  }
}
