import { ltpFamilyCodes, type CodeTable } from '../ltp-family/errors';

/**
 * What RapidX's business codes mean. RapidX is LTP's portfolio product on LTP's own host, so it answers
 * in the family's envelope with the family's codes (venues.md §2); it documents none of its own.
 */
export const rapidxCodes: CodeTable = ltpFamilyCodes;
