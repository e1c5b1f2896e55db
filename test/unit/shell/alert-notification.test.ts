import { describe, expect, it } from 'vitest';
import { notificationFor } from '../../../src/main/shell/alert-notification';
import type { Alert } from '../../../src/shared/domain/alerts';

const alert: Alert = { kind: 'net-worth-move', key: 'net-worth:down', title: 'Net worth down 6.2 %', message: 'Net worth moved down 6.2 % within 60 minutes.', at: '2026-11-29T12:00:00.000Z' };

describe('alert notifications', () => {
  it('say what crossed its line, with its figures', () => {
    expect(notificationFor(alert, false)).toEqual({ title: 'Net worth down 6.2 %', body: 'Net worth moved down 6.2 % within 60 minutes.' });
  });

  it('show no figure in privacy mode', () => {
    const shown = notificationFor(alert, true);
    expect(`${shown.title} ${shown.body}`).not.toMatch(/\d/);
    expect(shown.title).toBe('Net worth moved past your alert line');
  });
});
