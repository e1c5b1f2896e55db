import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';

/**
 * The save dialog behind `export.csv`: opens in Settings.exportFolder (else Downloads, where browser
 * mode's downloads land too) with the report's default file name. Resolves to the chosen path, or null.
 */
export function exportPathChooser(exportFolder: () => Promise<string | null>): (suggestedName: string) => Promise<string | null> {
  return async (suggestedName) => {
    const options: SaveDialogOptions = {
      title: 'Export CSV',
      defaultPath: join((await exportFolder()) ?? app.getPath('downloads'), suggestedName),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
