import { createContext, useContext } from 'react';
import type { Meta, ResourceMeta } from './types';

export const MetaContext = createContext<Meta | null>(null);

/** The field metadata loaded from /api/meta at start. */
export function useMeta(): Meta {
  const meta = useContext(MetaContext);
  if (!meta) throw new Error('useMeta() must be used inside <MetaProvider>');
  return meta;
}

/** The metadata of one resource; throws for a resource the server does not declare. */
export function useResourceMeta(resource: string): ResourceMeta {
  const meta = useMeta();
  const found = meta.resources[resource];
  if (!found) throw new Error(`Unknown resource in /api/meta: ${resource}`);
  return found;
}
