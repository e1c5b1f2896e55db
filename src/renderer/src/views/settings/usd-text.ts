import { isDecimalText } from '../../../../shared/decimal';

/**
 * An amount of USD as typed: "1000", "1,000", "1,000.50", "$250", " 0.5 ". Commas count only as
 * thousands separators in their places ("1,5" is refused, not read as 15 or 1.5). Returns the plain
 * decimal text, or null when the text is not a non-negative amount.
 */
export function parseUsdText(text: string): string | null {
  const trimmed = text.trim().replace(/^\$\s*/, '');
  const plain = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
  return isDecimalText(plain) && !plain.startsWith('-') && !plain.startsWith('+') && !/e/i.test(plain) ? plain : null;
}
