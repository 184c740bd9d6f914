import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEventStore } from '../../store/open.ts';
import type { EventStore } from '../../store/port.ts';
import { runCommandChild } from '../command-child.test-support.ts';
import { appendSampleLog } from '../sample-log.test-support.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kpi-ndjson-'));

const withStore = async <T>(path: string, use: (store: EventStore) => Promise<T>): Promise<T> => {
  const store = await openEventStore({ sqlitePath: path });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('NDJSON archives', () => {
  it('round-trips a log: export, import into an empty store, export again gives the same bytes', async () => {
    const dir = tempDir();
    const store = join(dir, 'region.sqlite');
    await withStore(store, (s) => appendSampleLog(s, 3_000));
    const archive = join(dir, 'log.ndjson');

    const exported = await runCommandChild('export', ['--from', store, '--to', archive]);
    expect(exported.code, exported.stderr).toBe(0);
    const lines = readFileSync(archive, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3_000);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      revision: 0,
      type: 'RiskIdentified',
      metadata: { channel: 'form' },
    });
    expect(exported.stdout).toContain(`sha256  ${sha256(archive)}`);

    const copy = join(dir, 'copy.sqlite');
    const imported = await runCommandChild('import-ndjson', ['--from', archive, '--to', copy]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/imported\s+3000 events/);
    expect(imported.stdout).toContain('the logs match');

    const again = join(dir, 'again.ndjson');
    expect((await runCommandChild('export', ['--from', copy, '--to', again])).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(archive, 'utf8'));

    const twice = await runCommandChild('import-ndjson', ['--from', archive, '--to', copy]);
    expect(twice.code, twice.stderr).toBe(0);
    expect(twice.stdout).toMatch(/imported\s+0 events \(3000 found already imported\)/);
    expect(await withStore(copy, (s) => s.headPosition())).toBe(3_000);
  });

  it('refuses an archive with a bad line, names the line and field, and writes nothing', async () => {
    const dir = tempDir();
    const store = join(dir, 'region.sqlite');
    await withStore(store, (s) => appendSampleLog(s, 5));
    const archive = join(dir, 'log.ndjson');
    expect((await runCommandChild('export', ['--from', store, '--to', archive])).code).toBe(0);
    const lines = readFileSync(archive, 'utf8').trimEnd().split('\n');

    const badRegion = lines.map((line, i) =>
      i === 2 ? line.replace(/"region":"KZ-\d+"/, '"region":"KZ-99"') : line,
    );
    writeFileSync(join(dir, 'bad-region.ndjson'), `${badRegion.join('\n')}\n`);
    const refused = await runCommandChild('import-ndjson', [
      '--from',
      join(dir, 'bad-region.ndjson'),
      '--to',
      join(dir, 'a.sqlite'),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 3: data\.region/);
    expect(await withStore(join(dir, 'a.sqlite'), (s) => s.headPosition())).toBe(0);

    const gap = [...lines.slice(0, 4), lines[4]!.replace('"revision":0', '"revision":2')];
    writeFileSync(join(dir, 'gap.ndjson'), `${gap.join('\n')}\n`);
    const gapped = await runCommandChild('import-ndjson', [
      '--from',
      join(dir, 'gap.ndjson'),
      '--to',
      join(dir, 'b.sqlite'),
    ]);
    expect(gapped.stderr).toMatch(/line 5: revision: is 2; stream risk-\S+ continues at 0/);
    expect(await withStore(join(dir, 'b.sqlite'), (s) => s.headPosition())).toBe(0);

    writeFileSync(join(dir, 'torn.ndjson'), `${lines[0]}\n${lines[1]!.slice(0, 40)}\n`);
    const torn = await runCommandChild('import-ndjson', [
      '--from',
      join(dir, 'torn.ndjson'),
      '--to',
      join(dir, 'c.sqlite'),
    ]);
    expect(torn.stderr).toContain('line 2: : is not JSON');
    expect(await withStore(join(dir, 'c.sqlite'), (s) => s.headPosition())).toBe(0);
  });
});
