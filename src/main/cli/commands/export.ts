import type { Command } from 'commander';
import { exportReports, historyRanges } from '../../../shared/domain/choices';
import type { ExportRequest } from '../../../shared/domain/export';
import { AppError } from '../../../shared/app-error';
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
  const kind = parseChoice(exportReports, report, 'The report');
  if (options.at !== undefined && kind === 'history') {
    throw new AppError('invalid_input', '--at does not apply to history, which always ends now; pick its length with --range.');
  }
  if (options.range !== undefined && kind !== 'history') throw new AppError('invalid_input', '--range applies only to the history report.');
  const range = parseOption(historyRanges, options.range, '--range');
  if (options.from !== undefined && kind !== 'changes') throw new AppError('invalid_input', '--from applies only to the changes report.');
  return { report: kind, at: parseAt(options.at), from: parseAt(options.from, '--from'), range };
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write a report as CSV (RFC 4180, UTF-8); the file appears whole or not at all')
    .argument('<report>', exportReports.join('|'))
    .requiredOption('--out <file>', 'the CSV file to write; its folder must exist')
    .option('--at <iso>', 'holdings, positions, by-asset, exposure: as they were at this past time; changes: the later instant')
    .option('--from <iso>', 'changes: the earlier instant (default 24 h before --at)')
    .option('--range <range>', `history: one of ${historyRanges.join(', ')} (default 1m)`)
    .action(async (report: string, options: ExportOptions, command: Command) => {
      const request = exportRequest(report, options);
      await withReadOnlySession(command, async (session) => {
        // Loaded with the command, as the core is (cli/session.ts): not part of every other command's start.
        const { saveReport } = await import('../../export/save-report');
        const loaded = await session.core.exports.load(request);
        const saved = await saveReport(loaded, options.out);
        cliIo().stdout.write(`Wrote ${saved.rows} ${saved.rows === 1 ? 'row' : 'rows'} (${loaded.report} as of ${loaded.asOf}, ${saved.bytes} bytes) to ${saved.path}\n`);
      });
    });
}
