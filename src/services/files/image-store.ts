import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { type ImageType, sniffImageType } from '../../domain/image-type.js';
import type { ServiceContext } from '../context.js';
import { ServiceError, invalid } from '../errors.js';

// Product photos on disk under $OCOP_DATA_DIR/files/images/<aa>/<key>/: the upload as sent
// (original.<ext>) and WebP thumbnails 320.webp and 1024.webp. The key is 128 random bits; nothing
// of the client's file name or declared type is used. The type comes from the magic bytes, and
// images whose header declares more than MAX_PIXELS are refused before any pixel is decoded
// (a 20000×20000 PNG of a few hundred bytes would otherwise inflate to 1.6 GB).

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
export const MAX_PIXELS = 40_000_000;
export const THUMBNAIL_WIDTHS = [320, 1024] as const;
export type ImageVariant = 'original' | (typeof THUMBNAIL_WIDTHS)[number];

export type StoredImage = { key: string; type: ImageType; width: number; height: number; bytes: number };

const KEY_PATTERN = /^[0-9a-f]{32}$/;

function imageDir(ctx: Pick<ServiceContext, 'filesDir'>, key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error('invalid stored-file key');
  return join(ctx.filesDir, 'images', key.slice(0, 2), key);
}

export function storedImagePath(ctx: Pick<ServiceContext, 'filesDir'>, key: string, variant: ImageVariant, ext: string): string {
  return join(imageDir(ctx, key), variant === 'original' ? `original.${ext}` : `${variant}.webp`);
}

async function dimensions(bytes: Buffer): Promise<{ width: number; height: number }> {
  // Reading the header decodes no pixels; the pixel budget is checked on the declared size.
  const meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata().catch(() => undefined);
  if (meta === undefined) throw invalid('The file is not a readable image', [{ path: 'body.file', message: 'damaged or unsupported image' }]);
  const { width, height } = meta;
  if (width === undefined || height === undefined || width * height > MAX_PIXELS) {
    throw invalid('The image has too many pixels', [{ path: 'body.file', message: `at most ${MAX_PIXELS / 1_000_000} megapixels` }]);
  }
  return { width, height };
}

async function thumbnail(bytes: Buffer, width: number): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate().resize({ width, height: width, fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
}

/**
 * The original re-encoded in its own format. Phone photos carry EXIF metadata, often the GPS
 * position of the producer's home; sharp drops all metadata on re-encoding, after applying the
 * EXIF orientation so the picture stays upright.
 */
async function withoutMetadata(bytes: Buffer, ext: string): Promise<Buffer> {
  const img = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
  if (ext === 'png') return img.png().toBuffer();
  if (ext === 'webp') return img.webp({ quality: 90 }).toBuffer();
  return img.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
}

/** Checks and stores an uploaded image with its thumbnails; throws 413/415/422 problems. */
export async function storeImage(ctx: Pick<ServiceContext, 'filesDir'>, bytes: Buffer): Promise<StoredImage> {
  if (bytes.length > MAX_IMAGE_BYTES) throw new ServiceError(413, 'too-large', `An image may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  const type = sniffImageType(bytes);
  if (type === undefined) throw new ServiceError(415, 'unsupported-media-type', 'Only JPEG, PNG and WebP images are accepted', [{ path: 'body.file', message: 'not a JPEG, PNG or WebP file' }]);
  const { width, height } = await dimensions(bytes);
  let thumbs: Buffer[];
  let original: Buffer;
  try {
    thumbs = await Promise.all(THUMBNAIL_WIDTHS.map((w) => thumbnail(bytes, w)));
    original = await withoutMetadata(bytes, type.ext);
  } catch {
    throw invalid('The image could not be decoded', [{ path: 'body.file', message: 'damaged image data' }]);
  }
  const key = randomBytes(16).toString('hex');
  const dir = imageDir(ctx, key);
  await mkdir(dir, { recursive: true });
  await writeFile(storedImagePath(ctx, key, 'original', type.ext), original);
  await Promise.all(THUMBNAIL_WIDTHS.map((w, i) => writeFile(storedImagePath(ctx, key, w, type.ext), thumbs[i] ?? Buffer.alloc(0))));
  return { key, type, width, height, bytes: original.length };
}

export async function removeStoredImage(ctx: Pick<ServiceContext, 'filesDir'>, key: string): Promise<void> {
  await rm(imageDir(ctx, key), { recursive: true, force: true });
}
