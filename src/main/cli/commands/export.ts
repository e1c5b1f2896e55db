import type { Command } from 'commander';
import { ExportReport, type ExportRequest } from '../../../shared/domain/export';
import { HistoryRange } from '../../../shared/domain/portfolio';
import { AppError } from '../../../shared/errors';
import { saveReport } from '../../export/save-report';
import { parseAt, parseChoice, parseOption } from '../options';
import { withReadOnlySession } from '../session';
import { cliIo } from '../io';

interface ExportOptions {
  out: string;
  at?: string;
  from?: string;
  range?: string;
}

/** The command line's own checks, each with the flag's name; the view's (e.g. a future --at) come from the core. */
function exportRequest(report: string, options: ExportOptions): ExportRequest {
  const kind = parseChoice(ExportReport, report, 'The report');
  if (options.at !== undefined && kind === 'history') {
    throw new AppError('invalid_input', '--at does not apply to history, which always ends now; pick its length with --range.');
  }
  if (options.range !== undefined && kind !== 'history') throw new AppError('invalid_input', '--range applies only to the history report.');
  const range = parseOption(HistoryRange, options.range, '--range');
  if (options.from !== undefined && kind !== 'changes') throw new AppError('invalid_input', '--from applies only to the changes report.');
  return { report: kind, at: parseAt(options.at), from: parseAt(options.from, '--from'), range };
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write a report as CSV (RFC 4180, UTF-8); the file appears whole or not at all')
    .argument('<report>', ExportReport.options.join('|'))
    .requiredOption('--out <file>', 'the CSV file to write; its folder must exist')
    .option('--at <iso>', 'holdings, positions, by-asset, exposure: as they were at this past time; changes: the later instant')
    .option('--from <iso>', 'changes: the earlier instant (default 24 h before --at)')
    .option('--range <range>', `history: one of ${HistoryRange.options.join(', ')} (default 1m)`)
    .action(async (report: string, options: ExportOptions, command: Command) => {
      const request = exportRequest(report, options);
      await withReadOnlySession(command, async (session) => {
        const loaded = await session.core.exports.load(request);
        const saved = await saveReport(loaded, options.out);
        cliIo().stdout.write(`Wrote ${saved.rows} ${saved.rows === 1 ? 'row' : 'rows'} (${loaded.report} as of ${loaded.asOf}, ${saved.bytes} bytes) to ${saved.path}\n`);
      });
    });
}
