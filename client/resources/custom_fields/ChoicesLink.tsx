import { Alert, Box, Button } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import AddIcon from '@mui/icons-material/Add';
import { useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useWatch } from 'react-hook-form';

/**
 * Beside a choice field's list: a link to that list's values on the lookups screen, and a warning when the list
 * has none yet (a new list starts empty).
 */
export function ChoicesLink() {
  const translate = useTranslate();
  const list = useWatch({ name: 'lookup' }) as string | undefined;
  const { total, isPending } = useGetList('lookups', { filter: { type: list }, pagination: { page: 1, perPage: 1 } }, { enabled: Boolean(list) });
  if (!list) return null;
  const name = translate(`enums.lookup_type.${list}`, { _: list });
  const to = `/lookups?filter=${encodeURIComponent(JSON.stringify({ type: list }))}`;
  const add = `/lookups/create?source=${encodeURIComponent(JSON.stringify({ type: list, sort_order: (total ?? 0) * 10 }))}`;
  return (
    <Box sx={{ alignSelf: 'center', mb: 2 }}>
      <Button component={Link} to={to} startIcon={<EditNoteIcon />} size="small">
        {translate('crm.custom_fields.edit_choices', { list: name })}
      </Button>
      <Button component={Link} to={add} startIcon={<AddIcon />} size="small">
        {translate('crm.custom_fields.add_choice')}
      </Button>
      {!isPending && total === 0 && <Alert severity="warning" sx={{ mt: 1 }}>{translate('crm.custom_fields.no_choices')}</Alert>}
    </Box>
  );
}
