import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sniffImageType } from '../../domain/image-type.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';

// Evidence files on disk under $OCOP_DATA_DIR/files/evidence/<aa>/<key>.<ext>, the same pattern
// as product photos: the key is 128 random bits, the extension comes from the type read from the
// file's first bytes (PDF, JPEG, PNG, WebP), and nothing of the client's file name or declared
// type is ever used, so no upload can name a path.

export const MAX_EVIDENCE_BYTES = 15 * 1024 * 1024;

export type EvidenceType = { readonly mime: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp'; readonly ext: 'pdf' | 'jpg' | 'png' | 'webp' };

const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** Demo dossiers point at one bundled sample document instead of writing files into the data folder. */
export const DEMO_EVIDENCE_KEY = 'demo-sample';
const DEMO_EVIDENCE_FILE = fileURLToPath(new URL('../setup/demo-evidence.pdf', import.meta.url));
const EXT_BY_MIME: Readonly<Record<EvidenceType['mime'], EvidenceType['ext']>> = {
  'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp',
};

/** The document type from its magic bytes: "%PDF-" or one of the image signatures. */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceType | undefined {
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d];
  if (pdf.every((v, i) => bytes[i] === v)) return { mime: 'application/pdf', ext: 'pdf' };
  return sniffImageType(bytes);
}

function extOf(mime: string): EvidenceType['ext'] {
  const ext = Object.entries(EXT_BY_MIME).find(([m]) => m === mime)?.[1];
  if (ext === undefined) throw new Error(`unknown evidence type ${mime}`);
  return ext;
}

export function evidencePath(ctx: Pick<ServiceContext, 'filesDir'>, key: string, mime: string): string {
  if (key === DEMO_EVIDENCE_KEY) return DEMO_EVIDENCE_FILE;
  if (!KEY_PATTERN.test(key)) throw new Error('invalid stored-file key');
  return join(ctx.filesDir, 'evidence', key.slice(0, 2), `${key}.${extOf(mime)}`);
}

/** Checks and stores an uploaded document; throws 413/415 problems naming body.file. */
export async function storeEvidence(ctx: Pick<ServiceContext, 'filesDir'>, bytes: Buffer): Promise<{ key: string; type: EvidenceType; bytes: number }> {
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new ServiceError(413, 'too-large', `A document may be at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`);
  if (bytes.length === 0) throw new ServiceError(422, 'validation', 'The file is empty', [{ path: 'body.file', message: 'empty file' }]);
  const type = sniffEvidenceType(bytes);
  if (type === undefined) {
    throw new ServiceError(415, 'unsupported-media-type', 'Only PDF documents and JPEG, PNG or WebP photos are accepted', [{ path: 'body.file', message: 'not a PDF, JPEG, PNG or WebP file' }]);
  }
  const key = randomBytes(16).toString('hex');
  const path = evidencePath(ctx, key, type.mime);
  await mkdir(join(ctx.filesDir, 'evidence', key.slice(0, 2)), { recursive: true });
  await writeFile(path, bytes, { flag: 'wx' });
  return { key, type, bytes: bytes.length };
}

export async function removeEvidenceFile(ctx: Pick<ServiceContext, 'filesDir'>, key: string, mime: string): Promise<void> {
  if (key === DEMO_EVIDENCE_KEY) return;
  await rm(evidencePath(ctx, key, mime), { force: true });
}
