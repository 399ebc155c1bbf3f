import type { Problem } from './integrity';

/** The parts of a zod issue this module reads. */
export interface SchemaIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** `['fixes', 1, 'id']` → `fixes[1].id`, the same form the integrity check uses. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(entry)';
}

/** Schema failures as problems addressed by file and field. */
export function schemaProblems(file: string, issues: readonly SchemaIssue[]): Problem[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}
