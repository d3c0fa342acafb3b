import type { FormEvent } from 'react';
import { Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import type { BudgetEditor } from './useBudgetEditor';

const label = (field: string) => `resources.event_budget_lines.fields.${field}`;

/** The inputs of one line, opened in place of its row or card; a refused value shows the server's reason under it. */
export function BudgetLineEditor({ editor }: { editor: BudgetEditor }) {
  const translate = useTranslate();
  const { enums } = useMeta();
  const { draft, errors, busy, change } = editor;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void editor.save();
  };
  const input = (field: 'item' | 'planned' | 'actual' | 'vendor' | 'notes', width: object, extra: object = {}) => (
    <TextField
      size="small"
      label={translate(label(field))}
      value={draft[field]}
      onChange={(e) => change(field, e.target.value)}
      error={!!errors[field]}
      helperText={errors[field] ?? ' '}
      sx={width}
      {...extra}
    />
  );
  const amount = { slotProps: { htmlInput: { inputMode: 'decimal' } } };
  return (
    <Box component="form" noValidate onSubmit={submit} data-testid="budget-line-editor" sx={{ py: 1 }}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.5, alignItems: 'flex-start' }}>
        {input('item', { flex: '2 1 200px' }, { required: true, autoFocus: true })}
        <TextField
          select
          size="small"
          label={translate(label('category'))}
          value={draft.category}
          onChange={(e) => change('category', e.target.value)}
          error={!!errors.category}
          helperText={errors.category ?? ' '}
          sx={{ flex: '1 1 130px' }}
        >
          {(enums.budget_category ?? []).map((c) => (
            <MenuItem key={c} value={c}>{translate(`enums.budget_category.${c}`)}</MenuItem>
          ))}
        </TextField>
        {input('planned', { flex: '1 1 120px' }, { required: true, ...amount })}
        {input('actual', { flex: '1 1 120px' }, amount)}
        {input('vendor', { flex: '1.5 1 160px' })}
        {input('notes', { flex: '2 1 200px' })}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={editor.cancel} disabled={busy}>{translate('crm.budget.actions.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={busy}>{translate('crm.budget.actions.save')}</Button>
      </Stack>
    </Box>
  );
}
