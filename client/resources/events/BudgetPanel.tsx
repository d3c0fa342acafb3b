import { Alert, Box, Button, LinearProgress, Typography, useMediaQuery, type Theme } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { BudgetLine } from '../event_budget_lines/budgetMath';
import { BudgetCards } from '../event_budget_lines/BudgetCards';
import { BudgetSummary } from '../event_budget_lines/BudgetSummary';
import { BudgetTable } from '../event_budget_lines/BudgetTable';
import { useBudgetEditor } from '../event_budget_lines/useBudgetEditor';

/** An event has a few dozen lines at most: all of them in one request. */
const ALL_LINES = { page: 1, perPage: 500 };

/**
 * The budget tab of the event workspace: the event's lines with planned and actual cost, added and changed in
 * place, their totals (which the server writes onto the event as its budget and actual cost) and a bar per
 * category. Read-only for a role that may not change the lines.
 */
export function BudgetPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const eventId = Number(record?.id ?? 0);
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const { canAccess: canCreate } = useCanAccess({ resource: 'event_budget_lines', action: 'create' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'event_budget_lines', action: 'edit' });
  const { canAccess: canDelete } = useCanAccess({ resource: 'event_budget_lines', action: 'delete' });
  const { data, isPending, error } = useGetList<BudgetLine>(
    'event_budget_lines',
    { filter: { event_id: eventId }, pagination: ALL_LINES, sort: { field: 'id', order: 'ASC' } },
    { enabled: eventId > 0 },
  );
  const editor = useBudgetEditor(eventId);
  if (!record) return null;
  if (isPending) return <LinearProgress />;
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const lines = data ?? [];
  const cancelled = record.status === 'cancelled';
  const View = phone ? BudgetCards : BudgetTable;
  return (
    <Box sx={{ width: '100%' }} data-testid="budget-panel">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">{lines.length ? translate('crm.budget.derived') : translate('crm.budget.empty')}</Typography>
        {canCreate && !cancelled && editor.editing === null && (
          <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => editor.start()}>{translate('crm.budget.add')}</Button>
        )}
      </Box>
      {lines.length > 0 && <BudgetSummary lines={lines} />}
      {(lines.length > 0 || editor.editing === 'new') && <View lines={lines} editor={editor} canEdit={!!canEdit} canDelete={!!canDelete} />}
    </Box>
  );
}
