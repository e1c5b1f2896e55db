import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VenueId } from '../../../src/shared/domain/venue';

const venuesDir = join(__dirname, '../../../src/main/venues');

/** The files every venue folder has, each in the same role, so that knowing one venue is knowing all five. */
const core = ['client.ts', 'errors.ts', 'index.ts', 'normalise.ts', 'schemas.ts', 'simulator/data.ts', 'simulator/server.ts'];

/** What a venue truly needs on top, and nothing else: a new extra is a decision, made here. */
const extras: Readonly<Record<VenueId, readonly string[]>> = {
  rapidx: ['account-names.ts'],
  connex: [],
  ltp: [],
  cadenza: ['account-names.ts', 'session.ts'],
  treadfi: [],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(venuesDir, path).split('\\').join('/')];
  });
}

describe('every venue folder has the same shape', () => {
  it('has one folder per venue, beside the shared and family modules only', () => {
    const folders = readdirSync(venuesDir).filter((name) => statSync(join(venuesDir, name)).isDirectory());
    expect(folders.sort()).toEqual([...VenueId.options, 'ltp-family', 'shared'].sort());
  });

  it.each(VenueId.options)('%s lists the core files and only its own extras', (venue) => {
    const files = filesUnder(join(venuesDir, venue)).map((path) => path.slice(venue.length + 1));
    expect(files.sort()).toEqual([...core, ...extras[venue]].sort());
  });
});
