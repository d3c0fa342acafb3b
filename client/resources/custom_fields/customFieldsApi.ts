import type { Identifier } from 'react-admin';
import type { HttpClient } from '../../dataProvider';

/** Deleting a custom field: how many records hold a value, and the deletion itself (the key typed back). */
export interface CustomFieldMethods {
  customFieldUsage: (id: Identifier) => Promise<{ key: string; count: number }>;
  deleteCustomField: (id: Identifier, confirmKey: string) => Promise<void>;
}

export function customFieldMethods(http: HttpClient): CustomFieldMethods {
  const path = (id: Identifier) => `/api/custom_fields/${encodeURIComponent(String(id))}`;
  return {
    customFieldUsage: async (id) => (await http(`${path(id)}/usage`)).json as { key: string; count: number },
    deleteCustomField: async (id, confirmKey) => {
      await http(`${path(id)}?confirm=${encodeURIComponent(confirmKey)}`, { method: 'DELETE' });
    },
  };
}
