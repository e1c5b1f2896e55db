import { z } from 'zod';
import { AlertSettings } from './alerts';
import { DecimalString } from './holding';

export const Settings = z.object({
  theme: z.enum(['light', 'dark', 'system']),
  /** Amounts are blurred everywhere until toggled off: for screen sharing. */
  privacyMode: z.boolean(),
  /** Holdings worth less than this (USD) are hidden when the user asks to hide small balances. */
  smallBalanceUsd: DecimalString,
  /** Where the save dialog opens for exports; null for the system default. */
  exportFolder: z.string().nullable(),
  /** Start CSV files with a UTF-8 byte order mark, which Excel needs to read UTF-8. */
  csvBom: z.boolean(),
  /** Which alerts fire, and their thresholds. */
  alerts: AlertSettings,
  /** Desktop app: closing the window hides it to the tray and keeps polling, instead of quitting. */
  keepRunningInTray: z.boolean(),
  /** Desktop app: look for a new version a while after start and then every few hours (never in the demo or a dev build). */
  checkForUpdates: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;


export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
