import { useEffect } from 'react';
import { useAppStore } from './stores/app-store';
import { ConnectionsView } from './views/connections/ConnectionsView';

export function App() {
  const { info, loadError, load } = useAppStore();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">Holdfast</div>
        <a className="nav-link nav-link--active" href="#connections" aria-current="page">
          Connections
        </a>
        <div className="sidebar__footer muted">
          {info ? `v${info.version} · ${info.mode === 'browser' ? 'browser mode' : info.mode}` : null}
        </div>
      </nav>
      <main className="content">
        {loadError ? (
          <div className="banner banner--error" role="alert">
            {loadError}
          </div>
        ) : null}
        <ConnectionsView />
      </main>
    </div>
  );
}
