// Protects the chart axes: time ticks on whole units, size ticks on binary steps.
import { describe, expect, it } from 'vitest';
import { byteAxisTop, byteTicks, formatTimeTick, timeTicks, visibleTimeTicks } from '../../../src/ui/sandbox/axisTicks';

const GiB = 2 ** 30;

describe('axis ticks', () => {
  it('cuts a 12 h run into 2 h steps and a 7 d run into days', () => {
    expect(timeTicks(12 * 3_600_000).map(formatTimeTick)).toEqual(['0', '2h', '4h', '6h', '8h', '10h', '12h']);
    expect(timeTicks(7 * 86_400_000).map(formatTimeTick)).toEqual(['0', '2d', '4d', '6d']);
    expect(formatTimeTick(86_400_000 + 6 * 3_600_000 + 30_000)).toBe('1d 6h 30s');
  });

  it('steps sizes in powers of two and tops the axis at or above the data', () => {
    expect(byteTicks(4 * GiB)).toEqual([0, GiB, 2 * GiB, 3 * GiB, 4 * GiB]);
    expect(byteAxisTop(4.1 * GiB)).toBeGreaterThanOrEqual(4.1 * GiB);
    expect(byteAxisTop(3 * 2 ** 20)).toBe(3 * 2 ** 20);
  });
});

describe('a zoomed time axis', () => {
  it('ticks whole steps of the span from the first one inside it', () => {
    expect(visibleTimeTicks([3_900_000, 5_700_000]).map(formatTimeTick)).toEqual([
      '1h 5m',
      '1h 10m',
      '1h 15m',
      '1h 20m',
      '1h 25m',
      '1h 30m',
      '1h 35m',
    ]);
    expect(visibleTimeTicks([10_500, 13_000]).map(formatTimeTick)).toEqual(['11s', '12s', '13s']);
  });
});
