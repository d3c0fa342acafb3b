import { describe, it, expect } from 'vitest';
import englishMessages from 'ra-language-english';
import { raChineseMessages } from './ra.zh.js';
import { fieldMessagesZh, type FieldMessages } from './fields.zh.js';
import { fieldMessagesEn } from './fields.en.js';
import { resources } from '../../server/resources/index.js';
import { allFields, isSearchable } from '../../server/resources/types.js';
import { enums } from '../../server/resources/enums.js';

/** Every leaf of a message tree, by dotted key. */
function leaves(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

function placeholders(message: string): Set<string> {
  return new Set([...message.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]));
}

const PLURAL = '||||';

/**
 * Placeholders the Chinese text leaves out on purpose. Polyglot's `zh` plural rule always picks the first form,
 * and the bulk buttons call these messages without `recordRepresentation`, so a first form naming it would show the
 * raw `%{recordRepresentation}` to the user.
 */
const droppedOnPurpose: Record<string, string[]> = {
  'ra.message.bulk_update_content': ['recordRepresentation'],
  'ra.message.bulk_update_title': ['recordRepresentation'],
};

const en = leaves(englishMessages);
const zh = leaves(raChineseMessages);

describe('react-admin messages in Chinese (ra.zh)', () => {
  it('when compared with ra-language-english, then every key is there and none is extra', () => {
    const missing = [...en.keys()].filter((k) => !zh.has(k));
    const extra = [...zh.keys()].filter((k) => !en.has(k));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    expect(en.size).toBeGreaterThan(100);
  });

  it('when a message is read, then it is a non-empty string', () => {
    const bad = [...zh].filter(([, v]) => typeof v !== 'string' || v.length === 0).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('when an English message has %{placeholders}, then the Chinese one keeps them', () => {
    const lost: string[] = [];
    for (const [key, enText] of en) {
      const zhText = zh.get(key);
      if (typeof enText !== 'string' || typeof zhText !== 'string') continue;
      const kept = placeholders(zhText);
      const allowed = droppedOnPurpose[key] ?? [];
      for (const p of placeholders(enText)) if (!kept.has(p) && !allowed.includes(p)) lost.push(`${key}: %{${p}}`);
    }
    expect(lost).toEqual([]);
  });

  it('when a placeholder is left out on purpose, then English really has it (the exception is not stale)', () => {
    for (const [key, names] of Object.entries(droppedOnPurpose)) {
      const enText = en.get(key);
      expect(typeof enText, key).toBe('string');
      for (const p of names) expect(placeholders(String(enText)).has(p), `${key}: %{${p}}`).toBe(true);
    }
  });

  it('when an English message has plural forms, then the Chinese one keeps the |||| separator', () => {
    const flat = [...en]
      .filter(([key, v]) => typeof v === 'string' && v.includes(PLURAL) && !String(zh.get(key)).includes(PLURAL))
      .map(([key]) => key);
    expect(flat).toEqual([]);
  });

  it('when a message counts items, then the first Chinese form (the one polyglot picks for zh) shows the count', () => {
    const countless = [...en]
      .filter(([, v]) => typeof v === 'string' && placeholders(v).has('smart_count'))
      .map(([key]) => key)
      .filter((key) => !placeholders(String(zh.get(key)).split(PLURAL)[0]).has('smart_count'));
    expect(countless).toEqual([]);
  });
});

describe('field, enum and menu labels (fields.zh / fields.en)', () => {
  const zhMessages: FieldMessages = fieldMessagesZh;
  const enMessages: FieldMessages = fieldMessagesEn;
  const languages = [
    ['zh', zhMessages],
    ['en', enMessages],
  ] as const;

  it('when the two languages are compared, then they have exactly the same keys', () => {
    expect([...leaves(fieldMessagesZh).keys()].sort()).toEqual([...leaves(fieldMessagesEn).keys()].sort());
  });

  it('when any label is read, then it is a non-empty string', () => {
    for (const [lang, messages] of languages) {
      const bad = [...leaves(messages)].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad, lang).toEqual([]);
    }
  });

  it('when a resource is declared on the server, then it has a singular |||| plural name in both languages', () => {
    for (const [lang, messages] of languages) {
      for (const name of Object.keys(resources)) {
        const label = messages.resources[name]?.name ?? '';
        expect(label.split(PLURAL).every((form) => form.trim() !== ''), `${lang} resources.${name}.name`).toBe(true);
        expect(label.includes(PLURAL), `${lang} resources.${name}.name`).toBe(true);
      }
    }
  });

  it('when a field is declared on a resource (system fields included), then it has a label in both languages', () => {
    const missing: string[] = [];
    for (const [lang, messages] of languages) {
      for (const [name, def] of Object.entries(resources)) {
        for (const field of Object.keys(allFields(def))) {
          const label = messages.resources[name]?.fields[field];
          if (typeof label !== 'string' || label.trim() === '') missing.push(`${lang} resources.${name}.fields.${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('when a resource is searchable, then its search box (q) has a label in both languages', () => {
    for (const [lang, messages] of languages) {
      for (const [name, def] of Object.entries(resources)) {
        if (isSearchable(def)) expect(messages.resources[name]?.fields.q, `${lang} resources.${name}.fields.q`).toBeTruthy();
      }
    }
    expect(zhMessages.resources.customers.fields.q).toBe('搜索');
    expect(enMessages.resources.customers.fields.q).toBe('Search');
  });

  it('when a label names a resource or field, then the server still declares it (no stale labels)', () => {
    const stale: string[] = [];
    for (const [name, { fields }] of Object.entries(zhMessages.resources)) {
      const def = resources[name];
      if (!def) {
        stale.push(`resources.${name}`);
        continue;
      }
      const declared = allFields(def);
      for (const field of Object.keys(fields)) {
        const isSearchBox = field === 'q' && isSearchable(def);
        // a resource's own filters (a customer's birthday month) are named like fields in filter chips
        const isOwnFilter = Boolean(def.virtualFilters && Object.hasOwn(def.virtualFilters, field));
        if (!Object.hasOwn(declared, field) && !isSearchBox && !isOwnFilter) stale.push(`resources.${name}.fields.${field}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it('when a fixed list has a value, then the value has a label in both languages, and no label is left over', () => {
    for (const [lang, messages] of languages) {
      const labels: Record<string, Record<string, string>> = messages.enums;
      for (const [list, values] of Object.entries(enums)) {
        for (const value of values) expect(labels[list]?.[value], `${lang} enums.${list}.${value}`).toBeTruthy();
        expect(Object.keys(labels[list] ?? {}).sort(), `${lang} enums.${list}`).toEqual([...values].sort());
      }
      expect(Object.keys(labels).sort(), `${lang} enums`).toEqual(Object.keys(enums).sort());
    }
  });

  it('when a resource sits in a menu group, then the group has a label in both languages', () => {
    for (const [lang, messages] of languages) {
      const groups: Record<string, string> = messages.menu.groups;
      for (const def of Object.values(resources)) expect(groups[def.group], `${lang} menu.groups.${def.group}`).toBeTruthy();
    }
  });
});
