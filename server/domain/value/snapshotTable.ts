/**
 * The monthly value snapshots' table. Its own module, with no imports, so that the customers list's filters can
 * name it without loading the snapshot writer (care settings → audit → the resource registry → customers: a cycle).
 */
export const SNAPSHOTS = 'customer_value_snapshots';
