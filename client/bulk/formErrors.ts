import type { ResourceMeta } from '../meta/types';
import { ADD, isListField } from './bulkFields';

/**
 * The server's field reasons in the shape of the dialog's form: a list field's reason goes beside its "add"
 * input (the list as a whole is what the server checked).
 */
export function formErrors(resource: ResourceMeta, fieldErrors: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const add: Record<string, string> = {};
  for (const [name, reason] of Object.entries(fieldErrors)) {
    const field = resource.fields[name];
    if (field && isListField(field)) add[name] = reason;
    else out[name] = reason;
  }
  if (Object.keys(add).length) out[ADD] = add;
  return out;
}
