// G1 http5xx: queries as a person would type or paste them (written before looking at the pages' wording).
export const cases = [
  { query: 'chatgpt 502 bad gateway', expected: '/errors/502/' },
  { query: 'The web server reported a bad gateway error.', expected: '/errors/502/' },
  { query: 'bad gateway only on my work laptop, phone is fine', expected: '/errors/502/' },
  { query: '500 internal server error chatgpt', expected: '/errors/500/' },
  { query: 'HTTP ERROR 500', expected: '/errors/500/' },
  { query: '503 service unavailable', expected: '/errors/503/' },
  { query: 'chatgpt service temporarily unavailable', expected: '/errors/503/' },
  { query: '504 gateway time-out', expected: '/errors/504/' },
  { query: 'gateway timeout when I ask for a long answer', expected: '/errors/504/' },
  { query: 'ChatGPT is at capacity right now', expected: '/errors/at-capacity/' },
  { query: 'chatgpt says it is at capacity', expected: '/errors/at-capacity/' },
];
