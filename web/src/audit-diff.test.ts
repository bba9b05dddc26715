import { describe, expect, it } from 'vitest';
import { diffSnapshots, formatValue } from './audit-diff.js';

describe('diffSnapshots', () => {
  it('lists only the fields whose value changed', () => {
    const changes = diffSnapshots(
      { role: 'commune_officer', active: true, unitId: 7, tags: ['a'] },
      { role: 'province_officer', active: true, unitId: null, tags: ['a'] },
    );
    expect(changes).toEqual([
      { field: 'role', kind: 'changed', before: 'commune_officer', after: 'province_officer' },
      { field: 'unitId', kind: 'changed', before: 7, after: null },
    ]);
  });

  it('treats a created record as all fields added and a deleted one as all removed', () => {
    expect(diffSnapshots(null, { username: 'lan' })).toEqual([
      { field: 'username', kind: 'added', before: undefined, after: 'lan' },
    ]);
    expect(diffSnapshots({ username: 'lan' }, null)).toEqual([
      { field: 'username', kind: 'removed', before: 'lan', after: undefined },
    ]);
  });

  it('compares nested values by content', () => {
    expect(diffSnapshots({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});

describe('formatValue', () => {
  it('shows empties with the placeholder and objects as JSON', () => {
    expect(formatValue(null, '∅')).toBe('∅');
    expect(formatValue('', '∅')).toBe('∅');
    expect(formatValue(false, '∅')).toBe('false');
    expect(formatValue({ x: 1 }, '∅')).toBe('{"x":1}');
  });
});
