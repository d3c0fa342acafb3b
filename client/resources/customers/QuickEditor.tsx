import { useRef, useState, type KeyboardEvent } from 'react';
import { CircularProgress, InputAdornment, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FieldMeta } from '../../meta/types';
import { useQuickChoices } from './useQuickChoices';

export interface QuickEditorProps {
  source: string;
  field: FieldMeta;
  value: unknown;
  isPending: boolean;
  error: string | null;
  onSave: (value: unknown) => void;
  onCancel: () => void;
}

const SELECTS: FieldMeta['type'][] = ['enum', 'lookup', 'reference'];
const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/**
 * The input of a cell being edited. Text and dates: Enter or leaving the cell saves, Esc cancels. Selects open
 * at once; picking a value saves it, Esc or clicking away cancels.
 */
export function QuickEditor({ source, field, value, isPending, error, onSave, onCancel }: QuickEditorProps) {
  const translate = useTranslate();
  const choices = useQuickChoices(field, value);
  const [text, setText] = useState(asText(value));
  const picked = useRef(false);
  const spinner = isPending ? (
    <InputAdornment position="end">
      <CircularProgress size={14} aria-label={translate('ra.page.loading')} />
    </InputAdornment>
  ) : undefined;
  const common = {
    size: 'small' as const,
    variant: 'outlined' as const,
    autoFocus: true,
    error: !!error,
    disabled: isPending,
    name: source,
    sx: { minWidth: 120, my: -0.5 },
    inputProps: { 'aria-label': translate(`resources.customers.fields.${source}`, { _: source }) },
  };

  if (SELECTS.includes(field.type)) {
    const current = asText(value);
    const options = current && !choices.some((c) => String(c.id) === current) ? [...choices, { id: current, name: current }] : choices;
    return (
      <TextField
        {...common}
        select
        value={current}
        onChange={(event) => {
          picked.current = true;
          const next = event.target.value;
          const chosen = options.find((c) => String(c.id) === next)?.id ?? null;
          if (next === current) onCancel();
          else onSave(next === '' ? null : chosen);
        }}
        slotProps={{
          select: {
            defaultOpen: !isPending,
            // a pick fires close then change in one go: wait for the change before calling it a cancel
            onClose: () => queueMicrotask(() => !picked.current && onCancel()),
            endAdornment: spinner,
          },
        }}
      >
        {!field.required && <MenuItem value="">{translate('crm.bulk.quick_edit.none')}</MenuItem>}
        {options.map((choice) => (
          <MenuItem key={String(choice.id)} value={String(choice.id)}>
            {choice.name}
          </MenuItem>
        ))}
      </TextField>
    );
  }

  const commit = () => {
    if (text === asText(value)) onCancel();
    else if (field.type === 'integer' || field.type === 'money') onSave(text === '' ? null : Number(text));
    else onSave(text === '' ? null : text);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const type = field.type === 'date' ? 'date' : field.type === 'integer' || field.type === 'money' ? 'number' : 'text';
  return (
    <TextField
      {...common}
      type={type}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => !isPending && commit()}
      slotProps={{ input: { endAdornment: spinner } }}
    />
  );
}
