// The report's browser line comes from the one user-agent table in src/lib/user-agent.ts.
export { describeUserAgent } from '../user-agent';
