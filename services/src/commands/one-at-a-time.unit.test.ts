import { describe, expect, it } from 'vitest';
import { OneAtATime } from './one-at-a-time.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('one at a time per key', () => {
  it('runs tasks of one key in turn, other keys beside them, and forgets a key when done', async () => {
    const queue = new OneAtATime();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      queue.run('a', task('a1')),
      queue.run('a', task('a2')),
      queue.run('b', task('b1')),
    ]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a2 start')).toBeGreaterThan(log.indexOf('a1 end'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
    await tick();
    expect(queue.size).toBe(0);
  });

  it('runs the next task of a key after one that failed, and hands the failure to its caller only', async () => {
    const queue = new OneAtATime();
    const failing = queue.run('a', async () => {
      throw new Error('store down');
    });
    const next = queue.run('a', async () => 'ran');
    await expect(failing).rejects.toThrow('store down');
    await expect(next).resolves.toBe('ran');
  });
});
