import { describe, expect, it } from 'vitest';
import { queryFromPath } from '../../../../src/lib/search/address';

describe('queryFromPath', () => {
  it('turns an error or guide address into search words', () => {
    expect(queryFromPath('/errors/522/')).toBe('522');
    expect(queryFromPath('/errors/gateway-timeout/')).toBe('gateway timeout');
    expect(queryFromPath('/guides/clear-cookies')).toBe('clear cookies');
    expect(queryFromPath('/error/too_many_requests.html')).toBe('too many requests');
    expect(queryFromPath('/errors/Netzwerkfehler/')).toBe('Netzwerkfehler');
    expect(queryFromPath('/errors/ERR_CONNECTION_RESET/')).toBe('ERR_CONNECTION_RESET');
  });

  it('decodes the address and survives a malformed one', () => {
    expect(queryFromPath('/errors/network%20error/')).toBe('network error');
    expect(queryFromPath('/errors/%E0%A4%A/')).toBe('%E0%A4%A');
  });

  it('finds nothing in an address with no words', () => {
    expect(queryFromPath('/')).toBe('');
    expect(queryFromPath('/errors/')).toBe('');
  });
});
