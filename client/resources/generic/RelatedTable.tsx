import { Box } from '@mui/material';
import { CreateButton, DataTable, Pagination, ReferenceManyField, ResourceContextProvider, useRecordContext } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { listColumns } from './columns';
import { fieldFor } from './fieldFor';
import { usePreferredColumns } from '../ListColumnsContext';

export interface RelatedTableProps {
  /** the resource whose records point at the record in context */
  reference: string;
  /** its field holding the record's id */
  target: string;
  /** columns to show (default: the list columns of `reference`, less `target`) */
  columns?: readonly string[];
  perPage?: number;
}

/** The records of another resource that belong to the record in context, as a small paginated table. */
export function RelatedTable({ reference, target, columns, perPage = 10 }: RelatedTableProps) {
  const record = useRecordContext();
  const meta = useResourceMeta(reference);
  const preferred = usePreferredColumns(reference);
  const cols = listColumns(meta, columns ?? preferred).filter((c) => c !== target);
  const [field, order] = meta.defaultSort;
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <ResourceContextProvider value={reference}>
          <CreateButton resource={reference} state={{ record: { [target]: record?.id } }} />
        </ResourceContextProvider>
      </Box>
      <ReferenceManyField reference={reference} target={target} sort={{ field, order }} perPage={perPage} pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          {cols.map((name) => (
            <DataTable.Col key={name} source={name} disableSort={!meta.fields[name].sortable}>
              {fieldFor(name, meta.fields[name])}
            </DataTable.Col>
          ))}
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}
