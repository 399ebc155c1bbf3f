// Ray ID and request ID for the support report, found in pasted error text.
// TODO(issue 4): use extractIds from src/lib/search/normalise.ts once search lands.
export function findReportIds(text: string): { rayId?: string; requestId?: string } {
  const ray = /\bRay ID:?\s*([0-9a-f]{16})(?:-[A-Z]{3})?\b/i.exec(text);
  const request = /\b(?:request[ _-]?id|x-request-id)["':\s]*([A-Za-z0-9_-]{8,64})/i.exec(text);
  return { ...(ray?.[1] ? { rayId: ray[1] } : {}), ...(request?.[1] ? { requestId: request[1] } : {}) };
}
