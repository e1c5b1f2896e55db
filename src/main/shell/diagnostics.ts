import type { AppInfo } from '../../shared/domain/app-info';
import type { Connection } from '../../shared/domain/connection';
import type { Settings } from '../../shared/domain/settings';

export interface DiagnosticsInput {
  readonly info: AppInfo;
  readonly versions: Readonly<Record<string, string | undefined>>;
  readonly platform: string;
  readonly settings: Settings;
  readonly connections: readonly Connection[];
  /** The end of the log, as written: every line already went through the redactor. */
  readonly logTail: string;
}

/**
 * What **Copy diagnostics** puts on the clipboard for a bug report: versions, the keychain backend,
 * settings and each connection's venue and state, then the log's end. No credential is in any of
 * these (connections carry only a masked hint, which is left out too), and the log is redacted at write.
 */
export function diagnosticsText({ info, versions, platform, settings, connections, logTail }: DiagnosticsInput): string {
  const lines = [
    `Holdfast ${info.version} (${info.mode}${info.demo ? ', demo' : ''}) on ${platform}`,
    ...Object.entries(versions)
      .filter(([, v]) => v !== undefined)
      .map(([name, v]) => `${name}: ${v}`),
    `Keychain: ${info.keychain.backend} — ${info.keychain.available ? 'available' : `unavailable (${info.keychain.problem ?? 'no reason given'})`}`,
    `Data folder: ${info.dataDir}`,
    '',
    'Settings:',
    ...Object.entries(settings).map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`),
    '',
    `Connections (${connections.length}):`,
    ...connections.map((c) => `  ${c.venue} ${c.enabled ? 'enabled' : 'disabled'}, every ${c.pollIntervalSec} s, base ${c.baseUrl}`),
    '',
    'Log (last lines):',
    logTail.trimEnd(),
  ];
  return lines.join('\n') + '\n';
}

/** The About box's detail: the version, where it runs and which keychain holds the credentials. */
export function aboutDetail(info: AppInfo, versions: Readonly<Record<string, string | undefined>>): string {
  return [
    `Version ${info.version}${info.demo ? ' — demo data' : ''}`,
    `Electron ${versions.electron ?? '?'}, Chromium ${versions.chrome ?? '?'}, Node ${versions.node ?? '?'}`,
    `Keychain: ${info.keychain.backend}${info.keychain.available ? '' : ` (unavailable: ${info.keychain.problem ?? 'no reason given'})`}`,
    `Data: ${info.dataDir}`,
  ].join('\n');
}
