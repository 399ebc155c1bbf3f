import { afterEach, describe, expect, it } from 'vitest';
import { canLoseWork, isoDay, longDate } from '../../../../src/lib/content/labels';

describe('dates', () => {
  // Node reads TZ again whenever it changes, so each zone really is in force.
  const zones = ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati'];
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(zones)('shows a content date as the calendar day it names, in %s', (zone) => {
    process.env.TZ = zone;
    const date = new Date('2026-11-21');
    // The zone is in force: local midnight is not UTC midnight here (except in UTC).
    if (zone !== 'UTC') expect(date.getDate() === 21 && date.getHours() === 0).toBe(false);
    expect(longDate(date)).toBe('21 November 2026');
    expect(isoDay(date)).toBe('2026-11-21');
  });
});

describe('canLoseWork', () => {
  it('is true only for steps that can lose unsent text', () => {
    expect(canLoseWork('signs-you-out')).toBe(true);
    expect(canLoseWork('loses-unsaved-text')).toBe(true);
    expect(canLoseWork('none')).toBe(false);
    expect(canLoseWork('interrupts-network')).toBe(false);
  });
});
