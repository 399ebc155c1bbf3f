/** Words for the verdicts an outcome can give, shown on outcome pages and in the report. */
export const VERDICT_LABEL: Record<string, string> = {
  'service-outage': 'Service outage',
  'your-browser': 'Your browser',
  'your-network': 'Your network or VPN',
  'your-account-or-limit': 'Your account or a rate limit',
  'the-app': 'The app',
};

/** The fault colour an outcome page borrows from error pages. */
export const VERDICT_FAULT: Record<string, 'upstream' | 'local' | 'either'> = {
  'service-outage': 'upstream',
  'your-browser': 'local',
  'your-network': 'local',
  'your-account-or-limit': 'local',
  'the-app': 'local',
};
