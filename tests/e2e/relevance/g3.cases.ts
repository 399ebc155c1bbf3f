// G3 (API) relevance cases: what a developer pastes or types, and the page
// that must come first. Written before looking at how the pages word it.
export const cases = [
  // 429 rate limit, with the wait in the message
  { query: 'Error code: 429 - Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29500, Requested 1200. Please try again in 1.4s.', expected: '/errors/api-rate-limit/' },
  { query: 'openai rate_limit_exceeded please try again in 20s', expected: '/errors/api-rate-limit/' },
  { query: 'Request too large for gpt-4o on tokens per min (TPM): Limit 30000, Requested 41000. The input or output tokens must be reduced in order to run successfully.', expected: '/errors/api-rate-limit/' },
  // 429 quota and billing
  { query: 'You exceeded your current quota, please check your plan and billing details', expected: '/errors/api-quota/' },
  { query: "openai.RateLimitError: Error code: 429 - {'error': {'code': 'insufficient_quota'}}", expected: '/errors/api-quota/' },
  { query: 'project_spend_limit_exceeded', expected: '/errors/api-quota/' },
  // 503 Slow Down
  { query: '503 - Slow Down', expected: '/errors/api-slow-down/' },
  { query: 'openai api slow_down error after increasing traffic', expected: '/errors/api-slow-down/' },
  // 500 / 503 overloaded
  { query: 'The engine is currently overloaded, please try again later', expected: '/errors/api-overloaded/' },
  { query: 'openai InternalServerError 500 The server had an error while processing your request', expected: '/errors/api-overloaded/' },
  // 401
  { query: 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', expected: '/errors/api-authentication/' },
  { query: 'openai 401 You must be a member of an organization to use the API', expected: '/errors/api-authentication/' },
  { query: 'openai api 401 IP not authorized', expected: '/errors/api-authentication/' },
  // 403
  { query: "PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported'}}", expected: '/errors/api-permission/' },
  // 404
  { query: 'The model `gpt-5-turbo` does not exist or you do not have access to it.', expected: '/errors/api-not-found/' },
  // 400
  { query: "This model's maximum context length is 128000 tokens. However, your messages resulted in 150213 tokens. Please reduce the length of the messages.", expected: '/errors/api-bad-request/' },
  { query: 'context_length_exceeded', expected: '/errors/api-bad-request/' },
  // connection and timeout
  { query: 'openai.APIConnectionError: Connection error.', expected: '/errors/api-connection/' },
  { query: 'openai.APITimeoutError: Request timed out.', expected: '/errors/api-connection/' },
  // typed, nothing to paste
  { query: 'openai api key not working 401', expected: '/errors/api-authentication/' },
  { query: 'openai api says quota exceeded but I just added credits', expected: '/errors/api-quota/' },
  { query: 'openai api request timed out from my server', expected: '/errors/api-connection/' },
];
