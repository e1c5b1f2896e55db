import { ltpFamilyCodes, type CodeTable } from '../ltp-family/errors';

/**
 * What ConneX's business codes mean. No ConneX error page exists in any public source; its site mirrors
 * LTP's in every other respect, so the family's codes are assumed (venues.md §3.3 ASSUMPTION): a real
 * key that answers otherwise changes this table, and only this one.
 */
export const connexCodes: CodeTable = ltpFamilyCodes;
