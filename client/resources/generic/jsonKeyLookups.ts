/**
 * JSON objects whose keys are codes of a lookup list, by field name: follow-up `scores` rate each service
 * item (lookup `service_item`) from 1 to 5. Shown with the items' labels, edited as a row of stars per item.
 */
export const JSON_KEY_LOOKUPS: Record<string, string | undefined> = { scores: 'service_item' };
