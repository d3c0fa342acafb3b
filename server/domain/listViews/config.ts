import { z } from 'zod';
import { AppError } from '../../errors.js';
import { parseListQuery } from '../../rest/listQuery.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { allFields, type ResourceDef } from '../../resources/types.js';
import { errorsOf } from '../zodReasons.js';
import { MAX_WIDTH, MIN_WIDTH, PER_PAGE } from './limits.js';


const columnSchema = z.strictObject({
  source: z.string().min(1).max(80),
  hidden: z.boolean().optional(),
  // pixels; absent: the column takes the width its content asks for
  width: z.int().min(MIN_WIDTH).max(MAX_WIDTH).optional(),
});

/**
 * What a saved view holds. `columns` are by field name, in the order shown; a column marked `hidden` keeps its
 * place for when it is shown again, and a field the view does not name (a field added later) is left to the
 * list's own choice. `filter` and `sort` are the list's query (ra-data-simple-rest's `filter` and `sort`).
 */
export const configSchema = z.strictObject({
  columns: z.array(columnSchema).max(200),
  density: z.enum(['compact', 'comfortable']),
  filter: z.record(z.string(), z.unknown()),
  sort: z.strictObject({ field: z.string().min(1).max(80), order: z.enum(['ASC', 'DESC']) }).nullable(),
  per_page: z.literal(PER_PAGE),
});

export type ViewConfig = z.infer<typeof configSchema>;

/** The column a list may show: any field the resource's meta lists, but not a write-only one (a password). */
function showable(def: ResourceDef, source: string): boolean {
  const fields = allFields(def);
  return Object.hasOwn(fields, source) && !fields[source].writeOnly;
}

/**
 * Checks a view's config against the list it is for: its shape, its columns (fields of that resource, each once),
 * and its filter and sort as the list endpoint itself would read them. Answers `config.<path>` → reason.
 */
export function configErrors(def: ResourceDef, raw: unknown): Record<string, Reason> {
  const errors: Record<string, Reason> = {};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    errorsOf(parsed.error, 'config', errors);
    return errors;
  }
  const config = parsed.data;
  const seen = new Set<string>();
  config.columns.forEach((c, i) => {
    if (!showable(def, c.source)) errors[`config.columns.${i}.source`] = reason('unknown_field');
    else if (seen.has(c.source)) errors[`config.columns.${i}.source`] = reason('duplicate_column', { source: c.source });
    seen.add(c.source);
  });
  try {
    parseListQuery(def, {
      filter: JSON.stringify(config.filter),
      ...(config.sort ? { sort: JSON.stringify([config.sort.field, config.sort.order]) } : {}),
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    for (const [key, r] of Object.entries(err.errors)) {
      errors[key === 'sort' ? 'config.sort' : key === 'filter' ? 'config.filter' : `config.filter.${key}`] = r;
    }
  }
  return errors;
}
