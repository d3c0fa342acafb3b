import { useTranslate } from 'react-admin';
import type { ImportRowError } from './importApi';

/** A problem's column: the header as written in the file, else the field's label, else nothing (a whole-row problem). */
export function useErrorColumnLabel(resource: string): (error: ImportRowError) => string {
  const translate = useTranslate();
  return (error) => error.column || (error.field ? translate(`resources.${resource}.fields.${error.field}`) : '');
}
