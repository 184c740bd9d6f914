import { describe, expect, it, vi } from 'vitest';
import { concerns, createLiveEvents, type LiveChange } from './live-events.ts';

const change = (over: Partial<LiveChange>): LiveChange => ({
  position: 1,
  regions: ['KZ-15'],
  kpis: ['causesRemoved'],
  reset: false,
  receivedAt: 0,
  ...over,
});

describe('live changes reaching the numbers on screen', () => {
  it('concern the country and the region named, for the KPIs named', () => {
    expect(concerns(change({}), null, ['causesRemoved'])).toBe(true);
    expect(concerns(change({}), 'KZ-15', ['causesRemoved', 'removalRate'])).toBe(true);
    expect(concerns(change({}), 'KZ-71', ['causesRemoved'])).toBe(false);
    expect(concerns(change({}), null, ['rightsRestoredCases'])).toBe(false);
  });

  it('concern everything after a rebuild or a reconnect', () => {
    expect(concerns(change({ reset: true, regions: [], kpis: [] }), 'KZ-71', ['x'])).toBe(true);
  });

  it('reach every listener until it stops listening', () => {
    const events = createLiveEvents();
    const a = vi.fn();
    const stop = events.listen(a);
    events.emit(change({}));
    stop();
    events.emit(change({}));
    expect(a).toHaveBeenCalledTimes(1);
  });
});
