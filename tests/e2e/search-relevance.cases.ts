// What people paste or type, and the page search must return for it. Run by
// search-relevance.e2e.ts and by `npm run bench` (scripts/bench/search.ts).
//
// Two halves:
// - 'check': written once, before the engine work of issue 11, the way people
//   type or paste, without looking at how the pages word things. It measures
//   search; it is never edited, added to or tuned against.
// - 'tune': everything added while building (misses that were fixed, one case
//   per new page). Tuning against these is fine; never edit a case to match the
//   results, fix the content's searchable text or the ranking.
//
// `expect` is the address that must come first (and at least be in the top three).
// It may name a page that does not exist yet: the runner skips such cases and
// says how many it skipped.

import { cases as g1 } from './relevance/g1.cases.ts';
import { cases as g2 } from './relevance/g2.cases.ts';
import { cases as g3 } from './relevance/g3.cases.ts';
import { cases as g4 } from './relevance/g4.cases.ts';
import { cases as g5 } from './relevance/g5.cases.ts';
import { cases as g6 } from './relevance/g6.cases.ts';
import { cases as g8 } from './relevance/g8.cases.ts';

export const CATEGORIES = [
  'pasted-page',
  'api-json',
  'sdk-traceback',
  'typo',
  'question',
  'other-language',
  'guide-intent',
  'bare-code',
] as const;
export type Category = (typeof CATEGORIES)[number];
export type Half = 'check' | 'tune';

export interface RelevanceCase {
  half: Half;
  category: Category;
  query: string;
  /** The page that must come first (and must at least be in the top three). */
  expect: string;
}

// ---------------------------------------------------------------------------
// CHECK HALF. Written on 2026-12-01 before any engine work, without reading how
// the pages word things. NEVER edit, add to or remove from this list: it is what
// measures search against people. New cases go in TUNE_CASES below.
// ---------------------------------------------------------------------------

const P_CF_522 = `Connection timed out Error code 522
Visit cloudflare.com for more information.
2026-11-30 19:12:40 UTC
You
Browser
Working
Paris
Cloudflare
Working
chatgpt.com
Host
Error
What happened?
The initial connection between Cloudflare's network and the origin web server timed out. As a result, the web page can not be displayed.
What can I do?
If you're a visitor of this website:
Please try again in a few minutes.
Cloudflare Ray ID: 8f3a1b2c4d5e6f70 • Your IP: Click to reveal • Performance & security by Cloudflare`;

const P_CF_524 = `A timeout occurred Error code 524
Visit cloudflare.com for more information.
2026-11-30 08:02:11 UTC
You Browser Working
London Cloudflare Working
chatgpt.com Host Working
What happened?
The origin web server timed out responding to this request.
Cloudflare Ray ID: 8f3a99aa0b1c2d3e • Your IP: Click to reveal • Performance & security by Cloudflare`;

const P_CF_520 = `Web server is returning an unknown error Error code 520
Visit cloudflare.com for more information.
2026-11-29 22:45:03 UTC
What happened?
There is an unknown connection issue between Cloudflare and the origin web server. As a result, the web page can not be displayed.
Cloudflare Ray ID: 8f2f00ee11dd22cc • Your IP: Click to reveal • Performance & security by Cloudflare`;

const P_CF_521 = `Web server is down Error code 521
Visit cloudflare.com for more information.
What happened?
The web server is not returning a connection. As a result, the web page is not displaying.
Cloudflare Ray ID: 8f2f0101aabbccdd • Your IP: Click to reveal • Performance & security by Cloudflare`;

const P_CF_1015 = `Error 1015
Ray ID: 8f40aa11bb22cc33 • 2026-11-30 12:00:01 UTC
You are being rate limited
What happened?
The owner of this website (chatgpt.com) has banned you temporarily from accessing this website.
Was this page helpful? Yes No
Cloudflare Ray ID: 8f40aa11bb22cc33 • Your IP: Click to reveal • Performance & security by Cloudflare`;

const P_CF_1020 = `Access denied
Error code 1020
You do not have access to chatgpt.com.
The site owner may have set restrictions that prevent you from accessing the site.
Error details
Ray ID: 8f40ab12cd34ef56
Country: IT
Data center: mxp01
IP: 203.0.113.99
Timestamp: 2026-11-30 10:10:10 UTC`;

const P_CHALLENGE = `chatgpt.com
Verify you are human by completing the action below.
chatgpt.com needs to review the security of your connection before proceeding.
Verification is taking longer than expected. Check your Internet connection and refresh the page if the issue persists.
Ray ID: 8f41000011112222
Performance & security by Cloudflare`;

const P_JUST_A_MOMENT = `Just a moment...
Checking if the site connection is secure
chat.openai.com needs to review the security of your connection before proceeding.
Ray ID: 7b1a2b3c4d5e6f70`;

const P_CHROME_TIMEOUT = `This site can't be reached
chatgpt.com took too long to respond.
Try:
Checking the connection
Checking the proxy and the firewall
Running Windows Network Diagnostics
ERR_CONNECTION_TIMED_OUT
Reload
Details`;

const P_CHROME_DNS = `This site can’t be reached
Check if there is a typo in chatgpt.com.
DNS_PROBE_FINISHED_NXDOMAIN
Reload`;

