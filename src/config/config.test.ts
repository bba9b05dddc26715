import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '0.0.0.0', dataDir: './data', databaseUrl: undefined, publicUrl: 'http://localhost:3000' });
  });

  it('names the variable and what is expected when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: expected a postgres:\/\//);
    expect(() => loadConfig({ OCOP_PUBLIC_URL: 'not a url' })).toThrow(/OCOP_PUBLIC_URL/);
    expect(() => loadConfig({ OCOP_SECRET: 'short' })).toThrow(/OCOP_SECRET: expected at least 32/);
  });

  it('requires OCOP_SECRET and OCOP_PUBLIC_URL in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', OCOP_PUBLIC_URL: 'https://ocop.example.vn' })).toThrow(/OCOP_SECRET: required/);
    const secret = 'x'.repeat(40);
    expect(() => loadConfig({ NODE_ENV: 'production', OCOP_SECRET: secret })).toThrow(/OCOP_PUBLIC_URL: required/);
    expect(loadConfig({ NODE_ENV: 'production', OCOP_SECRET: secret, OCOP_PUBLIC_URL: 'https://ocop.example.vn/' }).publicUrl).toBe('https://ocop.example.vn');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
