import type { Connection } from '../../../../shared/domain/connection';
import { venues } from '../../../../shared/domain/venue-info';
import { StatusPill } from '../../components/StatusPill';
import { ageSince, formatAge } from '../../format/age';
import { formatDateTime } from '../../format/date';
import { useNow } from '../../hooks/use-now';
import { useSummaryStore } from '../../stores/summary-store';
import { TableHead } from '../../components/TableHead';

interface ConnectionListProps {
  readonly connections: readonly Connection[];
  readonly selectedId: string | null;
  readonly onSelect: (connection: Connection) => void;
  readonly onEdit: (connection: Connection) => void;
  readonly onRemove: (connection: Connection) => void;
}

export function ConnectionList({ connections, selectedId, onSelect, onEdit, onRemove }: ConnectionListProps) {
  const health = useSummaryStore((state) => state.summary?.connections);
  const now = useNow();
  return (
    <table className="table table--connections" aria-label="Connections">
      <TableHead columns={['Venue', 'Label', 'Status', 'Data age', 'Key', 'Base URL', { label: 'Actions', hidden: true }]} />
      <tbody>
        {connections.map((connection) => {
          const h = health?.find((c) => c.connectionId === connection.id);
          return (
            <tr key={connection.id} data-connection-id={connection.id} className={connection.id === selectedId ? 'row--selected' : undefined}>
              <td>
                <span className={`venue-badge venue-badge--${connection.venue}`}>{venues[connection.venue].name}</span>
              </td>
              <td className="nowrap" title={`Added ${formatDateTime(connection.createdAt)}`}>
                {connection.label}
              </td>
              <td>{h ? <StatusPill status={h.status} /> : <span className="muted">…</span>}</td>
              <td className="muted">{h ? formatAge(ageSince(h.confirmedAt, now)) : '…'}</td>
              <td>
                <code>{connection.keyHint}</code>
              </td>
              <td className="muted">
                <span className="cell--clip" title={connection.baseUrl}>
                  {connection.baseUrl}
                </span>
              </td>
              <td>
                <div className="row-actions">
                <button type="button" className="button button--small" onClick={() => onSelect(connection)} aria-label={`Details of ${connection.label}`} aria-expanded={connection.id === selectedId}>
                  Details
                </button>
                <button type="button" className="button button--small" onClick={() => onEdit(connection)} aria-label={`Edit ${connection.label}`}>
                  Edit
                </button>
                <button type="button" className="button button--small button--danger-quiet" onClick={() => onRemove(connection)} aria-label={`Remove ${connection.label}`}>
                  Remove
                </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
