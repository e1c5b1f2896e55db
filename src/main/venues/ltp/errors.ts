import { ltpFamilyCodes, type CodeTable } from '../ltp-family/errors';

/**
 * What LTP's business codes mean: the family's table is LTP's own error-code page (venues.md §1.5).
 * The V2 assets' 404004 is not listed: Holdfast reads the V1 balance endpoint, which never sends it.
 */
export const ltpCodes: CodeTable = ltpFamilyCodes;