const P_CHROME_CERT = `Your connection is not private
Attackers might be trying to steal your information from chatgpt.com (for example, passwords, messages, or credit cards). Learn more
NET::ERR_CERT_AUTHORITY_INVALID
Advanced
Back to safety`;

const P_FIREFOX_SECURE = `Secure Connection Failed
An error occurred during a connection to chatgpt.com. PR_CONNECT_RESET_ERROR
The page you are trying to view cannot be shown because the authenticity of the received data could not be verified.
Please contact the website owners to inform them of this problem.
Learn more…
Try Again`;

const P_NGINX_502 = `502 Bad Gateway
nginx`;

const P_CHAT_UI_SWW = `New chat
Today
Python script help
Something went wrong. If this issue persists please contact us through our help center at help.openai.com.
Regenerate
ChatGPT can make mistakes. Check important info.`;

const P_CHAT_UI_1H = `ChatGPT
Upgrade plan
Too many requests in 1 hour. Try again later.
Message ChatGPT
ChatGPT can make mistakes. Check important info.`;

const P_USAGE_CAP = `You've reached the current usage cap for GPT-4, please try again after 6:42 PM. Learn more`;

const P_AT_CAPACITY = `ChatGPT is at capacity right now
Get notified when we're back
Write a sonnet about the status of ChatGPT.`;

const P_TOO_LONG = `The message you submitted was too long, please reload the conversation and submit something shorter.`;

const P_STREAM = `Error in message stream
Regenerate response`;

const P_UNUSUAL = `Unusual activity has been detected from your device. Try again later. (8f4a0b1c2d3e4f50)`;

const P_503_APACHE = `Service Unavailable
The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.`;

const P_POLICY = `This content may violate our usage policies.
Did we get it wrong? Please tell us by giving this response a thumbs down.`;

const J_401 = `{
    "error": {
        "message": "Incorrect API key provided: sk-proj-****************************abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
        "type": "invalid_request_error",
        "param": null,
        "code": "invalid_api_key"
    }
}`;

const J_401_COMPACT = `{"error":{"message":"Incorrect API key provided: sk-abc12***************************xyz9. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`;

const J_401_NOKEY = `{"error":{"message":"You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).","type":"invalid_request_error","param":null,"code":null}}`;

const J_403_REGION = `{
  "error": {
    "code": "unsupported_country_region_territory",
    "message": "Country, region, or territory not supported",
    "param": null,
    "type": "request_forbidden"
  }
}`;

const J_404_MODEL = `{
  "error": {
    "message": "The model \`gpt-4-32k\` does not exist or you do not have access to it.",
    "type": "invalid_request_error",
    "param": null,
    "code": "model_not_found"
  }
}`;

const J_400_CONTEXT = `{
  "error": {
    "message": "This model's maximum context length is 128000 tokens. However, your messages resulted in 131502 tokens. Please reduce the length of the messages.",
    "type": "invalid_request_error",
    "param": "messages",
    "code": "context_length_exceeded"
  }
}`;

const J_429_QUOTA_COMPACT = `{"error":{"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}`;

const J_429_RATE_COMPACT = `{"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-Xy12Ab34Cd56 on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"requests","param":null,"code":"rate_limit_exceeded"}}`;

const J_429_TPD = `{
  "error": {
    "message": "Rate limit reached for gpt-4o in organization org-123 on tokens per day (TPD): Limit 90000, Used 89995, Requested 312. Please try again in 5m2.4s. Visit https://platform.openai.com/account/rate-limits to learn more.",
    "type": "tokens",
    "param": null,
    "code": "rate_limit_exceeded"
  }
}`;

const J_500 = `{
  "error": {
    "message": "The server had an error while processing your request. Sorry about that!",
    "type": "server_error",
    "param": null,
    "code": null
  }
}`;

const J_503_SLOW = `{"error":{"message":"Slow Down","type":"server_error","param":null,"code":"slow_down"}}`;

const J_OVERLOADED = `{
  "error": {
    "message": "That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists.",
    "type": "server_error",
    "param": null,
    "code": null
  }
}`;

const J_400_PARAM = `{
  "error": {
    "message": "Unrecognized request argument supplied: max_completion_tokenz",
    "type": "invalid_request_error",
    "param": null,
    "code": null
  }
}`;

const J_400_INVALID_MSG = `{"error":{"message":"Invalid value for 'messages[0].role': 'bot'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.","type":"invalid_request_error","param":"messages[0].role","code":"invalid_value"}}`;

const J_403_PROJECT = `{"error":{"message":"Project \`proj_abc123\` does not have access to model \`o1\`","type":"invalid_request_error","param":null,"code":"model_not_found"}}`;

const J_HEADERS_429 = `HTTP/2 429
date: Mon, 30 Nov 2026 18:20:00 GMT
content-type: application/json
x-ratelimit-limit-requests: 500
x-ratelimit-remaining-requests: 0
x-ratelimit-reset-requests: 1m3s
retry-after: 63

{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}}`;

const J_BILLING = `{"error":{"message":"Billing hard limit has been reached","type":"invalid_request_error","param":null,"code":"billing_hard_limit_reached"}}`;

