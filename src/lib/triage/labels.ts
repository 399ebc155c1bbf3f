/** Words for the verdicts an outcome can give, shown on outcome pages and in the report. */
import type { Verdict } from '../content/enums';

export const VERDICT_LABEL: Record<Verdict, string> = {
  'service-outage': 'Service outage',
  'your-browser': 'Your browser',
  'your-network': 'Your network or VPN',
  'your-account-or-limit': 'Your account or a rate limit',
  'the-app': 'The app',
  unclear: 'Not clear from your answers yet',
};
