import { createContext, useContext, useMemo } from 'react';
import type { Meta, ResourceMeta } from './types';
import { metaForRole } from './roleMeta';
import { currentProfile } from '../auth/session';

export const MetaContext = createContext<Meta | null>(null);

/** Asks /api/meta again (after the admin changed custom fields); resolves once the screens have the new metadata. */
export const MetaReloadContext = createContext<() => Promise<void>>(async () => {});

/** The field metadata loaded from /api/meta, as the signed-in user's role may use it (roleMeta.ts). */
export function useMeta(): Meta {
  const meta = useContext(MetaContext);
  if (!meta) throw new Error('useMeta() must be used inside <MetaProvider>');
  const role = currentProfile()?.user.role ?? null;
  return useMemo(() => metaForRole(meta, role), [meta, role]);
}

/** The metadata of one resource; throws for a resource the server does not declare. */
export function useResourceMeta(resource: string): ResourceMeta {
  const meta = useMeta();
  const found = meta.resources[resource];
  if (!found) throw new Error(`Unknown resource in /api/meta: ${resource}`);
  return found;
}

export function useMetaReload(): () => Promise<void> {
  return useContext(MetaReloadContext);
}
