import type { Connection } from '../../shared/domain/connection';
import { defaultExportFileName, type ExportReport, type ExportRequest } from '../../shared/domain/export';
import { HistoryQuery } from '../../shared/domain/portfolio';
import type { Settings } from '../../shared/domain/settings';
import type { Portfolio } from '../portfolio/portfolio';
import type { CsvTable } from './csv-table';
import { historyTable } from './history-report';
import { byAssetTable, holdingsTable, positionsTable } from './reports';
import { changesTable, exposureTable } from './trader-reports';

export interface CsvExportsDeps {
  /** The very domain the views read, so an export shows the figures on screen. */
  readonly portfolio: Portfolio;
  readonly connections: () => readonly Connection[];
  readonly settings: () => Settings;
}

/** A report read and ready to stream: its data is fixed at `asOf`, however long the writing takes. */
export interface LoadedReport {
  readonly report: ExportReport;
  /** The as-of time of holdings, positions and by-asset; the end of the range for history. */
  readonly asOf: string;
  readonly fileName: string;
  /** Settings.csvBom: Excel needs the byte order mark to read UTF-8. */
  readonly bom: boolean;
  readonly table: CsvTable;
}

export interface CsvExports {
  /** Reads the report's view; an `at` in the future or malformed is refused here, before any file or response is opened. */
  load(request: ExportRequest): Promise<LoadedReport>;
}

export function createCsvExports(deps: CsvExportsDeps): CsvExports {
  async function read(request: ExportRequest): Promise<{ asOf: string; table: CsvTable }> {
    switch (request.report) {
      case 'holdings': {
        // Streamed: rows are decoded as the file takes them, in the holdings view's order.
        const view = deps.portfolio.holdingRows({ at: request.at });
        return { asOf: view.asOf, table: holdingsTable({ asOf: view.asOf, holdings: view.rows }) };
      }
      case 'by-asset': {
        const view = deps.portfolio.holdings({ at: request.at, groupBy: 'asset' });
        return { asOf: view.asOf, table: byAssetTable(view) };
      }
      case 'positions': {
        const view = deps.portfolio.positions({ at: request.at });
        const labels = new Map(deps.connections().map((c) => [c.id, c.label]));
        return { asOf: view.asOf, table: positionsTable(view, labels) };
      }
      case 'exposure': {
        const view = deps.portfolio.exposure({ at: request.at });
        return { asOf: view.asOf, table: exposureTable(view) };
      }
      case 'changes': {
        const view = deps.portfolio.changes({ from: request.from, to: request.at });
        return { asOf: view.to, table: changesTable(view) };
      }
      case 'history': {
        // History always ends now, as the chart does; `at` does not apply to it.
        const query = HistoryQuery.parse({ range: request.range });
        const view = deps.portfolio.historySeries(query);
        return { asOf: view.to, table: historyTable(view, deps.portfolio.connectionSeries(view)) };
      }
    }
  }

  return {
    async load(request) {
      const { asOf, table } = await read(request);
      return { report: request.report, asOf, fileName: defaultExportFileName(request.report, new Date(asOf)), bom: deps.settings().csvBom, table };
    },
  };
}
