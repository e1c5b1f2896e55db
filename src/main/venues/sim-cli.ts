import { parseArgs } from 'node:util';
import { VenueId } from '../../shared/domain/venue';
import { parseFaultFlag } from './shared/simulator/faults';
import type { LtpFamilySimulator } from './ltp-family/simulator/server';
import { startSimulatorFor } from './simulators';

// `npm run sim -- --venue V [--port N] [--seed S] [--fault F …]`: one venue's simulator on 127.0.0.1.
const { values } = parseArgs({
  options: {
    venue: { type: 'string' },
    port: { type: 'string', default: '0' },
    seed: { type: 'string' },
    fault: { type: 'string', multiple: true, default: [] },
  },
});

const venue = VenueId.safeParse(values.venue);
if (!venue.success) {
  process.stderr.write(`sim: --venue must be one of ${VenueId.options.join(', ')}\n`);
  process.exit(2);
}
const simulator = await startSimulatorFor(venue.data, {
  port: Number(values.port),
  seed: values.seed === undefined ? undefined : Number(values.seed),
  faults: values.fault.map(parseFaultFlag),
});
process.stdout.write(`${venue.data} simulator on ${simulator.baseUrl}\n`);
process.stdout.write(`test credentials: ${JSON.stringify(simulator.credentials)}\n`);
process.stdout.write(`add it: echo '${JSON.stringify(simulator.credentials)}' | npx holdfast connections add --venue ${venue.data} --label "${venue.data} simulator" --base-url ${simulator.baseUrl}\n`);
if ((venue.data === 'rapidx' || venue.data === 'connex') && 'issueKey' in simulator) {
  // To see a read that keeps the balances and warns that positions were not read.
  const denied = (simulator as LtpFamilySimulator).issueKey({ denied: ['/api/v1/trading/position'] });
  process.stdout.write(`a key that may not read positions: ${JSON.stringify(denied)}\n`);
}
const stop = () => void simulator.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