const J_CURL_401 = `$ curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $OPENAI_API_KEY" -d '{"model":"gpt-4o","messages":[]}'
{
  "error": {
    "message": "Incorrect API key provided: sk-proj-********. You can find your API key at https://platform.openai.com/account/api-keys.",
    "type": "invalid_request_error",
    "code": "invalid_api_key"
  }
}`;

const J_EMPTY_MSGS = `{
  "error": {
    "message": "[] is too short - 'messages'",
    "type": "invalid_request_error",
    "param": null,
    "code": null
  }
}`;

const J_CF_502_API = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>cloudflare</center>
</body>
</html>`;

const T_AUTH = `Traceback (most recent call last):
  File "/home/me/bot/main.py", line 14, in <module>
    resp = client.chat.completions.create(model="gpt-4o", messages=msgs)
  File "/home/me/.venv/lib/python3.12/site-packages/openai/_utils/_utils.py", line 274, in wrapper
    return func(*args, **kwargs)
  File "/home/me/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1058, in _request
    raise self._make_status_error_from_response(err.response) from None
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;

const T_PERMISSION = `openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported', 'param': None, 'type': 'request_forbidden'}}`;

const T_NOTFOUND = `Traceback (most recent call last):
  File "app.py", line 9, in <module>
    r = client.chat.completions.create(model="gpt-5-turbo", messages=[{"role": "user", "content": "hi"}])
openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model \`gpt-5-turbo\` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}`;

const T_BADREQ = `openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 16385 tokens. However, your messages resulted in 20412 tokens. Please reduce the length of the messages.", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}`;

const T_RATE = `Traceback (most recent call last):
  File "/srv/worker.py", line 88, in run
    out = client.embeddings.create(model="text-embedding-3-small", input=batch)
openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for text-embedding-3-small in organization org-aaaa on tokens per min (TPM): Limit 1000000, Used 998000, Requested 8000. Please try again in 360ms. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`;

const T_QUOTA = `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`;

const T_TIMEOUT = `Traceback (most recent call last):
  File "/usr/lib/python3.11/site-packages/httpx/_transports/default.py", line 72, in map_httpcore_exceptions
    yield
httpcore.ReadTimeout: The read operation timed out

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/usr/lib/python3.11/site-packages/openai/_base_client.py", line 990, in _request
    raise APITimeoutError(request=request) from err
openai.APITimeoutError: Request timed out.`;

const T_CONNECTION = `httpx.ConnectError: [Errno -3] Temporary failure in name resolution

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "main.py", line 5, in <module>
    client.models.list()
openai.APIConnectionError: Connection error.`;

const T_SSL = `httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)
...
openai.APIConnectionError: Connection error.`;

const T_INTERNAL = `openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error.', 'type': 'server_error', 'param': None, 'code': None}}`;

const T_503 = `openai.InternalServerError: Error code: 503 - {'error': {'message': 'Slow Down', 'type': 'server_error', 'param': None, 'code': 'slow_down'}}`;

const T_V0_RATE = `openai.error.RateLimitError: That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists. (Please include the request ID 1a2b3c4d5e6f7a8b9c0d in your message.)`;

const T_V0_CONN = `openai.error.APIConnectionError: Error communicating with OpenAI: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))`;

const T_V0_UNAVAILABLE = `openai.error.ServiceUnavailableError: The server is overloaded or not ready yet.`;

const T_V0_AUTH = `openai.error.AuthenticationError: No API key provided. You can set your API key in code using 'openai.api_key = <API-KEY>', or you can set the environment variable OPENAI_API_KEY=<API-KEY>).`;

const T_NODE_401 = `/home/me/app/node_modules/openai/error.js:44
            return new AuthenticationError(status, error, message, headers);
                   ^

AuthenticationError: 401 Incorrect API key provided: sk-proj-********************1234. You can find your API key at https://platform.openai.com/account/api-keys.
    at APIError.generate (/home/me/app/node_modules/openai/error.js:44:20)
    at OpenAI.makeStatusError (/home/me/app/node_modules/openai/core.js:263:33)
  status: 401,`;

const T_NODE_429 = `RateLimitError: 429 You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.
    at APIError.generate (file:///app/node_modules/openai/error.mjs:62:20)
    at OpenAI.makeStatusError (file:///app/node_modules/openai/core.mjs:286:25)`;

const T_NODE_CONN = `APIConnectionError: Connection error.
    at OpenAI.makeRequest (/app/node_modules/openai/core.js:316:19)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {
  status: undefined,
  cause: FetchError: request to https://api.openai.com/v1/chat/completions failed, reason: getaddrinfo ENOTFOUND api.openai.com`;

const T_NODE_TIMEOUT = `APIConnectionTimeoutError: Request timed out.
    at OpenAI.makeRequest (/app/node_modules/openai/core.js:308:23)`;

const T_NODE_400 = `BadRequestError: 400 This model's maximum context length is 8192 tokens. However, you requested 9120 tokens (7120 in the messages, 2000 in the completion). Please reduce the length of the messages or completion.
    at APIError.generate (/srv/node_modules/openai/error.js:45:20)`;

const T_NODE_404 = `NotFoundError: 404 The model \`gpt-4-vision\` does not exist or you do not have access to it.
    at APIError.generate (/srv/node_modules/openai/error.js:53:20)`;

