import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SET11_TEA, SET15_1048_HOUSEHOLD, SET1_TYPICAL } from '../src/domain/scoring/hand-worked.fixture.js';

// `ocop classify` needs no database: it reads an answers file and prints JSON. Expected numbers
// are the hand-worked ones of src/domain/scoring/hand-worked.fixture.ts.

const run = promisify(execFile);
const EXAMPLE = 'docs/examples/answers-set-1.json';
let dir: string;

async function ocop(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run('node', ['bin/ocop.js', ...args], { timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function answersFile(name: string, answers: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof answers === 'string' ? answers : JSON.stringify(answers));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ocop-classify-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ocop classify', { timeout: 120_000 }, () => {
  it('is listed and has --help', async () => {
    expect((await ocop(['--help'])).stdout).toContain('classify');
    const help = await ocop(['classify', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: ocop classify/);
    expect(help.stdout).toContain('--answers <file.json>');
  });

  it('prints the classification of the documented example as JSON', async () => {
    const r = await ocop(['classify', '--set', '1', '--answers', EXAMPLE]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { total: number; parts: { points: number }[]; band: { star: number }; star: number; markersMissed: unknown[]; explanation: { vi: string; en: string } };
    expect([out.total, out.parts.map((p) => p.points), out.band.star, out.star]).toEqual([64, [28, 12, 24], 3, 3]);
    expect(out.markersMissed).toHaveLength(4);
    expect(out.explanation.en).toContain('Total 64/100');
  });

  it('classifies under another legal version, and reports a product held back by a 3★ marker', async () => {
    const file = answersFile('old.json', SET15_1048_HOUSEHOLD);
    for (const flag of [['--version=1048/QĐ-TTg'], ['--legal-version', '1048-2019']]) {
      const old = JSON.parse((await ocop(['classify', '--set', '15', '--answers', file, ...flag])).stdout) as { total: number; legalVersion: string };
      expect(old).toMatchObject({ total: 54, legalVersion: '1048/QĐ-TTg' });
    }
    const tea = JSON.parse((await ocop(['classify', '--set', '11', '--answers', answersFile('tea.json', SET11_TEA)])).stdout) as { total: number; star: number; certified: boolean };
    expect(tea).toMatchObject({ total: 52, star: 2, certified: false });
  });

  it('prints the gap analysis with --gap', async () => {
    const r = await ocop(['classify', '--set', '1', '--answers', EXAMPLE, '--producer-type', 'household', '--gap']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { targetStar: number; pointsGained: number; after: { star: number } };
    expect(plan).toMatchObject({ targetStar: 4, pointsGained: 6, after: { star: 4 } });
  });

  it('fails with a message and a non-zero exit on bad input', async () => {
    const { 'A.1.2': _omitted, ...missing } = SET1_TYPICAL;
    const [invalid, wrongType, noFile, notJson, noSet, badCase, twice] = await Promise.all([
      ocop(['classify', '--set', '1', '--answers', answersFile('missing.json', { ...missing, 'C.12': 9 })]),
      ocop(['classify', '--set', '1', '--answers', EXAMPLE, '--producer-type', 'cooperative']),
      ocop(['classify', '--set', '1', '--answers', join(dir, 'nope.json')]),
      ocop(['classify', '--set', '1', '--answers', answersFile('bad.json', '{"A.1.1": 2,')]),
      ocop(['classify', '--set', '40', '--answers', EXAMPLE]),
      ocop(['classify', '--set', '26', '--answers', EXAMPLE, '--case', '3']),
      ocop(['classify', '--set', '1', '--answers', answersFile('twice.json', `{"A.1.1": 1, ${JSON.stringify(SET1_TYPICAL).slice(1)}`)]),
    ]);
    for (const r of [invalid, wrongType, noFile, notJson, noSet, badCase, twice]) expect(r.code).not.toBe(0);
    expect(twice.stderr).toContain('answers A.1.1 twice');
    expect(invalid.stderr).toContain('answers.A.1.2: not answered (options 0–2)');
    expect(invalid.stderr).toContain('answers.C.12: option 9 does not exist (options 0–2)');
    expect(wrongType.stderr).toContain('answers.A.3.1: option 0 is only for');
    expect(noFile.stderr).toMatch(/error: cannot read answers file/);
    expect(notJson.stderr).toMatch(/is not valid JSON/);
    expect(noSet.stderr).toContain('setNumber: no set 40 under 26/2026/QĐ-TTg');
    expect(badCase.stderr).toContain("argument '3' is invalid");
  });
});
