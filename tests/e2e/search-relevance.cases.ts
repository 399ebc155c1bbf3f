// What people paste or type, and the page search must return for it. Run by
// search-relevance.e2e.ts through the real /search/ page. Write queries the way
// a stuck person would, never tuned to the ranking: when a case fails, fix the
// content's searchable text (messages, searchTerms) or the ranking, not the case.

export type CaseKind = 'code' | 'message' | 'paste' | 'api' | 'symptom';

export interface RelevanceCase {
  kind: CaseKind;
  query: string;
  /** The page that must come first (and must at least be in the top three). */
  expected: string;
}

const CLOUDFLARE_502 = `Bad gateway Error code 502
Visit cloudflare.com for more information.
2026-11-21 14:03:12 UTC
You
Browser
Working
Frankfurt
Cloudflare
Working
chatgpt.com
Host
Error
What happened?
The web server reported a bad gateway error.
What can I do?
Please try again in a few minutes.
Cloudflare Ray ID: 8e4b0f1c2a3d4e5f • Your IP: Click to reveal 203.0.113.7 • Performance & security by Cloudflare`;

const CLOUDFLARE_504 = `Gateway time-out Error code 504
Visit cloudflare.com for more information.
2026-11-21 09:41:07 UTC
You Browser Working
Amsterdam Cloudflare Working
chatgpt.com Host Error
What happened?
The web server reported a gateway time-out error.
What can I do?
Please try again in a few minutes.
Cloudflare Ray ID: 7d1c0e9f8a7b6c5d • Your IP: Click to reveal • Performance & security by Cloudflare`;

const CLOUDFLARE_1020 = `Access denied
Error code 1020
You do not have access to chat.openai.com.
The site owner may have set restrictions that prevent you from accessing the site.
Error details
Provide the site owner this information.
I got an error when visiting chat.openai.com/.
Error code: 1020
Ray ID: 7a1b2c3d4e5f6a7b
Country: DE
Data center: fra08
IP: 198.51.100.23
Timestamp: 2026-11-21 14:03:12 UTC
Click to copy`;

const CLOUDFLARE_1015 = `Error 1015 Ray ID: 8f2e3d4c5b6a7980 • 2026-11-21 16:20:44 UTC
You are being rate limited
What happened?
The owner of this website (chatgpt.com) has banned you temporarily from accessing this website.`;

const RAW_502 = `HTTP/1.1 502 Bad Gateway
Server: cloudflare
Date: Sat, 21 Nov 2026 14:03:12 GMT
Content-Type: text/html
cf-ray: 8e4b0f1c2a3d4e5f-LHR`;

const QUOTA_JSON = `{
  "error": {
    "message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
    "type": "insufficient_quota",
    "param": null,
    "code": "insufficient_quota"
  }
}`;

const RATE_LIMIT_SDK = `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29850, Requested 1200. Please try again in 2.1s. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`;

const SERVER_ERROR_SDK = `openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error while processing your request. Sorry about that!', 'type': 'server_error', 'param': None, 'code': None}}`;

const OVERLOADED_JSON = `{"error":{"message":"The engine is currently overloaded, please try again later","type":"server_error","param":null,"code":null}}`;

