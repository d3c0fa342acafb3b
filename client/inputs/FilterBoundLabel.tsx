import { useResourceContext, useTranslate, useTranslateLabel } from 'react-admin';

/** The label of one end of a date-range filter: "生日 从" / "Birthday from". */
export function FilterBoundLabel({ source, bound }: { source: string; bound: 'from' | 'to' }) {
  const resource = useResourceContext();
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const field = translateLabel({ source, resource });
  return <span>{translate(`crm.filters.${bound}`, { field })}</span>;
}
