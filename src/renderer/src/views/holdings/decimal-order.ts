import { Dec } from '../../../../shared/decimal';

/**
 * Orders two decimal strings. A float comparison settles almost every pair quickly (sorting 20 000
 * rows calls this ~300 000 times); only values equal as floats are compared exactly.
 */
export function compareDecimals(a: string, b: string): number {
  const fa = Number(a);
  const fb = Number(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return new Dec(a).comparedTo(b);
}
