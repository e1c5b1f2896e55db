// One benchmark case in a process of its own, printing its figures as JSON: no case pays for another's heap.
import { coldStart } from './cases/cold-start';
import { coldStartYear } from './cases/cold-start-year';
import { backgroundDay } from './cases/day';
import { exportCsv } from './cases/export';
import { ingestVsRaw } from './cases/ingest';
import { pollVsSlowest } from './cases/poll';
import { rendererHour } from './cases/renderer-hour';
import { scaleExport, scaleHistory, scaleSummary } from './cases/scale';
import { summary20k } from './cases/summary';
import { simulatedYear } from './cases/year';

const cases: Record<string, () => Promise<Record<string, number>>> = {
  poll: pollVsSlowest,
  ingest: ingestVsRaw,
  summary: summary20k,
  export: exportCsv,
  'cold start': coldStart,
  year: simulatedYear,
  'cold start year': coldStartYear,
  day: backgroundDay,
  'renderer hour': rendererHour,
  'scale summary': scaleSummary,
  'scale export': scaleExport,
  'scale history': scaleHistory,
};

const name = process.argv[2] ?? '';
const run = cases[name];
if (!run) throw new Error(`unknown case "${name}"; one of ${Object.keys(cases).join(', ')}`);
process.stdout.write(`${JSON.stringify(await run())}\n`);
