// G2 (Cloudflare) relevance queries, written the way a stuck person types or pastes them.
// The lead wires these into the search-relevance suite (tuning half).
export const cases = [
  // 1015 on its own page
  { query: 'error 1015', expected: '/errors/1015/' },
  { query: 'cloudflare says you are being rate limited', expected: '/errors/1015/' },
  { query: 'Error 1015 Ray ID: 8c1f2e3d4b5a6978 • 2026-12-01 10:11:12 UTC You are being rate limited', expected: '/errors/1015/' },
  // 1020
  { query: 'access denied error code 1020 chatgpt', expected: '/errors/1020/' },
  { query: 'sorry you have been blocked cloudflare', expected: '/errors/1020/' },
  { query: '403 forbidden cloudflare', expected: '/errors/1020/' },
  // 429 router
  { query: 'HTTP 429 too many requests', expected: '/errors/429/' },
  { query: 'what does 429 mean', expected: '/errors/429/' },
  // Cloudflare 52x
  { query: 'error 522', expected: '/errors/cloudflare-52x/' },
  { query: 'cloudflare 524 a timeout occurred chatgpt', expected: '/errors/cloudflare-52x/' },
  { query: 'Web server is down Error code 521', expected: '/errors/cloudflare-52x/' },
  { query: 'error 520 unknown error cloudflare', expected: '/errors/cloudflare-52x/' },
  { query: 'ssl handshake failed 525', expected: '/errors/cloudflare-52x/' },
  // Cloudflare challenge
  { query: 'Please unblock challenges.cloudflare.com to proceed.', expected: '/errors/cloudflare-challenge/' },
  { query: 'chatgpt stuck on just a moment', expected: '/errors/cloudflare-challenge/' },
  { query: 'verify you are human loop chatgpt', expected: '/errors/cloudflare-challenge/' },
  { query: 'Checking if the site connection is secure', expected: '/errors/cloudflare-challenge/' },
];
