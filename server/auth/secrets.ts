import crypto from 'node:crypto';

/** A random secret for a cookie or token (256 bits, URL-safe). */
export const newSecret = (): string => crypto.randomBytes(32).toString('base64url');

/** What the database keeps of a secret: its SHA-256, so a copy of the table opens no doors. */
export const digest = (secret: string): string => crypto.createHash('sha256').update(secret).digest('hex');

/** Compares two strings in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
