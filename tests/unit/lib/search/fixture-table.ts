// A small message table in the shape /search/messages.json has, for tests that
// must not change when the real content does.
import { buildMessageTable } from '../../../../src/lib/search/message-table';

export const TABLE = buildMessageTable([
  { code: '429', title: '429 Too Many Requests', kind: 'http', summary: 'Slow down.', messages: ['429 Too Many Requests', 'HTTP ERROR 429', 'Error 1015'] },
  { code: '502', title: '502 Bad Gateway', kind: 'http', summary: 'Their side.', messages: ['502 Bad Gateway', 'Bad gateway Error code 502', 'The web server reported a bad gateway error.'] },
  { code: '504', title: '504 Gateway Timeout', kind: 'http', summary: 'Slow upstream.', messages: ['504 Gateway Timeout', '504 Gateway Time-out'] },
  { code: '1020', title: 'Error 1020: Access denied', kind: 'cloudflare', summary: 'Blocked by a rule.', messages: ['Access denied Error code 1020', 'Error 1020'] },
  { code: 'api-quota', title: 'OpenAI API: 429 You exceeded your current quota', kind: 'http', summary: 'Out of credit.', messages: ['You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota'] },
  { code: 'api-rate-limit', title: 'OpenAI API: 429 Rate limit reached', kind: 'http', summary: 'Too fast.', messages: ['Rate limit reached for requests', 'rate_limit_exceeded', 'RateLimitError'] },
  { code: 'network-error', title: 'Network error in ChatGPT', kind: 'app-message', summary: 'Connection broke.', messages: ['Network error', 'A network error occurred'] },
  { code: 'too-many-requests-1-hour', title: 'Too many requests in 1 hour', kind: 'app-message', summary: 'Wait.', messages: ['Too many requests in 1 hour. Try again later.'] },
  { code: 'hmm', title: 'Hmm…something seems to have gone wrong', kind: 'app-message', summary: 'Retry.', messages: ['Hmm...something seems to have gone wrong. Maybe try me again in a little bit.'] },
  { code: 'login-failing', title: 'ChatGPT login not working', kind: 'app-message', summary: 'Sign-in loops.', messages: ['Sign-in keeps looping back to the login page'] },
  { code: 'file-upload-failing', title: 'ChatGPT file upload not working', kind: 'app-message', summary: 'Upload stalls.', messages: ['File upload fails or never finishes in ChatGPT'] },
  { code: 'something-went-wrong', title: 'Something went wrong', kind: 'app-message', summary: 'Generic.', messages: ['Something went wrong. If this issue persists please contact us.'] },
  { code: 'cannot-reach-site', title: "This site can't be reached", kind: 'browser', summary: 'Browser.', messages: ['ERR_CONNECTION_TIMED_OUT', 'ERR_CONNECTION_RESET', 'ERR_NAME_NOT_RESOLVED'] },
], [
  { slug: 'check-status-page', title: 'Check the status page', summary: 'Look first.', searchTerms: ['Is ChatGPT down for everyone or just me'] },
]);
