import { useState, type ReactNode } from 'react';
import { BulkActionsToolbar, useListContext, useResourceContext, useTranslate, type Identifier } from 'react-admin';
import { formatInteger } from '../i18n/formats';
import type { BulkTarget } from './bulkTypes';
import { BulkDeleteButton } from './BulkDeleteButton';
import { BulkEditButton } from './BulkEditButton';
import { SelectionBanner } from './SelectionBanner';
import { useBulkRights } from './useBulkRights';

const signatureOf = (filter: unknown, ids: Identifier[]) => JSON.stringify([filter, [...ids].map(String).sort()]);

/**
 * The bar over a list once rows are ticked: how many, bulk edit and bulk delete (each only with its right),
 * a list's own actions on the same target (`extra`: the customers' invitation), and the banner that widens the selection to every record matching the filter. "All matching" holds only
 * for the selection and filter it was chosen on: untick a row or change the filter and it is the ticked rows again.
 */
export function BulkToolbar({ extra }: { extra?: (target: BulkTarget, count: number) => ReactNode }) {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { selectedIds, data, total, filterValues, onUnselectItems } = useListContext();
  const { canBulkUpdate, canBulkDelete } = useBulkRights(resource);
  const signature = signatureOf(filterValues, selectedIds);
  const [allFor, setAllFor] = useState<string | null>(null);
  const pageCount = data?.length ?? 0;
  const pageSelected = pageCount > 0 && !!data?.every((record) => selectedIds.includes(record.id));
  const matching = total ?? 0;
  const offersAll = pageSelected && matching > pageCount;
  const allMatching = offersAll && allFor === signature;
  const target: BulkTarget = allMatching ? { filter: filterValues } : { ids: selectedIds };
  const label = allMatching ? translate('crm.bulk.selection.all_selected_label', { count: formatInteger(matching) }) : undefined;
  return (
    <>
      <BulkActionsToolbar label={label} selectAllButton={false}>
        {canBulkUpdate && <BulkEditButton resource={resource} target={target} />}
        {extra?.(target, allMatching ? matching : selectedIds.length)}
        {canBulkDelete && <BulkDeleteButton resource={resource} target={target} />}
      </BulkActionsToolbar>
      {offersAll && (
        <SelectionBanner
          pageCount={pageCount}
          total={matching}
          allMatching={allMatching}
          onSelectAll={() => setAllFor(signature)}
          onClear={() => onUnselectItems()}
        />
      )}
    </>
  );
}
