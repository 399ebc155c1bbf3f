import { describe, expect, it } from 'vitest';
import { redactionNotice, redactSecrets, withoutSecrets } from '../../../../src/lib/search/secrets';

describe('redactSecrets', () => {
  it('removes OpenAI API keys, whole or as OpenAI masks them', () => {
    expect(redactSecrets('key sk-proj-AbC123dEf456GhI789 failed')).toEqual({ text: 'key [API key removed] failed', removed: ['API key'] });
    expect(withoutSecrets('Incorrect API key provided: sk-proj-****abcd.')).toBe('Incorrect API key provided: [API key removed].');
    expect(withoutSecrets('OPENAI_API_KEY=sk-live-1234567890 python run.py')).toBe('OPENAI_API_KEY=[API key removed] python run.py');
    expect(withoutSecrets('x-api-key: abcdef123456')).toBe('x-api-key: [API key removed]');
  });

  it('removes bearer tokens and Authorization headers, but not placeholders', () => {
    expect(redactSecrets('Authorization: Bearer abc.def.ghi-123456')).toEqual({ text: 'Authorization: Bearer [access token removed]', removed: ['access token'] });
    expect(withoutSecrets('got Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig back')).toBe('got [access token removed] back');
    // OpenAI's own wording and shell variables are not secrets.
    const message = 'provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).';
    expect(redactSecrets(message)).toEqual({ text: message, removed: [] });
    expect(withoutSecrets('-H "Authorization: Bearer $OPENAI_API_KEY"')).toBe('-H "Authorization: Bearer $OPENAI_API_KEY"');
  });

  it('removes cookies, in a header line or pasted alone', () => {
    expect(redactSecrets('Cookie: __Secure-next-auth.session-token=abc123def456; cf_clearance=xyz\nHost: chatgpt.com'))
      .toEqual({ text: 'Cookie: [cookie removed]\nHost: chatgpt.com', removed: ['cookie'] });
    expect(withoutSecrets('__Secure-next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMi')).toBe('__Secure-next-auth.session-token=[cookie removed]');
  });

  it('removes e-mail addresses', () => {
    expect(redactSecrets('signed in as jane.doe+work@example.co.uk, then 403')).toEqual({ text: 'signed in as [e-mail address removed], then 403', removed: ['e-mail address'] });
  });

  it('leaves ordinary error text alone', () => {
    for (const text of ['Too many requests in 1 hour. Try again later.', 'Cloudflare Ray ID: 8e4b0f1c2a3d4e5f', 'help.openai.com', 'task-abc']) {
      expect(redactSecrets(text)).toEqual({ text, removed: [] });
    }
  });

  it('says in one sentence what was removed', () => {
    expect(redactionNotice([])).toBeUndefined();
    expect(redactionNotice(['API key'])).toMatch(/^Your text contained an API key\. It was removed/);
    expect(redactionNotice(['API key', 'cookie', 'e-mail address'])).toMatch(/an API key, a cookie and an e-mail address/);
  });
});
