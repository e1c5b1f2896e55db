import { Dec } from '../../shared/decimal';

export interface TrayFigures {
  readonly netWorthUsd: string | null;
  readonly privacyMode: boolean;
  readonly demo: boolean;
}

/** Whole dollars with thousands separators, from the decimal string (never through a float). */
export function wholeUsd(value: string): string {
  const rounded = new Dec(value).toDecimalPlaces(0).toFixed(0);
  const negative = rounded.startsWith('-');
  const digits = negative ? rounded.slice(1) : rounded;
  return `${negative ? '-' : ''}$${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** The tray's tooltip (and macOS menu-bar title): net worth, masked in privacy mode, marked in the demo. */
export function trayLabel({ netWorthUsd, privacyMode, demo }: TrayFigures): string {
  const figure = netWorthUsd === null ? 'no data yet' : privacyMode ? '$•••••' : wholeUsd(netWorthUsd);
  return `Holdfast${demo ? ' (demo)' : ''} — ${figure}`;
}