const T_LANGCHAIN = `Retrying langchain_openai.chat_models.base.ChatOpenAI.completion_with_retry.<locals>._completion_with_retry in 4.0 seconds as it raised RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 29000, Requested 2400. Please try again in 2.8s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`;

const T_502_SDK = `openai.InternalServerError: <html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>cloudflare</center>
</body>
</html>`;

const T_JS_FETCH = `Uncaught (in promise) Error: 401 {"error":{"message":"You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).","type":"invalid_request_error","param":null,"code":null}}`;

const E = (id: string) => `/errors/${id}/`;
const G = (id: string) => `/guides/${id}/`;

const CHECK: Array<[Category, string, string]> = [
  // --- pasted page ---------------------------------------------------------
  ['pasted-page', P_CF_522, E('cloudflare-52x')],
  ['pasted-page', P_CF_524, E('cloudflare-52x')],
  ['pasted-page', P_CF_520, E('cloudflare-52x')],
  ['pasted-page', P_CF_521, E('cloudflare-52x')],
  ['pasted-page', P_CF_1015, E('1015')],
  ['pasted-page', P_CF_1020, E('1020')],
  ['pasted-page', P_CHALLENGE, E('cloudflare-challenge')],
  ['pasted-page', P_JUST_A_MOMENT, E('cloudflare-challenge')],
  ['pasted-page', P_CHROME_TIMEOUT, E('cannot-reach-site')],
  ['pasted-page', P_CHROME_DNS, E('cannot-reach-site')],
  ['pasted-page', P_CHROME_CERT, E('cannot-reach-site')],
  ['pasted-page', P_FIREFOX_SECURE, E('cannot-reach-site')],
  ['pasted-page', P_NGINX_502, E('502')],
  ['pasted-page', P_CHAT_UI_SWW, E('something-went-wrong')],
  ['pasted-page', P_CHAT_UI_1H, E('too-many-requests-1-hour')],
  ['pasted-page', P_USAGE_CAP, E('usage-cap')],
  ['pasted-page', P_AT_CAPACITY, E('at-capacity')],
  ['pasted-page', P_TOO_LONG, E('message-too-long')],
  ['pasted-page', P_STREAM, E('error-in-message-stream')],
  ['pasted-page', P_UNUSUAL, E('unusual-activity')],
  ['pasted-page', P_503_APACHE, E('503')],
  ['pasted-page', P_POLICY, E('content-policy-notice')],
  ['pasted-page', 'Conversation not found\nNew chat', E('conversation-not-found')],
  ['pasted-page', 'Hmm...something seems to have gone wrong.\nMaybe try me again in a little bit.', E('hmm-something-went-wrong')],

  // --- API JSON ------------------------------------------------------------
  ['api-json', J_401, E('api-authentication')],
  ['api-json', J_401_COMPACT, E('api-authentication')],
  ['api-json', J_401_NOKEY, E('api-authentication')],
  ['api-json', J_CURL_401, E('api-authentication')],
  ['api-json', J_403_REGION, E('api-permission')],
  ['api-json', J_404_MODEL, E('api-not-found')],
  ['api-json', J_403_PROJECT, E('api-not-found')],
  ['api-json', J_400_CONTEXT, E('api-bad-request')],
  ['api-json', J_400_PARAM, E('api-bad-request')],
  ['api-json', J_400_INVALID_MSG, E('api-bad-request')],
  ['api-json', J_EMPTY_MSGS, E('api-bad-request')],
  ['api-json', J_429_QUOTA_COMPACT, E('api-quota')],
  ['api-json', J_429_RATE_COMPACT, E('api-rate-limit')],
  ['api-json', J_429_TPD, E('api-rate-limit')],
  ['api-json', J_HEADERS_429, E('api-rate-limit')],
  ['api-json', J_500, E('api-overloaded')],
  ['api-json', J_OVERLOADED, E('api-overloaded')],
  ['api-json', J_503_SLOW, E('api-slow-down')],
  ['api-json', J_BILLING, E('api-quota')],
  ['api-json', J_CF_502_API, E('502')],
  ['api-json', '{"error": {"message": "Incorrect API key provided", "code": "invalid_api_key"}}', E('api-authentication')],

  // --- SDK traceback -------------------------------------------------------
  ['sdk-traceback', T_AUTH, E('api-authentication')],
  ['sdk-traceback', T_PERMISSION, E('api-permission')],
  ['sdk-traceback', T_NOTFOUND, E('api-not-found')],
  ['sdk-traceback', T_BADREQ, E('api-bad-request')],
  ['sdk-traceback', T_RATE, E('api-rate-limit')],
  ['sdk-traceback', T_QUOTA, E('api-quota')],
  ['sdk-traceback', T_TIMEOUT, E('api-connection')],
  ['sdk-traceback', T_CONNECTION, E('api-connection')],
  ['sdk-traceback', T_SSL, E('api-connection')],
  ['sdk-traceback', T_INTERNAL, E('api-overloaded')],
  ['sdk-traceback', T_503, E('api-slow-down')],
  ['sdk-traceback', T_V0_RATE, E('api-overloaded')],
  ['sdk-traceback', T_V0_CONN, E('api-connection')],
  ['sdk-traceback', T_V0_UNAVAILABLE, E('api-overloaded')],
  ['sdk-traceback', T_V0_AUTH, E('api-authentication')],
  ['sdk-traceback', T_NODE_401, E('api-authentication')],
  ['sdk-traceback', T_NODE_429, E('api-quota')],
  ['sdk-traceback', T_NODE_CONN, E('api-connection')],
  ['sdk-traceback', T_NODE_TIMEOUT, E('api-connection')],
  ['sdk-traceback', T_NODE_400, E('api-bad-request')],
  ['sdk-traceback', T_NODE_404, E('api-not-found')],
  ['sdk-traceback', T_LANGCHAIN, E('api-rate-limit')],
  ['sdk-traceback', T_502_SDK, E('502')],
  ['sdk-traceback', T_JS_FETCH, E('api-authentication')],

  // --- typo ----------------------------------------------------------------
  ['typo', 'bad gatway', E('502')],
  ['typo', 'to many request in 1 hour', E('too-many-requests-1-hour')],
  ['typo', 'servise unavailable', E('503')],
  ['typo', 'netwrok error', E('network-error')],
  ['typo', 'somthing went wrong', E('something-went-wrong')],
  ['typo', 'conversaton not found', E('conversation-not-found')],
  ['typo', 'eror in mesage stream', E('error-in-message-stream')],
  ['typo', 'internel server eror', E('500')],
  ['typo', 'gateway timout', E('504')],
  ['typo', 'unusal activity detected', E('unusual-activity')],
  ['typo', 'acess denied eror 1020', E('1020')],
  ['typo', 'insuficient_quota', E('api-quota')],
  ['typo', 'rate limt reached for gpt-4o', E('api-rate-limit')],
  ['typo', 'chatgpt is at capasity', E('at-capacity')],
  ['typo', 'you have reachd the current usage cap', E('usage-cap')],
  ['typo', 'the mesage you submited was too long', E('message-too-long')],
  ['typo', 'verfy you are human', E('cloudflare-challenge')],
  ['typo', 'this site cant be reched', E('cannot-reach-site')],
  ['typo', 'incorect api key provided', E('api-authentication')],
  ['typo', 'the engine is curently overloded', E('api-overloaded')],
  ['typo', 'there was an eror generating a responce', E('error-generating-response')],
  ['typo', 'only one mesage at a tiem', E('only-one-message')],
  ['typo', 'conection timed out 522', E('cloudflare-52x')],

  // --- question ------------------------------------------------------------
  ['question', 'why does chatgpt say too many requests in 1 hour', E('too-many-requests-1-hour')],
  ['question', 'is chatgpt down right now or is it just me', G('check-status-page')],
  ['question', 'why is chatgpt so slow today', E('slow-responses')],
  ['question', 'how do i fix network error on chatgpt', E('network-error')],
  ['question', "why can't i log in to chatgpt", E('login-failing')],
  ['question', 'what does 502 bad gateway mean on chatgpt', E('502')],
  ['question', 'when does the gpt-4 usage cap reset', E('usage-cap')],
  ['question', 'why does chatgpt keep saying something went wrong', E('something-went-wrong')],
  ['question', 'why is my openai api key not working', E('api-authentication')],
  ['question', 'why is chatgpt not available in my country', E('unsupported-region')],
  ['question', "why doesn't voice mode work in chatgpt", E('voice-mode-not-working')],
  ['question', "why won't the chatgpt desktop app open on my mac", E('desktop-app-not-working')],
  ['question', 'why does chatgpt keep asking me to verify i am human', E('cloudflare-challenge')],
  ['question', 'why did chatgpt say my message may violate the usage policies', E('content-policy-notice')],
  ['question', 'why does my python script time out when calling the openai api', E('api-connection')],
  ['question', 'what is error 1020 access denied', E('1020')],
  ['question', "why can't i upload files to chatgpt", E('file-upload-failing')],
  ['question', 'why is the chatgpt app not working on my iphone', E('mobile-app-not-working')],
  ['question', 'why does chatgpt stop in the middle of an answer', E('error-in-message-stream')],
  ['question', 'what does you exceeded your current quota mean', E('api-quota')],
  ['question', 'why does chatgpt say conversation not found when i open an old chat', E('conversation-not-found')],
  ['question', 'how long do i have to wait after the openai rate limit', E('api-rate-limit')],
  ['question', 'what does the model does not exist error mean', E('api-not-found')],
  ['question', 'why does chatgpt say my message is too long', E('message-too-long')],

  // --- other language ------------------------------------------------------
  ['other-language', 'Etwas ist schiefgelaufen', E('something-went-wrong')],
  ['other-language', 'Netzwerkfehler', E('network-error')],
  ['other-language', 'Zu viele Anfragen in 1 Stunde. Versuche es später noch einmal.', E('too-many-requests-1-hour')],
  ['other-language', 'Unterhaltung nicht gefunden', E('conversation-not-found')],
  ['other-language', 'Algo salió mal', E('something-went-wrong')],
  ['other-language', 'Error de red', E('network-error')],
  ['other-language', 'Demasiadas solicitudes en 1 hora. Inténtalo de nuevo más tarde.', E('too-many-requests-1-hour')],
  ['other-language', 'Erreur réseau', E('network-error')],
  ['other-language', "Un problème est survenu", E('something-went-wrong')],
  ['other-language', 'Conversation introuvable', E('conversation-not-found')],
  ['other-language', 'Algo deu errado', E('something-went-wrong')],
  ['other-language', 'Erro de rede', E('network-error')],
  ['other-language', 'Qualcosa è andato storto', E('something-went-wrong')],
  ['other-language', 'Errore di rete', E('network-error')],
  ['other-language', 'Er is iets misgegaan', E('something-went-wrong')],
  ['other-language', 'Netwerkfout', E('network-error')],
  ['other-language', 'Coś poszło nie tak', E('something-went-wrong')],
  ['other-language', 'Zbyt wiele żądań w ciągu 1 godziny', E('too-many-requests-1-hour')],
  ['other-language', 'Bir şeyler ters gitti', E('something-went-wrong')],
  ['other-language', 'Ağ hatası', E('network-error')],
  ['other-language', 'Что-то пошло не так', E('something-went-wrong')],
  ['other-language', 'Ошибка сети', E('network-error')],
  ['other-language', '問題が発生しました', E('something-went-wrong')],
  ['other-language', 'ネットワークエラー', E('network-error')],
  ['other-language', '문제가 발생했습니다', E('something-went-wrong')],
  ['other-language', '네트워크 오류', E('network-error')],
  ['other-language', '出了点问题', E('something-went-wrong')],
  ['other-language', '网络错误', E('network-error')],
  ['other-language', 'कुछ गलत हो गया', E('something-went-wrong')],
  ['other-language', 'Terjadi kesalahan jaringan', E('network-error')],
  ['other-language', 'Fehler im Nachrichtenstream', E('error-in-message-stream')],
  ['other-language', 'Ungewöhnliche Aktivität auf deinem Gerät festgestellt', E('unusual-activity')],

  // --- guide intent --------------------------------------------------------
  ['guide-intent', 'turn off vpn chatgpt', G('vpn-and-proxy')],
  ['guide-intent', 'clear chatgpt cookies in chrome', G('clear-site-data')],
  ['guide-intent', 'disable browser extensions', G('turn-off-extensions')],
  ['guide-intent', 'open chatgpt in incognito', G('private-window')],
  ['guide-intent', 'hard reload the page', G('refresh-then-hard-refresh')],
  ['guide-intent', 'restart my router', G('restart-router-flush-dns')],
  ['guide-intent', 'switch from wifi to mobile data', G('switch-network')],
  ['guide-intent', 'contact openai support', G('contact-support')],
  ['guide-intent', 'check openai status page', G('check-status-page')],
  ['guide-intent', 'start a new chat without losing my text', G('new-chat-keep-text')],
  ['guide-intent', 'log out and log back in to chatgpt', G('sign-out-and-back-in')],
  ['guide-intent', 'update the chatgpt app', G('update-or-reinstall-app')],
  ['guide-intent', 'secure my openai account after suspicious login', G('secure-your-account')],
  ['guide-intent', 'exponential backoff openai python', G('rate-limits-and-backoff')],
  ['guide-intent', 'add a payment method to the openai api', G('fix-api-billing')],
  ['guide-intent', 'buy openai api credits', G('fix-api-billing')],
  ['guide-intent', 'company firewall blocking chatgpt', G('work-network-and-tls-inspection')],
  ['guide-intent', 'use a different browser', G('try-another-browser-or-app')],
  ['guide-intent', 'keep working while chatgpt is down', G('protect-work-during-outage')],
  ['guide-intent', 'wait for the limit to reset', G('wait-out-a-limit')],
  ['guide-intent', 'turn off ad blocker for chatgpt', G('turn-off-extensions')],
  ['guide-intent', 'flush dns cache windows', G('restart-router-flush-dns')],

  // --- bare code -----------------------------------------------------------
  ['bare-code', 'ERR_CONNECTION_TIMED_OUT', E('cannot-reach-site')],
  ['bare-code', 'NET::ERR_CERT_AUTHORITY_INVALID', E('cannot-reach-site')],
  ['bare-code', 'DNS_PROBE_FINISHED_NXDOMAIN', E('cannot-reach-site')],
  ['bare-code', 'ERR_NAME_NOT_RESOLVED', E('cannot-reach-site')],
  ['bare-code', 'ERR_CONNECTION_RESET', E('cannot-reach-site')],
  ['bare-code', 'ERR_SSL_PROTOCOL_ERROR', E('cannot-reach-site')],
  ['bare-code', 'err_connection_refused', E('cannot-reach-site')],
  ['bare-code', 'ERR_TUNNEL_CONNECTION_FAILED', E('cannot-reach-site')],
  ['bare-code', '522', E('cloudflare-52x')],
  ['bare-code', 'error 524', E('cloudflare-52x')],
  ['bare-code', '520', E('cloudflare-52x')],
  ['bare-code', 'error code 526', E('cloudflare-52x')],
  ['bare-code', '530', E('cloudflare-52x')],
  ['bare-code', '1015', E('1015')],
  ['bare-code', 'error 1020', E('1020')],
  ['bare-code', '502', E('502')],
  ['bare-code', '503', E('503')],
  ['bare-code', 'HTTP 504', E('504')],
  ['bare-code', '500', E('500')],
  ['bare-code', '429', E('429')],
  ['bare-code', '401 api', E('api-authentication')],
  ['bare-code', 'context_length_exceeded', E('api-bad-request')],
  ['bare-code', 'invalid_api_key', E('api-authentication')],
  ['bare-code', 'model_not_found', E('api-not-found')],
  ['bare-code', 'unsupported_country_region_territory', E('api-permission')],
  ['bare-code', 'rate_limit_exceeded', E('api-rate-limit')],
  ['bare-code', 'insufficient_quota', E('api-quota')],
];

