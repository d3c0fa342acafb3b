import type { BulkAnswer, BulkTarget } from '../dataProvider';

export type { BulkTarget, CrmDataProvider as BulkDataProvider } from '../dataProvider';

/** A bulk request's batch, as its answer names it (what `undoBulk` takes back). */
export type BatchId = BulkAnswer['batchId'];

export type BulkResult = BulkAnswer;

export function isFilterTarget(target: BulkTarget): target is { filter: Record<string, unknown> } {
  return 'filter' in target;
}
