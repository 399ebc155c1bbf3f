// G8 history: what people paste or type when ChatGPT's sidebar shows no past chats.
// Written before looking at how the page words it; the lead wires these into the suite.
export const cases = [
  { query: "Not seeing what you expected here? Don't worry, your conversation data is preserved! Check back soon.", expected: '/errors/history-not-loading/' },
  { query: 'Chat History is off for this browser.', expected: '/errors/history-not-loading/' },
  { query: "We're working to restore this feature as soon as possible", expected: '/errors/history-not-loading/' },
  { query: 'chatgpt sidebar empty no old chats', expected: '/errors/history-not-loading/' },
  { query: 'chatgpt chat history not showing in sidebar', expected: '/errors/history-not-loading/' },
  { query: 'my previous chats are gone from the left side chatgpt', expected: '/errors/history-not-loading/' },
  { query: 'temporary chat not in chatgpt history', expected: '/errors/history-not-loading/' },
];
