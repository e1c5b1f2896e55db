import type { AlertSettings } from './alerts';
import type { Settings } from './settings';

// Plain values only, no zod: the page starts with these settings before its first read, and importing
// them from settings.ts would load and build every zod schema before the first render.

export const defaultAlertSettings: AlertSettings = {
  connectionFailing: { enabled: true, minutes: 30 },
  liquidation: { enabled: true, distancePct: '10' },
  netWorthMove: { enabled: true, pct: '5', windowMinutes: 60 },
};

export const defaultSettings: Settings = {
  theme: 'system',
  privacyMode: false,
  smallBalanceUsd: '1',
  exportFolder: null,
  csvBom: false,
  alerts: defaultAlertSettings,
  keepRunningInTray: false,
  checkForUpdates: true,
};
