import { useLocale } from 'react-admin';
import { languageTag } from '../../i18n/formats';

/** Formats a count the way the user's language groups digits: 1,234. */
export function useCount(): (n: number) => string {
  const locale = useLocale();
  return (n) => n.toLocaleString(languageTag(locale));
}
