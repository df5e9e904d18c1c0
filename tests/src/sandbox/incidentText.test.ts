// Protects how the incident panel words the fit's quality: a first failure the replay misses (none, or more than 10 % of the
// observed time away) is flagged, relative divergences print as percentages, and both times are named.
import { describe, expect, it } from 'vitest';
import { firstFailureDiverges, firstFailureText, percent } from '../../../src/ui/sandbox/incidentText';

describe('incident texts', () => {
  it('flags a first failure the replay misses or places more than 10 % away', () => {
    expect(firstFailureDiverges(48_404, undefined)).toBe(true);
    expect(firstFailureDiverges(undefined, 1000)).toBe(true);
    expect(firstFailureDiverges(undefined, undefined)).toBe(false);
    expect(firstFailureDiverges(28_009, 26_915)).toBe(false); // −3.9 %
    expect(firstFailureDiverges(100_000, 111_000)).toBe(true);
  });

  it('prints both times and the difference relative to the observed one', () => {
    expect(firstFailureText(28_009, 26_915)).toBe('observed 00:00:28.009 · simulated 00:00:26.915 (−3.9 %)');
    expect(firstFailureText(48_404, undefined)).toBe('observed 00:00:48.404 · simulated none');
    expect(percent(0.2431)).toBe('24 %');
    expect(percent(0.025)).toBe('2.5 %');
  });
});
