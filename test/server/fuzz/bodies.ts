import type { FieldDef, ResourceDef } from '../../../server/resources/types.js';
import { enumOptions } from '../../../server/rest/fieldValue.js';
import type { Rng } from './prng.js';
import { deep, HOSTILE_STRINGS, longText, ODD_NUMBER_LITERALS, ODD_NUMBERS, polluting, wrongTypeValues } from './values.js';

/** A number JSON.stringify cannot write (1e309): marked in the value, written as a bare literal by `toJson`. */
const literal = (text: string) => `@@LIT(${text})@@`;

/** Nesting too deep for JSON.stringify (its recursion overflows): marked in the value, written out by `toJson`. */
const nested = (depth: number, kind: 'array' | 'object') => `@@DEEP(${kind},${depth})@@`;

/** JSON text of a value, with `literal` and `nested` markers written out as the JSON text they stand for. */
export function toJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/"@@LIT\(([^)"]*)\)@@"/g, '$1')
    .replace(/"@@DEEP\((array|object),(\d+)\)@@"/g, (_m, kind: 'array' | 'object', depth: string) => deep(Number(depth), kind));
}

/** Any value at all: hostile text, odd numbers, wrong types, deep nesting. */
export function anyValue(rng: Rng): unknown {
  const roll = rng.below(10);
  if (roll < 4) return rng.pick(HOSTILE_STRINGS);
  if (roll < 6) return rng.pick(ODD_NUMBERS);
  if (roll < 7) return literal(rng.pick(ODD_NUMBER_LITERALS));
  if (roll < 8) return longText(rng, rng.pick([256, 1000, 10_000]));
  if (roll < 9) return nested(rng.pick([50, 500, 5000, 10_000]), rng.pick(['array', 'object'] as const));
  return rng.pick(wrongTypeValues(rng));
}

/** A value the field must refuse (400): the wrong type, out of range, too long, or not in its list. */
export function invalidFor(field: FieldDef, rng: Rng): unknown {
  const notText = [42, true, [], {}, ['a'], literal('1e309'), nested(1000, 'array'), nested(10_000, 'object')];
  switch (field.type) {
    case 'string':
    case 'text':
    case 'lookup':
      return rng.pick([...notText, `${rng.pick(HOSTILE_STRINGS)}\u0000`, longText(rng, (field.max ?? (field.type === 'lookup' ? 60 : 255)) + 1 + rng.below(5000))]);
    case 'integer':
    case 'number':
    case 'money':
      return rng.pick(['abc', '1e5', '0x1F', 'NaN', true, [], {}, [1], literal('1e309'), literal('-1e309'), 2 ** 63,
        field.type === 'integer' ? 1.5 : 1e13, field.type === 'money' ? 0.001 : 'Infinity', field.min !== undefined ? field.min - 1 : -(2 ** 62)]);
    case 'reference':
      return rng.pick(['abc', '1', 0, -1, 1.5, 2 ** 31, literal('9007199254740993'), true, [1], {}, literal('1e309')]);
    case 'boolean':
      return rng.pick(['true', 'false', 1, 0, 'yes', [], {}, 'null']);
    case 'date':
      return rng.pick(['2024-02-30', '2024-13-45', 20240101, '24-1-1', '2024-01-01T00:00:00Z', '٢٠٢٤-٠١-٠١', 'yesterday', [], {}]);
    case 'datetime':
      return rng.pick(['2024-01-01T25:61', 'yesterday', 1700000000000, '2024-02-30T00:00', '2024-01-01T00:00:00+99:99', [], true]);
    case 'enum': {
      const first = enumOptions(field)[0] ?? 'x';
      return rng.pick(['alien', first.toUpperCase() + '\u200d', `${first}\u0000`, 1, [], {}, [first], true]);
    }
    case 'json':
      if (rng.chance(0.3)) return nested(33 + rng.below(20_000), rng.pick(['array', 'object'] as const));
      if (rng.chance(0.2)) return field.shape === 'object' ? { [`k${rng.pick(HOSTILE_STRINGS)}\u0000`]: 1 } : ['a\u0000'];
      if (field.shape === 'string[]') return rng.pick(['abc', [1, 2], [longText(rng, 61)], {}, new Array(201).fill('a'), [null], [[]]]);
      if (field.shape === 'list') return rng.pick(['abc', {}, 1, true]);
      return rng.pick([[], 'abc', 1, true]);
  }
}

/** Writable fields of a resource a body may name (an admin's custom fields aside: they may be gone). */
export function writableFields(def: ResourceDef): [string, FieldDef][] {
  return Object.entries(def.fields).filter(([, f]) => !f.readOnly && !f.custom);
}

/** Sets an own property, even `__proto__` (plain assignment would set the prototype instead). */
export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A hostile object: some of the resource's fields with any values, unknown fields, `__proto__` and `constructor` keys. */
export function hostileObject(rng: Rng, def?: ResourceDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fields = def ? writableFields(def) : [];
  for (let i = rng.below(4); i > 0 && fields.length; i--) out[rng.pick(fields)[0]] = anyValue(rng);
  if (rng.chance(0.5)) put(out, rng.pick(['zz_unknown', 'id', 'version', 'created_at', 'password_hash', 'custom', '', ' ', '$where']), anyValue(rng));
  if (rng.chance(0.3)) put(out, rng.pick(HOSTILE_STRINGS), anyValue(rng));
  if (rng.chance(0.2)) for (const [k, v] of Object.entries(polluting() as object)) put(out, k, v);
  return out;
}

/**
 * A body for a create or update that must be refused: hostile as any, and one field (chosen at random among
 * those the resource takes) holding a value the field cannot take. Undefined when the resource takes no field.
 */
export function invalidRecord(rng: Rng, def: ResourceDef): { body: Record<string, unknown>; field: string } | undefined {
  const fields = writableFields(def);
  if (!fields.length) return undefined;
  const body = hostileObject(rng, def);
  const [name, field] = rng.pick(fields);
  body[name] = field.required && rng.chance(0.2) ? null : invalidFor(field, rng);
  return { body, field: name };
}
