import { useLocaleState } from 'react-admin';

interface Named {
  name: string;
  name_en?: string | null;
}

/** A tier's name in the user's language: the English name when there is one and the app is in English. */
export function tierName(tier: Named, locale: string): string {
  return locale === 'en' && tier.name_en ? tier.name_en : tier.name;
}

export function useTierName(): (tier: Named) => string {
  const [locale] = useLocaleState();
  return (tier) => tierName(tier, locale);
}
