import { useTranslate, useTranslateLabel } from 'react-admin';
import type { ResourceMeta } from '../../meta/types';

/** "搜索 标题、描述": the search box says which fields it looks in. */
export function useSearchPlaceholder(resource: ResourceMeta): string {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const fields = Object.entries(resource.fields)
    .filter(([, f]) => f.searchable)
    .map(([source]) => translateLabel({ source, resource: resource.name }))
    .join(translate('crm.list.separator'));
  return translate('crm.list.search_in', { fields });
}
