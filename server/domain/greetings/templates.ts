import type { Row } from '../../resources/types.js';

/**
 * A greeting's words: the template chosen for the customer's tier, language and channel, its placeholders
 * filled in. Placeholders: {name} the customer, {holiday} the festival, {years} how many years the car has
 * been theirs, {model} the car, {dealer} who greets.
 */
export interface Template {
  id: number;
  touch_type: string;
  tier_id: number | null;
  locale: string;
  channel: string | null;
  body: string;
  gift: string | null;
}

export type Placeholders = Partial<Record<'name' | 'holiday' | 'years' | 'model' | 'dealer', string | number>>;

export const PLACEHOLDERS = ['name', 'holiday', 'years', 'model', 'dealer'] as const;

/** Fills `{key}` with its value; an unknown or missing placeholder is left as written, so a typo shows. */
export function render(body: string, values: Placeholders): string {
  return body.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = values[key as keyof Placeholders];
    return v === undefined || v === null || v === '' ? whole : String(v);
  });
}

/** Used when no active template of the kind exists, so a greeting is never empty. */
const BUILT_IN: Record<string, Record<'zh' | 'en', string>> = {
  birthday: { zh: '尊敬的{name}：{dealer}全体员工祝您生日快乐！', en: 'Dear {name}, everyone at {dealer} wishes you a happy birthday!' },
  holiday: { zh: '尊敬的{name}：{dealer}祝您{holiday}快乐，出行平安！', en: 'Dear {name}, {dealer} wishes you a happy {holiday} and safe travels!' },
  anniversary: {
    zh: '尊敬的{name}：您的爱车{model}{years}岁了！感谢您{years}年来的信任与陪伴。——{dealer}',
    en: 'Dear {name}, your {model} is {years} year(s) old today! Thank you for your trust. — {dealer}',
  },
};

export function builtInBody(touchType: string, locale: string): string {
  const texts = BUILT_IN[touchType] ?? BUILT_IN.birthday;
  return locale === 'en' ? texts.en : texts.zh;
}

/**
 * The best template for a customer: in their language before Chinese (the fallback language); within a
 * language, one for their tier before one for every tier (no tier) before another tier's; one for the touch's
 * channel before one for any channel. A template for another channel is never used.
 */
export function chooseTemplate(templates: readonly Template[], want: { touchType: string; tierId: number | null; locale: string; channel: string }): Template | null {
  let best: Template | null = null;
  let bestScore = -1;
  for (const t of templates) {
    if (t.touch_type !== want.touchType) continue;
    if (t.channel && t.channel !== want.channel) continue;
    const lang = t.locale === want.locale ? 2 : t.locale === 'zh' ? 1 : 0;
    if (!lang) continue;
    const tier = want.tierId !== null && t.tier_id === want.tierId ? 2 : t.tier_id === null ? 1 : 0;
    const score = lang * 100 + tier * 10 + (t.channel ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return best;
}

/**
 * The tier's care policy speaks through its templates: a template written for the customer's tier, or for
 * every tier, brings its gift; one borrowed from another tier (no template of theirs) brings none.
 */
export function giftOf(template: Template | null, tierId: number | null): string | null {
  if (!template?.gift) return null;
  return template.tier_id === null || template.tier_id === tierId ? template.gift : null;
}

export function templateOf(r: Row): Template {
  return {
    id: Number(r.id), touch_type: String(r.touch_type), tier_id: r.tier_id == null ? null : Number(r.tier_id),
    locale: String(r.locale), channel: r.channel == null ? null : String(r.channel), body: String(r.body), gift: r.gift == null ? null : String(r.gift),
  };
}
