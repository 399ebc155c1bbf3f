import { describe, expect, it } from 'vitest';
import { faultOf, hopMarks, verdictOf, whereCaption } from '../../../../src/lib/content/where';

describe('where a failure sits', () => {
  it('is their side when it usually breaks at their edge or servers, yours at your device, network or account, else either', () => {
    expect(faultOf({ usually: ['edge', 'servers'], sometimes: ['network'] })).toBe('upstream');
    expect(faultOf({ usually: ['account'], sometimes: [] })).toBe('local');
    expect(faultOf({ usually: ['network', 'servers'], sometimes: [] })).toBe('either');
  });

  it('marks each of the five hops in path order', () => {
    expect(hopMarks({ usually: ['servers'], sometimes: ['network'] })).toEqual([
      { hop: 'device', mark: 'no', text: '' },
      { hop: 'network', mark: 'sometimes', text: 'Sometimes here' },
      { hop: 'edge', mark: 'no', text: '' },
      { hop: 'servers', mark: 'usually', text: 'Usually here' },
      { hop: 'account', mark: 'no', text: '' },
    ]);
  });

  it('says the same in words, hops in path order whatever order the content lists them', () => {
    expect(whereCaption({ usually: ['servers', 'edge'], sometimes: ['device', 'network'] }))
      .toBe('Usually breaks at their edge or their servers. Can also break at your device or your network.');
    expect(whereCaption({ usually: ['account'], sometimes: [] })).toBe('Usually breaks at your account.');
  });

  it('names the usual hops in the verdict line on your side', () => {
    expect(verdictOf({ usually: ['account'], sometimes: [] }).label).toBe('Usually your side: your account');
    expect(verdictOf({ usually: ['servers'], sometimes: [] }).label).toBe('Usually their side: an outage or overload');
    expect(verdictOf({ usually: ['device', 'servers'], sometimes: [] }).fault).toBe('either');
  });
});

describe('a message that is not a fault', () => {
  const expiry = { usually: ['servers'], sometimes: [], notAFault: true } as const;

  it('is nobody\'s fault, whatever hop it comes from', () => {
    expect(faultOf(expiry)).toBe('none');
    expect(faultOf({ usually: ['account'], sometimes: [], notAFault: true })).toBe('none');
  });

  it('says so in the verdict, the caption and the marks, instead of where it breaks', () => {
    expect(verdictOf(expiry)).toEqual({
      fault: 'none',
      label: 'Not a fault: working as designed',
      advice: 'Nothing needs repairing; carry on below.',
    });
    expect(whereCaption(expiry)).toBe('Comes from their servers. Nothing is broken.');
    expect(hopMarks(expiry).find((h) => h.hop === 'servers')).toEqual({ hop: 'servers', mark: 'usually', text: 'Comes from here' });
  });
});
