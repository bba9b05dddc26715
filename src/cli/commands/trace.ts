import { Command } from 'commander';
import { SYSTEM_ACTOR } from '../../domain/roles.js';
import { EXPORT_FORMATS, type ExportFormat, exportLotForNationalPortal, fileAdapter } from '../../services/epcis/national-export.js';
import { action } from '../errors.js';
import { withRuntime } from '../runtime.js';

// `ocop trace export`: a lot's data set for the national traceability portal (Circular
// 02/2024/TT-BKHCN) as JSON or CSV, printed or written into a folder, by the operator.

const isFormat = (f: string): f is ExportFormat => EXPORT_FORMATS.some((x) => x === f);

export function traceCommand(): Command {
  const trace = new Command('trace').description('traceability data (EPCIS journeys, national portal export)');
  trace.command('export')
    .description('print a lot\'s national-portal data set (product, producer, production time, codes, expiry, one step back / forward)')
    .requiredOption('--lot <id>', 'lot id (see GET /api/v1/lots)')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <folder>', 'write the file into this folder instead of printing it')
    .action(action(async (opts: { lot: string; format: string; out?: string }) => {
      const lotId = Number(opts.lot);
      if (!Number.isInteger(lotId) || lotId <= 0) throw new Error('--lot must be a lot id (a positive whole number)');
      if (!isFormat(opts.format)) throw new Error('--format must be json or csv');
      const format = opts.format;
      const result = await withRuntime((rt) => exportLotForNationalPortal(rt.ctx, { actor: SYSTEM_ACTOR, lotId, format, adapter: fileAdapter(opts.out) }));
      process.stdout.write(result.location === null ? result.body : `${result.location}\n`);
    }));
  return trace;
}
