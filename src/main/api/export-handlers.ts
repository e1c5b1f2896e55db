import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/app-error';
import type { CsvExports } from '../export/csv-exports';
import { saveReport } from '../export/save-report';

interface Deps {
  readonly exports: CsvExports;
  /** The Electron shell's save dialog; absent in browser mode and the CLI, which have their own ways to save. */
  readonly chooseExportPath?: (suggestedName: string) => Promise<string | null>;
}

/** `export.csv`: the main process asks where to save and writes the file; the renderer never touches the file system. */
export function exportHandlers(deps: Deps): Pick<Handlers, 'export.csv'> {
  return {
    'export.csv': async (request) => {
      const choose = deps.chooseExportPath;
      if (!choose) {
        throw new AppError(
          'invalid_input',
          'Only the desktop app saves exports itself. In the browser, use the download (GET /api/download); on the command line, run `holdfast export`.',
        );
      }
      // Read first: a bad as-of time is reported before a dialog opens, and the file holds what was on screen when asked.
      const report = await deps.exports.load(request);
      const path = await choose(report.fileName);
      if (path === null) return { path: null, rows: 0, bytes: 0 };
      return saveReport(report, path);
    },
  };
}
