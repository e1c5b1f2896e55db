import { hrefFor, viewIds, viewTitles, type ViewId } from '../router/route';
import { useAppStore } from '../stores/app-store';

export function Sidebar({ current }: { readonly current: ViewId | null }) {
  const info = useAppStore((state) => state.info);
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">Holdfast</div>
      {viewIds.map((view) => (
        <a key={view} className={view === current ? 'nav-link nav-link--active' : 'nav-link'} href={hrefFor(view)} aria-current={view === current ? 'page' : undefined}>
          {viewTitles[view]}
        </a>
      ))}
      <p className="sidebar__hint muted">
        <kbd>Ctrl</kbd>+<kbd>K</kbd> commands
      </p>
      <div className="sidebar__footer muted">{info ? `v${info.version} · ${info.mode === 'browser' ? 'browser mode' : info.mode}` : null}</div>
    </nav>
  );
}
