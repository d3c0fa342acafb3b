import { createContext, useContext } from 'react';

/**
 * The list columns each resource's index.ts names, by resource, so that a related table on another
 * resource's page (a customer's vehicles, a user's complaints) shows the same columns as the list.
 */
export const ListColumnsContext = createContext<Record<string, readonly string[] | undefined>>({});

export function usePreferredColumns(resource: string): readonly string[] | undefined {
  return useContext(ListColumnsContext)[resource];
}
