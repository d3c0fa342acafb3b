import type { Rng } from './random.js';

/** 18-digit resident ID number with its ISO 7064 MOD 11-2 check character. */
export function idNumber(rng: Rng, areaCode: string, birthday: string, gender: 'male' | 'female' | 'unknown'): string {
  let seq = rng.int(0, 99) * 10 + rng.int(0, 4) * 2; // even: female
  if (gender === 'male' || (gender === 'unknown' && rng.chance(0.5))) seq += 1;
  const body = areaCode + birthday.replace(/-/g, '') + String(seq).padStart(3, '0');
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * weights[i];
  return body + '10X98765432'[sum % 11];
}

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2,
  T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';
const PLANTS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Vehicle descriptor (positions 4–8) per model code of the `vehicle_model` lookup. */
const VDS: Record<string, string> = {
  sedan_a: 'BA2E4', sedan_b: 'CB3F5', suv_compact: 'DS1G6', suv_mid: 'ES4H7', mpv: 'FM2J8', ev: 'GE9K1', pickup: 'HP5L2',
};

/**
 * A 17-character VIN that is unique for each serial (positions 11–17 carry it) and has a correct check
 * digit at position 9, as a dealer system would validate it.
 */
export function vin(model: string, modelYear: number, serial: number): string {
  const year = YEAR_CODES[(((modelYear - 2010) % 30) + 30) % 30];
  const plant = PLANTS[Math.floor(serial / 1_000_000) % PLANTS.length];
  const chars = [...`LGB${VDS[model] ?? 'XX0X0'}0${year}${plant}${String(serial % 1_000_000).padStart(6, '0')}`];
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = chars[i];
    sum += (/\d/.test(c) ? Number(c) : VIN_VALUES[c]) * VIN_WEIGHTS[i];
  }
  const check = sum % 11;
  chars[8] = check === 10 ? 'X' : String(check);
  return chars.join('');
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A licence plate: "京A·12345", a newer mixed one "京N8K2L1", or a green new-energy plate "京AD12345". */
export function plate(rng: Rng, prefix: string, electric: boolean): string {
  if (electric) return `${prefix}${rng.pick(['D', 'F'])}${rng.digits(5)}`;
  if (rng.chance(0.5)) return `${prefix}·${rng.digits(5)}`;
  let tail = '';
  for (let i = 0; i < 5; i++) tail += rng.chance(0.4) ? PLATE_LETTERS[rng.int(0, PLATE_LETTERS.length - 1)] : String(rng.int(0, 9));
  return prefix + tail;
}
