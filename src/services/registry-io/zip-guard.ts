import { inflateRawSync } from 'node:zlib';
import { ServiceError, invalid } from '../errors.js';

// An .xlsx is a zip. The spreadsheet library inflates every entry fully in memory, so a small
// upload that expands to gigabytes (a "zip bomb") would take the server down. Before the workbook
// is parsed, the zip's directory is read and every entry is inflated once with a hard output cap:
// declared sizes are checked against the limits, and an entry that inflates past what it declares
// is refused too (a lying directory is the classic bomb).

export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** Compression ratios this high only come from crafted files once the content is large. */
export const MAX_RATIO = 100;
const RATIO_CHECK_FROM = 10 * 1024 * 1024;

type Entry = { name: string; method: number; compressed: number; size: number; localOffset: number };

const tooLarge = (why: string) =>
  new ServiceError(413, 'workbook-too-large', `The workbook expands beyond what an import accepts (${why}); split it into smaller files`, [
    { path: 'body.file', message: why },
  ]);
const malformed = () => invalid('The file is not an Excel workbook (.xlsx)', [{ path: 'body.file', message: 'the zip structure is damaged' }]);

function endOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) if (zip.readUInt32LE(at) === 0x06054b50) return at;
  throw malformed();
}

function readDirectory(zip: Buffer): Entry[] {
  const eocd = endOfDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw malformed();
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10), compressed: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42), name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function entryData(zip: Buffer, e: Entry): Buffer {
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw malformed();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + e.compressed > zip.length) throw malformed();
  return zip.subarray(start, start + e.compressed);
}

/** Inflates the entry with its declared size as the cap: more output than declared is refused. */
function checkInflatedSize(zip: Buffer, e: Entry): void {
  if (e.method === 0) return;
  if (e.method !== 8) throw malformed();
  let out: Buffer;
  try {
    out = inflateRawSync(entryData(zip, e), { maxOutputLength: Math.max(e.size, 1) });
  } catch (err) {
    if (err instanceof RangeError || (err instanceof Error && 'code' in err && err.code === 'ERR_BUFFER_TOO_LARGE')) throw tooLarge(`${e.name} holds more than it declares`);
    throw malformed();
  }
  if (out.length !== e.size) throw malformed();
}

/** Refuses a zip that would expand beyond the import's limits. Throws a ServiceError (422 or 413). */
export function checkZipExpansion(zip: Buffer): void {
  const entries = readDirectory(zip);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (entries.some((e) => e.size === 0xffffffff || e.compressed === 0xffffffff)) throw tooLarge('zip64 entries');
  if (total > MAX_UNCOMPRESSED_BYTES) throw tooLarge(`${Math.round(total / 1024 / 1024)} MB uncompressed, at most ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`);
  if (total > RATIO_CHECK_FROM && total / Math.max(zip.length, 1) > MAX_RATIO) throw tooLarge(`compressed more than ${MAX_RATIO}×`);
  for (const e of entries) checkInflatedSize(zip, e);
}
