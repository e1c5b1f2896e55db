import type { VenueId } from '../../../shared/domain/venue';

const MiB = 1024 * 1024;

/**
 * The most Holdfast reads of one venue answer before it stops and reports `bad_response`: a hostile or
 * broken venue must not fill the main process's memory. Each limit is many times the venue's largest
 * real answer. Unpaged reads (RapidX's every portfolio, LTP's every account and wallet, Tread.fi's
 * every account's balances) get 16 MiB, tens of thousands of asset rows; paged reads (ConneX pages of
 * 25, Cadenza pages of 100 portfolios) get 4 MiB, far above a full page.
 */
export const maxAnswerBytes: Readonly<Record<VenueId, number>> = {
  rapidx: 16 * MiB,
  ltp: 16 * MiB,
  treadfi: 16 * MiB,
  connex: 4 * MiB,
  cadenza: 4 * MiB,
};

/** "16 MiB", "300.5 MiB", "512 KiB": sizes in a sentence. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Number((bytes / MiB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
