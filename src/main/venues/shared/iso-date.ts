const DAY_MS = 86_400_000;
const ZERO = 0x30;
const [DASH, COLON, DOT, T, Z] = ['-', ':', '.', 'T', 'Z'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number];

const tens = (n: number) => ZERO + Math.floor(n / 10);
const ones = (n: number) => ZERO + (n % 10);

/**
 * Date#toISOString for milliseconds from 1970 to the end of year 9999, in arithmetic: a read converts two
 * dates per holding, and a Date for each cost more than the rest of the record's fields together. One
 * fromCharCode makes a flat string (concatenation would keep a tree of pieces for as long as the holding
 * lives). The civil date comes from days since the epoch (Howard Hinnant's civil_from_days).
 */
export function isoOfEpochMillis(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const century = Math.floor(year / 100);
  const time = ms - days * DAY_MS;
  const hours = Math.floor(time / 3_600_000);
  const minutes = Math.floor(time / 60_000) % 60;
  const seconds = Math.floor(time / 1_000) % 60;
  const millis = time % 1_000;
  return String.fromCharCode(
    tens(century), ones(century), tens(year % 100), ones(year % 100), DASH, tens(month), ones(month), DASH, tens(day), ones(day),
    T, tens(hours), ones(hours), COLON, tens(minutes), ones(minutes), COLON, tens(seconds), ones(seconds),
    DOT, ZERO + Math.floor(millis / 100), tens(millis % 100), ones(millis % 100), Z,
  );
}
