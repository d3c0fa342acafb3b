import { describe, expect, it } from 'vitest';
import type { FieldMeta } from '../../meta/types';
import { LONG_TEXT, plainText, valueKind } from './valueKind';

const string: FieldMeta = { type: 'string' };
const phone: FieldMeta = { type: 'string', sensitive: 'contact' };

describe('valueKind', () => {
  it('when there is no value, then an em-dash stands in', () => {
    expect(valueKind(string, null)).toBe('empty');
    expect(valueKind(string, '')).toBe('empty');
    expect(valueKind({ type: 'json' }, [])).toBe('empty');
  });

  it('when a value is write-only, then only the fact that it changed is shown', () => {
    expect(valueKind({ type: 'string', writeOnly: true }, null, true)).toBe('redacted');
  });

  it('when the reader may not see a value, then the masked text is shown as is', () => {
    expect(valueKind(phone, '138****5678')).toBe('plain');
    expect(valueKind(phone, '138 0013 8000')).toBe('field');
  });

  it('when a value is long text, then it is cut', () => {
    expect(valueKind({ type: 'text' }, 'short')).toBe('long');
    expect(valueKind(string, 'x'.repeat(LONG_TEXT + 1))).toBe('long');
    expect(valueKind(string, 'x'.repeat(LONG_TEXT))).toBe('field');
  });

  it('when the field is a reference, a boolean or anything else, then its own kind is used', () => {
    expect(valueKind({ type: 'reference', reference: 'users' }, 12)).toBe('reference');
    expect(valueKind({ type: 'boolean' }, false)).toBe('boolean');
    expect(valueKind({ type: 'enum', enum: 'gender' }, 'female')).toBe('field');
  });

  it('when the field is unknown (a pseudo-field), then the value is shown as text', () => {
    expect(valueKind(undefined, 'ci (abc…)')).toBe('plain');
  });
});

describe('plainText', () => {
  it('when a value is not text, then it is written out', () => {
    expect(plainText(12)).toBe('12');
    expect(plainText({ a: 1 })).toBe('{"a":1}');
  });
});
