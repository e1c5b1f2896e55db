import type { Alert } from '../../shared/domain/alerts';

/**
 * What the system notification of an alert says. In privacy mode (screen sharing) it names what crossed its
 * line but no figure: the details are in the app's alert log.
 */
export function notificationFor(alert: Alert, privacyMode: boolean): { title: string; body: string } {
  if (!privacyMode) return { title: alert.title, body: alert.message };
  const titles: Record<Alert['kind'], string> = {
    'connection-failing': 'A connection is not being read',
    'liquidation-near': 'An account is near liquidation',
    'account-status': 'An account left NORMAL status',
    'net-worth-move': 'Net worth moved past your alert line',
  };
  return { title: titles[alert.kind], body: 'Open Holdfast for the details (privacy mode is on).' };
}
