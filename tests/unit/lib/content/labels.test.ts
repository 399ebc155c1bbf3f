import { describe, expect, it } from 'vitest';
import { canLoseWork, isoDay, longDate } from '../../../../src/lib/content/labels';

describe('dates', () => {
  it('shows a content date as the calendar day it names, in any time zone', () => {
    const date = new Date('2026-11-21');
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