// ---------------------------------------------------------------------------
// TUNE HALF. The 66 cases of the first search work (1015 re-aimed at its own
// page), then cases added while tuning.
// ---------------------------------------------------------------------------

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

const TUNE_CASES: RelevanceCase[] = [
  { half: 'tune', category: 'bare-code', query: '502', expect: '/errors/502/' },
  { half: 'tune', category: 'bare-code', query: '504', expect: '/errors/504/' },
  { half: 'tune', category: 'bare-code', query: '503', expect: '/errors/503/' },
  { half: 'tune', category: 'bare-code', query: '500', expect: '/errors/500/' },
  { half: 'tune', category: 'bare-code', query: '429', expect: '/errors/429/' },
  { half: 'tune', category: 'bare-code', query: 'error 1020', expect: '/errors/1020/' },
  { half: 'tune', category: 'question', query: 'what does error code 504 mean', expect: '/errors/504/' },
  { half: 'tune', category: 'bare-code', query: 'chatgpt 502 cloudflare ray id', expect: '/errors/502/' },
  { half: 'tune', category: 'bare-code', query: 'HTTP/2 503', expect: '/errors/503/' },
  { half: 'tune', category: 'pasted-page', query: 'Too many requests in 1 hour. Try again later.', expect: '/errors/too-many-requests-1-hour/' },
  { half: 'tune', category: 'pasted-page', query: 'too many requests in 1 hour try again later', expect: '/errors/too-many-requests-1-hour/' },
  { half: 'tune', category: 'pasted-page', query: 'Hmm...something seems to have gone wrong.', expect: '/errors/hmm-something-went-wrong/' },
  { half: 'tune', category: 'pasted-page', query: 'hmm something seems to have gone wrong maybe try me again in a little bit', expect: '/errors/hmm-something-went-wrong/' },
  { half: 'tune', category: 'pasted-page', query: 'Error in message stream', expect: '/errors/error-in-message-stream/' },
  { half: 'tune', category: 'pasted-page', query: 'error in body stream', expect: '/errors/error-in-message-stream/' },
  { half: 'tune', category: 'pasted-page', query: 'There was an error generating a response', expect: '/errors/error-generating-response/' },
  { half: 'tune', category: 'pasted-page', query: '"Conversation not found"', expect: '/errors/conversation-not-found/' },
  { half: 'tune', category: 'pasted-page', query: 'Only one message at a time. Please allow any other responses to complete before sending another message, or wait one minute.', expect: '/errors/only-one-message/' },
  { half: 'tune', category: 'pasted-page', query: 'only one message at a time', expect: '/errors/only-one-message/' },
  { half: 'tune', category: 'pasted-page', query: 'Network error', expect: '/errors/network-error/' },
  { half: 'tune', category: 'pasted-page', query: 'A network error occurred.', expect: '/errors/network-error/' },
  { half: 'tune', category: 'pasted-page', query: 'message delivery timed out', expect: '/errors/network-error/' },
  { half: 'tune', category: 'pasted-page', query: 'Something went wrong. If this issue persists please contact us through our help center at help.openai.com.', expect: '/errors/something-went-wrong/' },
  { half: 'tune', category: 'pasted-page', query: 'Error: Something went wrong, please try reloading the conversation', expect: '/errors/something-went-wrong/' },
  { half: 'tune', category: 'pasted-page', query: 'Unusual activity has been detected from your device. Try again later.', expect: '/errors/unusual-activity/' },
  { half: 'tune', category: 'pasted-page', query: 'You are being rate limited', expect: '/errors/1015/' },
  { half: 'tune', category: 'pasted-page', query: 'The server is temporarily unable to service your request due to maintenance downtime or capacity problems', expect: '/errors/503/' },
  { half: 'tune', category: 'pasted-page', query: 'gateway time out', expect: '/errors/504/' },
  { half: 'tune', category: 'pasted-page', query: 'internal server error', expect: '/errors/500/' },
  { half: 'tune', category: 'pasted-page', query: 'access denied', expect: '/errors/1020/' },
  { half: 'tune', category: 'pasted-page', query: CLOUDFLARE_502, expect: '/errors/502/' },
  { half: 'tune', category: 'pasted-page', query: CLOUDFLARE_504, expect: '/errors/504/' },
  { half: 'tune', category: 'pasted-page', query: CLOUDFLARE_1020, expect: '/errors/1020/' },
  { half: 'tune', category: 'pasted-page', query: CLOUDFLARE_1015, expect: '/errors/1015/' },
  { half: 'tune', category: 'pasted-page', query: RAW_502, expect: '/errors/502/' },
  { half: 'tune', category: 'api-json', query: QUOTA_JSON, expect: '/errors/api-quota/' },
  { half: 'tune', category: 'sdk-traceback', query: RATE_LIMIT_SDK, expect: '/errors/api-rate-limit/' },
  { half: 'tune', category: 'sdk-traceback', query: SERVER_ERROR_SDK, expect: '/errors/api-overloaded/' },
  { half: 'tune', category: 'api-json', query: OVERLOADED_JSON, expect: '/errors/api-overloaded/' },
  { half: 'tune', category: 'api-json', query: 'insufficient_quota', expect: '/errors/api-quota/' },
  { half: 'tune', category: 'api-json', query: 'Rate limit reached for gpt-4o in organization on requests per min', expect: '/errors/api-rate-limit/' },
  { half: 'tune', category: 'question', query: 'works on my phone but not my laptop', expect: '/guides/try-another-browser-or-app/' },
  { half: 'tune', category: 'question', query: 'chatgpt keeps logging me out', expect: '/errors/login-failing/' },
  { half: 'tune', category: 'question', query: 'chatgpt answer stops halfway through', expect: '/errors/error-in-message-stream/' },
  { half: 'tune', category: 'question', query: 'chatgpt is really slow today', expect: '/errors/slow-responses/' },
  { half: 'tune', category: 'question', query: "can't upload a pdf to chatgpt", expect: '/errors/file-upload-failing/' },
  { half: 'tune', category: 'question', query: 'chatgpt app stuck on loading screen iphone', expect: '/errors/mobile-app-not-working/' },
  { half: 'tune', category: 'question', query: 'only fails on the office wifi', expect: '/guides/work-network-and-tls-inspection/' },
  { half: 'tune', category: 'guide-intent', query: 'is chatgpt down right now', expect: '/guides/check-status-page/' },
  { half: 'tune', category: 'question', query: 'code interpreter session expired', expect: '/errors/code-session-expired/' },
  { half: 'tune', category: 'guide-intent', query: 'how to clear cookies for chatgpt', expect: '/guides/clear-site-data/' },
  { half: 'tune', category: 'guide-intent', query: 'retry with exponential backoff', expect: '/guides/rate-limits-and-backoff/' },
  { half: 'tune', category: 'guide-intent', query: 'ad blocker breaks chatgpt', expect: '/guides/turn-off-extensions/' },
  { half: 'tune', category: 'question', query: 'chatgpt says too many requests', expect: '/errors/too-many-requests-1-hour/' },
  { half: 'tune', category: 'question', query: 'vpn blocked chatgpt', expect: '/errors/1020/' },
  { half: 'tune', category: 'guide-intent', query: 'icloud private relay', expect: '/guides/vpn-and-proxy/' },
  { half: 'tune', category: 'guide-intent', query: 'hard refresh chatgpt', expect: '/guides/refresh-then-hard-refresh/' },
  { half: 'tune', category: 'guide-intent', query: 'flush dns', expect: '/guides/restart-router-flush-dns/' },
  { half: 'tune', category: 'guide-intent', query: 'reinstall chatgpt app android', expect: '/guides/update-or-reinstall-app/' },
  { half: 'tune', category: 'question', query: 'suspicious activity detected on my account', expect: '/errors/unusual-activity/' },
  { half: 'tune', category: 'question', query: 'chatgpt stuck thinking forever before answering', expect: '/errors/slow-responses/' },
  { half: 'tune', category: 'question', query: 'network error on chatgpt only at work', expect: '/errors/network-error/' },
  { half: 'tune', category: 'bare-code', query: 'cloudflare error 1015', expect: '/errors/1015/' },
  { half: 'tune', category: 'question', query: '429 rate limit api python', expect: '/errors/api-rate-limit/' },
  { half: 'tune', category: 'api-json', query: 'The engine is currently overloaded', expect: '/errors/api-overloaded/' },
  { half: 'tune', category: 'api-json', query: 'api billing hard limit reached', expect: '/errors/api-quota/' },
];

