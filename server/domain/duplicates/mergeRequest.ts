import { z } from 'zod';
import { badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { errorsOf } from '../zodReasons.js';

/** POST /api/duplicates/merge's body: which customer stays, which goes, the versions reviewed, the field choices. */
const id = z.number().int().positive();
const schema = z.strictObject({
  keep_id: id,
  remove_id: id,
  keep_version: z.number().int().positive().optional(),
  remove_version: z.number().int().positive().optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});

export interface MergeRequest {
  keep_id: number;
  remove_id: number;
  keep_version?: number;
  remove_version?: number;
  fields: Record<string, unknown>;
}

export function parseMergeRequest(body: unknown): MergeRequest {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const errors: Record<string, Reason> = {};
    errorsOf(parsed.error, '', errors);
    throw badRequest(errors);
  }
  if (parsed.data.keep_id === parsed.data.remove_id) throw badRequest({ remove_id: reason('same_customer') });
  return { ...parsed.data, fields: parsed.data.fields ?? {} };
}
