import { api } from '../../api/api';
import { formatDateTimeSeconds } from '../../format/date';
import { useRemote } from '../../hooks/use-remote';
import { TableHead } from '../../components/TableHead';

/** The connection's last 50 read outcomes, newest first, each with its sentence. */
export function SyncLog({ connectionId, label }: { readonly connectionId: string; readonly label: string }) {
  const log = useRemote(() => api.call('sync.log', { id: connectionId, limit: 50 }), [connectionId], ['sync.progress']);
  if (log.error) return <p className="text-danger" role="alert">{log.error}</p>;
  if (!log.data) return <p className="muted" aria-busy="true">Loading the sync log…</p>;
  if (log.data.length === 0) return <p className="muted">Not read yet.</p>;
  return (
    <div className="table-scroll table-scroll--log" tabIndex={0} aria-label={`Sync log of ${label}, scrollable`}>
      <table className="table table--compact" aria-label={`Sync log of ${label}`}>
        <TableHead columns={['When', 'Outcome', 'Message']} />
        <tbody>
          {log.data.map((entry, index) => (
            <tr key={`${entry.at}-${index}`}>
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTimeSeconds(entry.at)}</time>
              </td>
              <td>
                <span className={entry.kind === 'ok' ? 'pill pill--ok' : 'pill pill--error'}>{entry.kind}</span>
              </td>
              <td>{entry.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
