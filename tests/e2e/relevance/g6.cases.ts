// G6 connection: what people paste or type when the browser cannot reach ChatGPT.
// Written before looking at how the page words it; the lead wires these into the suite.
export const cases = [
  { query: 'ERR_NAME_NOT_RESOLVED', expected: '/errors/cannot-reach-site/' },
  { query: 'DNS_PROBE_FINISHED_NXDOMAIN chatgpt', expected: '/errors/cannot-reach-site/' },
  { query: "This site can't be reached chatgpt.com's server IP address could not be found.", expected: '/errors/cannot-reach-site/' },
  { query: 'ERR_CONNECTION_TIMED_OUT', expected: '/errors/cannot-reach-site/' },
  { query: 'chatgpt.com took too long to respond ERR_CONNECTION_TIMED_OUT', expected: '/errors/cannot-reach-site/' },
  { query: 'ERR_CONNECTION_RESET', expected: '/errors/cannot-reach-site/' },
  { query: 'ERR_CONNECTION_REFUSED', expected: '/errors/cannot-reach-site/' },
  { query: 'ERR_NETWORK_CHANGED', expected: '/errors/cannot-reach-site/' },
  { query: 'ERR_PROXY_CONNECTION_FAILED', expected: '/errors/cannot-reach-site/' },
  { query: 'net::ERR_HTTP2_PROTOCOL_ERROR', expected: '/errors/cannot-reach-site/' },
  { query: 'ERR_QUIC_PROTOCOL_ERROR', expected: '/errors/cannot-reach-site/' },
  { query: 'chatgpt.com redirected you too many times. ERR_TOO_MANY_REDIRECTS', expected: '/errors/cannot-reach-site/' },
  { query: 'Your connection is not private NET::ERR_CERT_AUTHORITY_INVALID', expected: '/errors/cannot-reach-site/' },
  { query: 'Secure Connection Failed', expected: '/errors/cannot-reach-site/' },
  { query: "Hmm. We're having trouble finding that site.", expected: '/errors/cannot-reach-site/' },
  { query: 'chatgpt wont open on my wifi but works on mobile data', expected: '/errors/cannot-reach-site/' },
  { query: 'certificate error on chatgpt at the office', expected: '/errors/cannot-reach-site/' },
];
