import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceFingerprint } from './source-fingerprint.ts';

describe('the snapshot version of a package of folds', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kpi-fingerprint-'));
    mkdirSync(join(root, 'users'));
    writeFileSync(join(root, 'index.ts'), "export * from './users/projection.ts';\n");
    writeFileSync(join(root, 'users', 'projection.ts'), 'export const version = 1;\n');
    writeFileSync(join(root, 'users', 'projection.unit.test.ts'), '// a test\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const fingerprint = () => sourceFingerprint(join(root, 'index.ts'));

  it('changes when a fold in a subfolder changes, so its snapshots are folded again', () => {
    const before = fingerprint();
    writeFileSync(join(root, 'users', 'projection.ts'), 'export const version = 2;\n');
    expect(fingerprint()).not.toBe(before);
  });

  it('changes when a fold is added, and stays when only a test changes', () => {
    const before = fingerprint();
    writeFileSync(join(root, 'users', 'projection.unit.test.ts'), '// another test\n');
    expect(fingerprint()).toBe(before);
    mkdirSync(join(root, 'charts'));
    writeFileSync(join(root, 'charts', 'projection.ts'), 'export const charts = 1;\n');
    expect(fingerprint()).not.toBe(before);
  });
});
