import type { Connection } from '../../../../shared/domain/connection';
import { venues } from '../../../../shared/domain/venue';
import { formatDateTime } from '../../format/date';

interface ConnectionListProps {
  readonly connections: readonly Connection[];
  readonly onEdit: (connection: Connection) => void;
  readonly onRemove: (connection: Connection) => void;
}

export function ConnectionList({ connections, onEdit, onRemove }: ConnectionListProps) {
  return (
    <table className="table" aria-label="Connections">
      <thead>
        <tr>
          <th scope="col">Venue</th>
          <th scope="col">Label</th>
          <th scope="col">Key</th>
          <th scope="col">Base URL</th>
          <th scope="col">Created</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {connections.map((connection) => (
          <tr key={connection.id} data-connection-id={connection.id}>
            <td>
              <span className={`venue-badge venue-badge--${connection.venue}`}>{venues[connection.venue].name}</span>
            </td>
            <td>{connection.label}</td>
            <td>
              <code>{connection.keyHint}</code>
            </td>
            <td className="muted">{connection.baseUrl}</td>
            <td className="muted">
              <time dateTime={connection.createdAt}>{formatDateTime(connection.createdAt)}</time>
            </td>
            <td className="row-actions">
              <button type="button" className="button button--small" onClick={() => onEdit(connection)} aria-label={`Edit ${connection.label}`}>
                Edit
              </button>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => onRemove(connection)}
                aria-label={`Remove ${connection.label}`}
              >
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
