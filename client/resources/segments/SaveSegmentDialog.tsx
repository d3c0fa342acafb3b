import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import {
  Form, maxLength, RecordContextProvider, required, ResourceContextProvider, SaveButton, TextInput, useCreate, useNotify, useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { useProfile } from '../../auth/useProfile';
import { requestFailure } from '../../bulk/bulkErrors';
import { SegmentFilterField } from './SegmentFilterField';

export interface SaveSegmentDialogProps {
  filter: Record<string, unknown>;
  onClose: () => void;
}

/** Names the customers list's current filter and keeps it as a shared segment. */
export function SaveSegmentDialog({ filter, onClose }: SaveSegmentDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const profile = useProfile();
  const [create] = useCreate();
  const submit = async (values: FieldValues) => {
    try {
      const data = { name: values.name, description: values.description || null, filter, shared: true, owner_id: profile?.user.id ?? null };
      await create('segments', { data }, { returnPromise: true });
      notify('crm.bulk.segments.saved', { type: 'success', messageArgs: { name: values.name } });
      onClose();
      return undefined;
    } catch (error) {
      const { message, fieldErrors } = requestFailure(error);
      if (Object.keys(fieldErrors).length) return fieldErrors;
      notify(message || 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="save-segment-title">
      <ResourceContextProvider value="segments">
        <Form onSubmit={submit} record={{}} noValidate>
          <DialogTitle id="save-segment-title">{translate('crm.bulk.segments.save_title')}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('crm.bulk.segments.save_hint')}
            </Typography>
            {Object.keys(filter).length === 0 ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate('crm.bulk.segments.empty_filter')}
              </Alert>
            ) : (
              <Box sx={{ mb: 2 }}>
                <RecordContextProvider value={{ id: 0, filter }}>
                  <SegmentFilterField />
                </RecordContextProvider>
              </Box>
            )}
            <TextInput source="name" validate={[required(), maxLength(100)]} autoFocus />
            <TextInput source="description" validate={maxLength(1000)} multiline minRows={2} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
}
