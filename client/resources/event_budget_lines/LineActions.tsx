import { useState } from 'react';
import { IconButton, Tooltip } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { Confirm, useTranslate } from 'react-admin';
import type { BudgetLine } from './budgetMath';
import type { BudgetEditor } from './useBudgetEditor';

/** Edit and delete of one line (delete asks first), for those who may change the event's budget. */
export function LineActions({ line, editor, canEdit, canDelete }: { line: BudgetLine; editor: BudgetEditor; canEdit: boolean; canDelete: boolean }) {
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  return (
    <>
      {canEdit && (
        <Tooltip title={translate('crm.budget.actions.edit')}>
          <IconButton size="small" onClick={() => editor.start(line)} disabled={editor.busy} aria-label={translate('crm.budget.actions.edit')}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      {canDelete && (
        <Tooltip title={translate('crm.budget.actions.delete')}>
          <IconButton size="small" onClick={() => setAsking(true)} disabled={editor.busy} aria-label={translate('crm.budget.actions.delete')}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      <Confirm
        isOpen={asking}
        title="crm.budget.actions.delete"
        content="crm.budget.confirm_delete"
        translateOptions={{ item: line.item }}
        onConfirm={() => {
          setAsking(false);
          void editor.remove(line);
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
