import { resources } from '../resources/index.js';
import { enums } from '../resources/enums.js';
import { allFields, isSearchable, type FieldDef } from '../resources/types.js';
import { customLookupLists } from '../domain/customFields/customLists.js';

export interface ResourceMeta {
  name: string;
  group: string;
  title: string;
  defaultSort: [string, 'ASC' | 'DESC'];
  searchable: boolean;
  fields: Record<string, FieldDef>;
  /** present when rows may be imported from CSV/XLSX; `duplicateKey` names the field that finds an existing record */
  importable?: { duplicateKey?: string };
  /** an admin may add fields to it */
  customizable?: boolean;
}

export interface Meta {
  resources: Record<string, ResourceMeta>;
  enums: typeof enums;
  /** lookup lists that custom choice fields brought in, labelled by their field */
  lookupLists: Record<string, { zh: string; en: string }>;
}

/** What the client needs to build screens: fields with their types, lookups and references, and the enum lists. */
export function buildMeta(): Meta {
  const out: Record<string, ResourceMeta> = {};
  for (const def of Object.values(resources)) {
    out[def.name] = {
      name: def.name,
      group: def.group,
      title: def.title,
      defaultSort: def.defaultSort,
      searchable: isSearchable(def),
      fields: allFields(def),
      ...(def.importable ? { importable: def.importable } : {}),
      ...(def.customizable ? { customizable: true } : {}),
    };
  }
  return { resources: out, enums, lookupLists: Object.fromEntries(customLookupLists) };
}
