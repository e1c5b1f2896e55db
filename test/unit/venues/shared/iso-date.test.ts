import { describe, expect, it } from 'vitest';
import { isoOfEpochMillis } from '../../../../src/main/venues/shared/iso-date';
import { seededRandom } from '../../../../src/main/venues/shared/simulator/random';

const LAST_DATE_MS = 253_402_300_799_999;

describe('isoOfEpochMillis', () => {
  it('writes what Date#toISOString writes, from 1970 to the end of year 9999', () => {
    const random = seededRandom(11);
    const edges = [0, 1, 999, 86_399_999, 86_400_000, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 1_703_052_635_110, LAST_DATE_MS];
    const samples = [...edges, ...Array.from({ length: 20_000 }, () => Math.floor(random() * LAST_DATE_MS))];
    for (const ms of samples) expect(isoOfEpochMillis(ms), String(ms)).toBe(new Date(ms).toISOString());
  });
});