const CHECK_CASES: RelevanceCase[] = CHECK.map(([category, query, expect]) => ({ half: 'check', category, query, expect }));

/**
 * The category of a tuning case written with its page (tests/e2e/relevance/):
 * read from the query's shape, so the authors only had to write the query.
 */
export function categoryOf(query: string): Category {
  if (/^\s*[{[]|"(error|code|type)"\s*:/.test(query)) return 'api-json';
  if (/Traceback|openai\.[A-Z]\w+Error|File ".*", line/.test(query)) return 'sdk-traceback';
  if (/^\s*(error\s*)?(\d{3,4}|(NET::)?[A-Z][A-Z0-9_:]{4,})\s*$/i.test(query)) return 'bare-code';
  if (/\n/.test(query) || /^[A-Z][^?]*[.!…]$/.test(query.trim())) return 'pasted-page';
  if (/\b(how|turn off|clear|reset|flush|restart|use|switch|disable|allow|fix)\b/i.test(query)) return 'guide-intent';
  return 'question';
}

/** One case per situation each new or rewritten page answers, written with the page (tuning half). */
const PAGE_CASES: RelevanceCase[] = [g1, g2, g3, g4, g5, g6, g8].flat().map(({ query, expected }) => ({ half: 'tune', category: categoryOf(query), query, expect: expected }));

export const CASES: RelevanceCase[] = [...CHECK_CASES, ...TUNE_CASES, ...PAGE_CASES];
