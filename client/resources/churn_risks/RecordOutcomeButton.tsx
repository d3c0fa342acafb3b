import { useState } from 'react';
import { Button } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useRecordContext, useTranslate } from 'react-admin';
import { isClosed } from './churnRules';
import { RecordOutcomeDialog } from './RecordOutcomeDialog';

/** The row's quick "record outcome" (记录结果); a closed risk has nothing left to record. */
export function RecordOutcomeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record || isClosed(String(record.status))) return null;
  return (
    <>
      <Button size="small" startIcon={<EditNoteIcon />} onClick={(e) => { e.stopPropagation(); setOpen(true); }}>
        {translate('crm.churn.record.button')}
      </Button>
      {open ? <span onClick={(e) => e.stopPropagation()}><RecordOutcomeDialog record={record} onClose={() => setOpen(false)} /></span> : null}
    </>
  );
}
