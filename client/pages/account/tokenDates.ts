/** Token expiry in the server's terms: `expires_on` is the last day (UTC) the token works. */

export type ExpiryChoice = '30' | '90' | '365' | 'never' | 'custom';

export const EXPIRY_CHOICES: readonly ExpiryChoice[] = ['30', '90', '365', 'never', 'custom'];

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export function today(now = new Date()): string {
  return utcDay(now);
}

/** The day `days` after today, YYYY-MM-DD. */
export function daysFromToday(days: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  return utcDay(d);
}

/** The `expires_on` to send for a choice; the custom date as typed (the server refuses today or earlier). */
export function expiresOn(choice: ExpiryChoice, customDate: string, now = new Date()): string | null {
  if (choice === 'never') return null;
  if (choice === 'custom') return customDate || null;
  return daysFromToday(Number(choice), now);
}

export function isExpired(token: { expires_on: string | null }, now = new Date()): boolean {
  return token.expires_on !== null && token.expires_on < today(now);
}
