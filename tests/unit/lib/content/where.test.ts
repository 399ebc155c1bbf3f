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
      { hop: 'device', mark: 'no' },
      { hop: 'network', mark: 'sometimes' },
      { hop: 'edge', mark: 'no' },
      { hop: 'servers', mark: 'usually' },
      { hop: 'account', mark: 'no' },
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
