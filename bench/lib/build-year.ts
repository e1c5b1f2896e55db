// Child process of the year benchmark: builds the year into the given folder and prints how many snapshots it wrote.
import { buildYear } from './year-data';

const [dir, days] = process.argv.slice(2);
if (!dir) throw new Error('usage: build-year DIR DAYS');
process.stdout.write(`${await buildYear(dir, Number(days ?? 365))}\n`);
