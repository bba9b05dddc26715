import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/domain/roles.js';
import { createApiToken } from '../../src/services/auth/create-api-token.js';
import { type TestStore, createTestStore, testEngine } from '../helpers/engine.js';
import { type Spawned, openStore, serverEnv, spawnServer } from './spawned.js';

// `ocop backup` while producers keep writing (products and photos), then `ocop restore` into an
// empty data folder: every table's row count and content checksum match the backup, and every
// uploaded file is there byte for byte. SQLite only: on PostgreSQL the command explains pg_dump.

const sqliteOnly = testEngine() === 'sqlite';
let store: TestStore;
let server: Spawned;
const temp: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-backup-test-'));
  temp.push(dir);
  return dir;
}

function ocop(args: string[], dataDir: string): { status: number | null; out: string } {
  const env = serverEnv({ ...store, dataDir });
  const r = spawnSync('node', ['bin/ocop.js', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Row count and a SHA-256 over every row of every table (rows sorted: WITHOUT ROWID tables have no rowid to order by). */
function tableDigests(file: string): Record<string, string> {
  const db = new SQLite(file, { readonly: true });
  try {
    const names = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all().map(String);
    return Object.fromEntries(names.map((name) => {
      const rows = db.prepare(`select * from "${name}"`).raw().all().map((row) => JSON.stringify(row)).sort();
      return [name, `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex')}`];
    }));
  } finally {
    db.close();
  }
}

function fileDigests(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true }).map(String)) {
    const full = join(dir, rel);
    if (statSync(full).isFile()) out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

beforeAll(async () => {
  store = await createTestStore();
  server = await spawnServer(store);
}, 180_000);
afterAll(async () => {
  await server?.stop().catch(() => undefined);
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  await store?.drop();
});

describe.runIf(sqliteOnly)('backup under write load, restore into an empty folder', () => {
  it('restores every table and uploaded file exactly as backed up', async () => {
    const rt = await openStore(store);
    const token = (await createApiToken(rt.ctx, { actor: SYSTEM_ACTOR, username: 'producer', name: 'backup-load' })).token;
    const producerId = (await rt.ctx.db.selectFrom('app_user').select('producer_id').where('username', '=', 'producer').executeTakeFirstOrThrow()).producer_id ?? 0;
    await rt.database.close();
    const auth = { authorization: `Bearer ${token}` };
    const jpeg = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#a63' } }).jpeg().toBuffer();
    let writing = true;
    let written = 0;
    const load = (async () => {
      for (let i = 0; writing; i += 1) {
        const res = await fetch(`${server.base}/api/v1/products`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ producerId, name: `Sản phẩm sao lưu ${i}`, setNumber: 8, status: 'developing' }) });
        const { id } = (await res.json()) as { id: number };
        const form = new FormData();
        form.append('file', new Blob([Uint8Array.from(jpeg)], { type: 'image/jpeg' }), 'a.jpg');
        await fetch(`${server.base}/api/v1/products/${id}/images`, { method: 'POST', headers: auth, body: form });
        written += 1;
      }
    })();
    await new Promise((r) => setTimeout(r, 1500));
    const backupDir = join(tempDir(), 'sao-luu');
    const backup = ocop(['backup', backupDir], store.dataDir);
    await new Promise((r) => setTimeout(r, 500));
    writing = false;
    await load;
    expect(backup.status, backup.out).toBe(0);
    expect(written).toBeGreaterThan(3);

    const restoredDir = tempDir();
    const restore = ocop(['restore', backupDir], restoredDir);
    expect(restore.status, restore.out).toBe(0);
    const backedUp = tableDigests(join(backupDir, 'ocop.sqlite'));
    expect(Object.keys(backedUp).length).toBeGreaterThan(20);
    expect(tableDigests(join(restoredDir, 'ocop.sqlite'))).toEqual(backedUp);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as { tables: Record<string, number> };
    for (const [table, digest] of Object.entries(backedUp)) expect(`${table} ${digest.split(':')[0]}`).toBe(`${table} ${manifest.tables[table]}`);
    const files = fileDigests(join(backupDir, 'files'));
    expect(fileDigests(join(restoredDir, 'files'))).toEqual(files);
    // Every image row of the backup has its file.
    const db = new SQLite(join(restoredDir, 'ocop.sqlite'), { readonly: true });
    const keys = db.prepare('select file_key from product_image').pluck().all().map(String);
    db.close();
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(Object.keys(files).some((f) => f.includes(key)), key).toBe(true);
  }, 240_000);
});

describe.runIf(!sqliteOnly)('backup on PostgreSQL', () => {
  it('explains pg_dump instead of copying', () => {
    const r = ocop(['backup', join(tempDir(), 'x')], store.dataDir);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/pg_dump/);
  });
});
