import type { ReactNode } from 'react';
import { useLocaleState } from 'react-admin';
import type { FieldMeta } from '../meta/types';

/** A custom field's help text (set by the admin) in the current language, under its input. */
export function CustomHelp({ field }: { field: FieldMeta }) {
  const [locale] = useLocaleState();
  const help = field.custom?.help;
  if (!help) return null;
  return <>{(locale === 'en' ? help.en ?? help.zh : help.zh ?? help.en) ?? ''}</>;
}

/** The `helperText` prop of a custom field's input (nothing for a built-in field, which keeps its own). */
export function customHelperText(field: FieldMeta): { helperText?: ReactNode } {
  const help = field.custom?.help;
  return help && (help.zh || help.en) ? { helperText: <CustomHelp field={field} /> } : {};
}
