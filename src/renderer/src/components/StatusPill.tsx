import type { ConnectionStatus } from '../../../shared/domain/portfolio';

const words: Record<ConnectionStatus, string> = {
  ok: 'OK',
  stale: 'Stale',
  error: 'Failing',
  never: 'Not read yet',
  paused: 'Paused',
  syncing: 'Syncing',
  disabled: 'Disabled',
};

export function StatusPill({ status }: { readonly status: ConnectionStatus }) {
  return <span className={`pill pill--${status}`}>{words[status]}</span>;
}
