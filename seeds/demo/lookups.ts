import { fixtureLookups } from '../fixtures.js';

/** Codes and Chinese labels of the fixture lookup lists (the demo data only uses codes that exist). */
export function codes(type: string): string[] {
  const list = fixtureLookups[type];
  if (!list) throw new Error(`no lookup list ${type}`);
  return list.map(([code]) => code);
}

const labels = new Map<string, string>(
  Object.entries(fixtureLookups).flatMap(([type, items]) => items.map(([code, zh]) => [`${type}:${code}`, zh] as const)),
);

export function label(type: string, code: string): string {
  const zh = labels.get(`${type}:${code}`);
  if (zh === undefined) throw new Error(`no lookup ${type}:${code}`);
  return zh;
}

/** Short model name for sentences: "轩逸 A级轿车" → "轩逸". */
export function modelName(code: string): string {
  return label('vehicle_model', code).split(' ')[0];
}
