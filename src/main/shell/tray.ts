import { Menu, Tray } from 'electron';
import { trayMenuTemplate } from './app-menu';

export interface TrayActions {
  syncNow(): void;
  open(): void;
  quit(): void;
}

/** The tray icon: net worth in its tooltip (and beside it on macOS), and its small menu. */
export class HoldfastTray {
  private readonly tray: Tray;

  constructor(
    icon: string,
    private readonly actions: TrayActions,
  ) {
    this.tray = new Tray(icon);
    this.tray.on('click', () => actions.open());
    this.show('Holdfast');
  }

  show(label: string): void {
    this.tray.setToolTip(label);
    if (process.platform === 'darwin') this.tray.setTitle(label.replace(/^Holdfast( \(demo\))? — /, ''));
    this.tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(label, this.actions)));
  }

  destroy(): void {
    this.tray.destroy();
  }
}
