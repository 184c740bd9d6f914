import { describe, expect, it } from 'vitest';
import { bottleneckOf } from './league.ts';

describe('where a region gets stuck', () => {
  it('points at recommendations when risks are found but not acted on', () => {
    expect(bottleneckOf({ risksIdentified: 40, recommendationsIssued: 8, causesRemoved: 7 })).toBe(
      'recommendation',
    );
  });

  it('points at transformation when recommendations are issued but processes do not change', () => {
    expect(bottleneckOf({ risksIdentified: 40, recommendationsIssued: 38, causesRemoved: 6 })).toBe(
      'transformation',
    );
  });

  it('says nothing for a healthy funnel or too few events to judge', () => {
    expect(bottleneckOf({ risksIdentified: 40, recommendationsIssued: 36, causesRemoved: 33 })).toBeNull();
    expect(bottleneckOf({ risksIdentified: 3, recommendationsIssued: 0, causesRemoved: 0 })).toBeNull();
    expect(bottleneckOf({})).toBeNull();
  });
});
