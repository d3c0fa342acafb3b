import type { ResourceDef } from '../../resources/types.js';
import { getResource } from '../../resources/index.js';

/**
 * The complaints definition, looked up when used: importing resources/complaints.ts directly from here would close
 * a loop (the definition's write hook lives in this folder) and leave it undefined for whoever loads first.
 */
export function complaintsDef(): ResourceDef {
  const def = getResource('complaints');
  if (!def) throw new Error('complaints is not registered');
  return def;
}
