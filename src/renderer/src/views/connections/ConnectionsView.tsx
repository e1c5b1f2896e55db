import { useEffect, useState } from 'react';
import type { Connection } from '../../../../shared/domain/connection';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../stores/app-store';
import { useConnectionsStore } from '../../stores/connections-store';
import { ConnectionForm } from './ConnectionForm';
import { ConnectionList } from './ConnectionList';

type Editor = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; connection: Connection };

export function ConnectionsView() {
  const { connections, loaded, loadError, load, remove } = useConnectionsStore();
  const keychain = useAppStore((state) => state.info?.keychain);
  const [editor, setEditor] = useState<Editor>({ mode: 'closed' });
  const [removing, setRemoving] = useState<Connection | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  async function confirmRemove(connection: Connection) {
    setRemoving(null);
    try {
      setRemoveError(null);
      await remove(connection.id);
    } catch (error) {
      setRemoveError(error instanceof Error ? error.message : String(error));
    }
  }

  const keychainDown = keychain !== undefined && !keychain.available;

  return (
    <section className="view" aria-labelledby="connections-title">
      <header className="view__header">
        <h1 id="connections-title">Connections</h1>
        <button type="button" className="button button--primary" onClick={() => setEditor({ mode: 'add' })} disabled={keychainDown || editor.mode !== 'closed'}>
          Add connection
        </button>
      </header>
      {keychainDown ? (
        <div className="banner banner--error" role="alert">
          <strong>No keychain — credentials cannot be saved.</strong> {keychain.problem}
        </div>
      ) : null}
      {loadError ? (
        <div className="banner banner--error" role="alert">
          {loadError}
        </div>
      ) : null}
      {removeError ? (
        <div className="banner banner--error" role="alert">
          {removeError}
        </div>
      ) : null}
      {editor.mode !== 'closed' ? (
        <ConnectionForm
          key={editor.mode === 'edit' ? editor.connection.id : 'new'}
          editing={editor.mode === 'edit' ? editor.connection : undefined}
          onDone={() => setEditor({ mode: 'closed' })}
        />
      ) : null}
      {loaded && connections.length === 0 && editor.mode === 'closed' ? (
        <div className="empty">
          <h2>No connections yet</h2>
          <p>Add a read-only API key for RapidX, LTP or ConneX, a Cadenza login, or a Tread.fi token. Secrets go to your OS keychain, nowhere else.</p>
        </div>
      ) : null}
      {connections.length > 0 ? (
        <ConnectionList connections={connections} onEdit={(connection) => setEditor({ mode: 'edit', connection })} onRemove={setRemoving} />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove “${removing.label}”?`}
          confirmLabel="Remove"
          onConfirm={() => void confirmRemove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>Holdfast stops reading this account and deletes its credentials from your keychain.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
