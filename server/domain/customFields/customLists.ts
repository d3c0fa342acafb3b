/**
 * Lookup lists that custom choice fields brought in (not among the built-in lists), each named by its field's
 * label: kept apart from the registry so that the labels module can read it without importing the engine.
 */
export const customLookupLists = new Map<string, { zh: string; en: string }>();
