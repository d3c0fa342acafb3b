import type { z } from 'zod';
import { reason, type Reason } from '../rest/reasons.js';

/** A zod issue as the reason shown beside the field (the same words as the generic field checks). */
function issueReason(issue: z.core.$ZodIssue): Reason {
  switch (issue.code) {
    case 'invalid_type': return reason(issue.expected === 'number' ? 'not_number' : issue.expected === 'boolean' ? 'not_boolean' : issue.expected === 'string' ? 'not_text' : 'required');
    case 'too_small': return issue.origin === 'string' ? reason('required') : reason('too_small', { min: Number(issue.minimum) });
    case 'too_big': return issue.origin === 'string' ? reason('too_long', { max: Number(issue.maximum) }) : reason('too_big', { max: Number(issue.maximum) });
    case 'invalid_value': return reason('bad_choice', { options: issue.values.map(String).join(', ') });
    case 'unrecognized_keys': return reason('unknown_field');
    case 'custom': return reason('cents');
    default: return reason(issue.message === 'Invalid input: expected int, received number' ? 'not_integer' : 'not_number');
  }
}

/** Every issue of a failed parse as `prefix.path` → reason, the first reason per field kept. */
export function errorsOf(error: z.ZodError, prefix: string, into: Record<string, Reason>): void {
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of keys) {
      const key = [prefix, ...path.map(String)].filter(Boolean).join('.');
      into[key] ??= issue.code === 'invalid_format' || (issue.code === 'invalid_type' && issue.expected === 'int') ? reason('not_integer') : issueReason(issue);
    }
  }
}
