// G4 (ChatGPT messages): queries written as a stuck person would paste or type
// them, before looking at how the pages word things. The lead wires these into
// the relevance suite (tuning half).
export const cases = [
  // usage cap (new page)
  { query: "You've reached the current usage cap for GPT-4o, please try again after 3:15 PM", expected: '/errors/usage-cap/' },
  { query: "You've hit the Free plan limit for GPT-4o. Responses will use another model until your limit resets after 6:35 PM.", expected: '/errors/usage-cap/' },
  { query: 'chatgpt image generation limit reached when does it reset', expected: '/errors/usage-cap/' },
  // too long (new page)
  { query: 'The message you submitted was too long, please reload the conversation and submit something shorter.', expected: '/errors/message-too-long/' },
  { query: 'The conversation is too long, please start a new one.', expected: '/errors/message-too-long/' },
  { query: 'chatgpt says my pasted text is too long', expected: '/errors/message-too-long/' },
  // generating-response variants
  { query: 'Something went wrong while generating the response. If this issue persists please contact us through our help center at help.openai.com.', expected: '/errors/error-generating-response/' },
  { query: 'There was an error generating a response Regenerate', expected: '/errors/error-generating-response/' },
  // something went wrong / hmm
  { query: 'Something went wrong, please try reloading the conversation.', expected: '/errors/something-went-wrong/' },
  { query: 'Hmm...something seems to have gone wrong. Maybe try me again in a little bit.', expected: '/errors/hmm-something-went-wrong/' },
  // network / stream
  { query: 'A network error occurred. Please check your connection and try again.', expected: '/errors/network-error/' },
  { query: 'Error in body stream', expected: '/errors/error-in-message-stream/' },
  { query: 'chatgpt answer stops halfway error in message stream', expected: '/errors/error-in-message-stream/' },
  // conversation variants
  { query: 'Unable to load conversation 67707765-cef8-8006-a8a7-72c985c16783', expected: '/errors/conversation-not-found/' },
  { query: 'Unable to load history', expected: '/errors/conversation-not-found/' },
  { query: 'my old chatgpt chat will not open', expected: '/errors/conversation-not-found/' },
  // limits and timing
  { query: 'Too many requests in 1 hour. Try again later.', expected: '/errors/too-many-requests-1-hour/' },
  { query: 'Only one message at a time. Please allow any other responses to complete', expected: '/errors/only-one-message/' },
  { query: 'chatgpt wont let me send another message, reply still running in other tab', expected: '/errors/only-one-message/' },
  // unusual activity variants
  { query: 'Our systems have detected unusual activity from your system. Please try again later.', expected: '/errors/unusual-activity/' },
  { query: 'Unusual activity has been detected from your device. Try again later. (8f3a1c2b4d5e6f70-FRA)', expected: '/errors/unusual-activity/' },
];
