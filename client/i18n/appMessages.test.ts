import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enMessages } from './en';
import { zhMessages } from './zh';

function leaves(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, tree);
  return out;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const zh = leaves(zhMessages);
const en = leaves(enMessages);
const clientDir = path.resolve(import.meta.dirname, '..');

describe('app messages (zh.ts / en.ts)', () => {
  it('when the two languages are compared, then they have exactly the same keys', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('when a crm.* key is written in the code, then both languages have it', () => {
    const used = new Set<string>();
    for (const file of sources(clientDir)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['"`](crm\.[a-z0-9_.]+[a-z0-9_])['"`]/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !zh.has(k) || !en.has(k))).toEqual([]);
  });

  it('when a crm.* message names a placeholder, then the other language names it too', () => {
    const names = (s: unknown) => [...String(s).matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of zh) if (key.startsWith('crm.')) expect(names(en.get(key)), key).toEqual(names(text));
  });
});