export const CASES: RelevanceCase[] = [
  // Codes, bare or with the words around them
  { kind: 'code', query: '502', expected: '/errors/502/' },
  { kind: 'code', query: '504', expected: '/errors/504/' },
  { kind: 'code', query: '503', expected: '/errors/503/' },
  { kind: 'code', query: '500', expected: '/errors/500/' },
  { kind: 'code', query: '429', expected: '/errors/429/' },
  { kind: 'code', query: 'error 1020', expected: '/errors/1020/' },
  { kind: 'code', query: 'what does error code 504 mean', expected: '/errors/504/' },
  { kind: 'code', query: 'chatgpt 502 cloudflare ray id', expected: '/errors/502/' },
  { kind: 'code', query: 'HTTP/2 503', expected: '/errors/503/' },

  // Literal messages, with and without their punctuation
  { kind: 'message', query: 'Too many requests in 1 hour. Try again later.', expected: '/errors/too-many-requests-1-hour/' },
  { kind: 'message', query: 'too many requests in 1 hour try again later', expected: '/errors/too-many-requests-1-hour/' },
  { kind: 'message', query: 'Hmm...something seems to have gone wrong.', expected: '/errors/hmm-something-went-wrong/' },
  { kind: 'message', query: 'hmm something seems to have gone wrong maybe try me again in a little bit', expected: '/errors/hmm-something-went-wrong/' },
  { kind: 'message', query: 'Error in message stream', expected: '/errors/error-in-message-stream/' },
  { kind: 'message', query: 'error in body stream', expected: '/errors/error-in-message-stream/' },
  { kind: 'message', query: 'There was an error generating a response', expected: '/errors/error-generating-response/' },
  { kind: 'message', query: '"Conversation not found"', expected: '/errors/conversation-not-found/' },
  { kind: 'message', query: 'Only one message at a time. Please allow any other responses to complete before sending another message, or wait one minute.', expected: '/errors/only-one-message/' },
  { kind: 'message', query: 'only one message at a time', expected: '/errors/only-one-message/' },
  { kind: 'message', query: 'Network error', expected: '/errors/network-error/' },
  { kind: 'message', query: 'A network error occurred.', expected: '/errors/network-error/' },
  { kind: 'message', query: 'message delivery timed out', expected: '/errors/network-error/' },
  { kind: 'message', query: 'Something went wrong. If this issue persists please contact us through our help center at help.openai.com.', expected: '/errors/something-went-wrong/' },
  { kind: 'message', query: 'Error: Something went wrong, please try reloading the conversation', expected: '/errors/something-went-wrong/' },
  { kind: 'message', query: 'Unusual activity has been detected from your device. Try again later.', expected: '/errors/unusual-activity/' },
  { kind: 'message', query: 'You are being rate limited', expected: '/errors/429/' },
  { kind: 'message', query: 'The server is temporarily unable to service your request due to maintenance downtime or capacity problems', expected: '/errors/503/' },
  { kind: 'message', query: 'gateway time out', expected: '/errors/504/' },
  { kind: 'message', query: 'internal server error', expected: '/errors/500/' },
  { kind: 'message', query: 'access denied', expected: '/errors/1020/' },

  // Whole pasted pages and responses, with Ray IDs, IPs and timestamps
  { kind: 'paste', query: CLOUDFLARE_502, expected: '/errors/502/' },
  { kind: 'paste', query: CLOUDFLARE_504, expected: '/errors/504/' },
  { kind: 'paste', query: CLOUDFLARE_1020, expected: '/errors/1020/' },
  { kind: 'paste', query: CLOUDFLARE_1015, expected: '/errors/429/' },
  { kind: 'paste', query: RAW_502, expected: '/errors/502/' },

  // API errors as JSON and as SDK exceptions
  { kind: 'api', query: QUOTA_JSON, expected: '/errors/api-quota/' },
  { kind: 'api', query: RATE_LIMIT_SDK, expected: '/errors/api-rate-limit/' },
  { kind: 'api', query: SERVER_ERROR_SDK, expected: '/errors/api-overloaded/' },
  { kind: 'api', query: OVERLOADED_JSON, expected: '/errors/api-overloaded/' },
  { kind: 'api', query: 'insufficient_quota', expected: '/errors/api-quota/' },
  { kind: 'api', query: 'Rate limit reached for gpt-4o in organization on requests per min', expected: '/errors/api-rate-limit/' },

  // Symptoms, in the reader's words
  { kind: 'symptom', query: 'works on my phone but not my laptop', expected: '/guides/try-another-browser-or-app/' },
  { kind: 'symptom', query: 'chatgpt keeps logging me out', expected: '/errors/login-failing/' },
  { kind: 'symptom', query: 'chatgpt answer stops halfway through', expected: '/errors/error-in-message-stream/' },
  { kind: 'symptom', query: 'chatgpt is really slow today', expected: '/errors/slow-responses/' },
  { kind: 'symptom', query: "can't upload a pdf to chatgpt", expected: '/errors/file-upload-failing/' },
  { kind: 'symptom', query: 'chatgpt app stuck on loading screen iphone', expected: '/errors/mobile-app-not-working/' },
  { kind: 'symptom', query: 'only fails on the office wifi', expected: '/guides/work-network-and-tls-inspection/' },
  { kind: 'symptom', query: 'is chatgpt down right now', expected: '/guides/check-status-page/' },
  { kind: 'symptom', query: 'code interpreter session expired', expected: '/errors/code-session-expired/' },
  { kind: 'symptom', query: 'how to clear cookies for chatgpt', expected: '/guides/clear-site-data/' },
  { kind: 'symptom', query: 'retry with exponential backoff', expected: '/guides/rate-limits-and-backoff/' },
  { kind: 'symptom', query: 'ad blocker breaks chatgpt', expected: '/guides/turn-off-extensions/' },
  { kind: 'symptom', query: 'chatgpt says too many requests', expected: '/errors/too-many-requests-1-hour/' },
  // The 1020 page explains why a VPN gets you blocked; the VPN guide never says "blocked".
  { kind: 'symptom', query: 'vpn blocked chatgpt', expected: '/errors/1020/' },
  { kind: 'symptom', query: 'icloud private relay', expected: '/guides/vpn-and-proxy/' },
  { kind: 'symptom', query: 'hard refresh chatgpt', expected: '/guides/refresh-then-hard-refresh/' },
  { kind: 'symptom', query: 'flush dns', expected: '/guides/restart-router-flush-dns/' },
  { kind: 'symptom', query: 'reinstall chatgpt app android', expected: '/guides/update-or-reinstall-app/' },
  { kind: 'symptom', query: 'suspicious activity detected on my account', expected: '/errors/unusual-activity/' },
  { kind: 'symptom', query: 'chatgpt stuck thinking forever before answering', expected: '/errors/slow-responses/' },
  { kind: 'symptom', query: 'network error on chatgpt only at work', expected: '/errors/network-error/' },
  { kind: 'code', query: 'cloudflare error 1015', expected: '/errors/429/' },
  { kind: 'api', query: '429 rate limit api python', expected: '/errors/api-rate-limit/' },
  { kind: 'api', query: 'The engine is currently overloaded', expected: '/errors/api-overloaded/' },
  { kind: 'api', query: 'api billing hard limit reached', expected: '/errors/api-quota/' },
];
