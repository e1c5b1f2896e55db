import { useCallback, useEffect, useRef, useState } from 'react';
import { AlertToasts } from './components/AlertToasts';
import { Banners } from './components/Banners';
import { CommandPalette } from './components/CommandPalette';
import { Sidebar } from './components/Sidebar';
import { TopBar } from './components/TopBar';
import { useCopyFullPrecision } from './hooks/use-copy-full-precision';
import { usePaletteShortcut } from './hooks/use-palette-shortcut';
import { useTheme } from './hooks/use-theme';
import { useRoute, type ViewId } from './router/route';
import { accountsSource } from './stores/accounts-store';
import { useAppStore } from './stores/app-store';
import { connectionsSource, useConnectionsStore } from './stores/connections-store';
import { holdingsSource } from './stores/holdings-store';
import { useSettingsStore } from './stores/settings-store';
import { summarySource } from './stores/summary-store';
import { followSyncProgress } from './stores/sync-store';
import { ViewHost } from './ViewHost';
import { ErrorBanner } from './components/ErrorNotice';

export function App() {
  const loadError = useAppStore((state) => state.error);
  const settingsError = useSettingsStore((state) => state.error);
  const connectionsLoaded = useConnectionsStore((state) => state.loaded);
  const hasConnections = useConnectionsStore((state) => state.connections.length > 0);
  const route = useRoute();
  // With no view in the URL, a first launch lands on Connections and later ones on the Dashboard; decided once per session.
  const [landing, setLanding] = useState<ViewId | null>(null);
  const [palette, setPalette] = useState(false);
  const openPalette = useCallback(() => setPalette(true), []);
  const mainRef = useRef<HTMLElement>(null);

  useTheme();
  useCopyFullPrecision();
  usePaletteShortcut(openPalette);

  // What the whole app follows, started here and stopped with it: nothing polls or listens before or after.
  useEffect(() => {
    void useAppStore.getState().load();
    void useSettingsStore.getState().load();
    const sources = [connectionsSource, summarySource, holdingsSource, accountsSource];
    sources.forEach((source) => source.start());
    const stopSyncProgress = followSyncProgress();
    return () => {
      sources.forEach((source) => source.stop());
      stopSyncProgress();
    };
  }, []);

  useEffect(() => {
    if (connectionsLoaded && landing === null) setLanding(hasConnections ? 'dashboard' : 'connections');
  }, [connectionsLoaded, hasConnections, landing]);

  const view = route.view ?? landing;

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), mainRef.current?.focus())}>
        Skip to content
      </a>
      <Sidebar current={view} />
      <div className="workspace">
        <TopBar onOpenPalette={openPalette} />
        <main className="content" id="main" ref={mainRef} tabIndex={-1}>
          <ErrorBanner message={loadError ?? settingsError} />
          <Banners />
          {view ? <ViewHost view={view} params={route.params} /> : <p className="muted" aria-busy="true">Loading…</p>}
        </main>
      </div>
      <AlertToasts />
      {palette ? <CommandPalette onClose={() => setPalette(false)} /> : null}
    </div>
  );
}
