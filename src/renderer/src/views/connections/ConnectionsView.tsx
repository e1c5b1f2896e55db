import { useEffect, useRef, useState } from 'react';
import type { Connection } from '../../../../shared/domain/connection';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TryDemoButton } from '../../components/TryDemoButton';
import { ViewHeader } from '../../components/ViewHeader';
import { useAppStore } from '../../stores/app-store';
import { useConnectionsStore } from '../../stores/connections-store';
import { errorMessage } from '../../stores/error-message';
import { ConnectionDetails } from './ConnectionDetails';
import { ConnectionForm } from './ConnectionForm';
import { ConnectionList } from './ConnectionList';
import { ErrorBanner } from '../../components/ErrorNotice';

type Editor = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; connection: Connection };

export function ConnectionsView({ startAdding = false }: { readonly startAdding?: boolean }) {
  const { connections, loaded, error: loadError, load, remove } = useConnectionsStore();
  const keychain = useAppStore((state) => state.info?.keychain);
  const keychainDown = keychain !== undefined && !keychain.available;
  const [editor, setEditor] = useState<Editor>({ mode: startAdding && !keychainDown ? 'add' : 'closed' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Connection | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const selected = connections.find((c) => c.id === selectedId) ?? null;

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (startAdding && !keychainDown) setEditor({ mode: 'add' });
  }, [startAdding, keychainDown]);

  async function confirmRemove(connection: Connection) {
    setRemoving(null);
    try {
      setRemoveError(null);
      await remove(connection.id);
    } catch (error) {
      setRemoveError(errorMessage(error));
    }
  }

  // Once a form closes, focus goes back to where a keyboard user started rather than to the top of the page.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (editor.mode === 'closed' && wasOpen.current) addButton.current?.focus();
    wasOpen.current = editor.mode !== 'closed';
  }, [editor.mode]);

  return (
    <section className="view" aria-labelledby="connections-title">
      <ViewHeader id="connections-title" title="Connections">
        <button ref={addButton} type="button" className="button button--primary" onClick={() => setEditor({ mode: 'add' })} disabled={keychainDown || editor.mode !== 'closed'}>
          Add connection
        </button>
      </ViewHeader>
      {keychainDown ? (
        <div className="banner banner--error" role="alert">
          <strong>No keychain — credentials cannot be saved.</strong> {keychain.problem}
        </div>
      ) : null}
      <ErrorBanner message={loadError} />
      <ErrorBanner message={removeError} />
      {editor.mode !== 'closed' ? (
        <ConnectionForm key={editor.mode === 'edit' ? editor.connection.id : 'new'} editing={editor.mode === 'edit' ? editor.connection : undefined} onDone={() => setEditor({ mode: 'closed' })} />
      ) : null}
      {loaded && connections.length === 0 && editor.mode === 'closed' ? (
        <div className="empty">
          <h2>No connections yet</h2>
          <p>Add a read-only API key for RapidX, LTP or ConneX, a Cadenza login, or a Tread.fi token. Secrets go to your OS keychain, nowhere else.</p>
          <p>
            Just looking? <TryDemoButton />
          </p>
        </div>
      ) : null}
      {connections.length > 0 ? (
        <ConnectionList
          connections={connections}
          selectedId={selectedId}
          onSelect={(connection) => setSelectedId(connection.id === selectedId ? null : connection.id)}
          onEdit={(connection) => setEditor({ mode: 'edit', connection })}
          onRemove={setRemoving}
        />
      ) : null}
      {selected ? <ConnectionDetails connection={selected} onClose={() => setSelectedId(null)} /> : null}
      {removing ? (
        <ConfirmDialog title={`Remove “${removing.label}”?`} confirmLabel="Remove" onConfirm={() => void confirmRemove(removing)} onCancel={() => setRemoving(null)}>
          <p>Holdfast stops reading this account and deletes its credentials from your keychain.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
