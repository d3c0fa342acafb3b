import type { Rng } from './prng.js';

/** Text that has broken servers before: unicode edge cases and injection attempts. */
export const HOSTILE_STRINGS: readonly string[] = [
  '\ud800', 'a\udc00b', '\u202etxt.exe', '\u200f\u200e', '👩🏽‍💻👨‍👩‍👧‍👦', '\u200d\u200c\ufeff', 'a\u0000b', '\u0000',
  'e\u0301\u0301\u0301\u0301', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗̝', '𝕳𝖊𝖑𝖑𝖔', '\uffff\ufffe', '\r\n\t\v\f',
  "' OR 1=1 --", '"; DROP TABLE customers; --', "1); DELETE FROM users; --", "%' OR '1'='1", '%_%', '\\%\\_', '_',
  '$.a', '$..*', '{"$gt":""}', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  '=cmd|\' /C calc\'!A0', '+SUM(1+1)', '-2+3', '@SUM(A1)', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '../../../etc/passwd', '..\\..\\windows', '%00', '%2e%2e%2f', '${7*7}', '{{7*7}}', '`id`', '$(id)',
  'null', 'undefined', 'NaN', 'true', '[]', '{}', '', ' ', '   \u3000  ', '0', '-1', '1e309',
];

/** Numbers and number-looking values no field should take as they come. */
export const ODD_NUMBERS: readonly unknown[] = [
  -0, 2 ** 63, -(2 ** 53) - 2, 1.5, -1, 0, 1e-320, Number.MAX_VALUE, 0.1 + 0.2,
  'NaN', 'Infinity', '1e5', '0x1F', '0b101', '1_000', '１２３', '٣', ' 1 ', '1,000', '-0', '+1', '00012',
];

/** JSON texts the number literal of which JSON.stringify cannot write (huge, or not JSON at all). */
export const ODD_NUMBER_LITERALS: readonly string[] = ['1e309', '-1e309', '1e-400', '9007199254740993', '123456789012345678901234567890', '-0.0', '1E+2'];

export const BAD_IDS: readonly string[] = [
  '-1', '0', '1.5', 'abc', '99999999999999999999', '%00', '..%2F..%2F', '%2e%2e', '1%20OR%201%3D1', '1e3', '0x10', '%E2%80%AE1',
  '%F0%9F%92%A9', '2147483648', '%20', 'null', '__proto__', 'constructor', '1;DROP%20TABLE%20users', '%25',
];

/** Path parameters that are no percent-encoding at all: they answer 500 today (see fuzz.test.ts), so apart from the mix. */
export const UNDECODABLE_IDS: readonly string[] = ['%ud800', '%C0%AF', '%E0%A4%A', '%'];

/** An object with own `__proto__` and `constructor` keys, as JSON.parse makes them (a literal would set the prototype). */
export const polluting = (): unknown => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');

/** Values of every JSON type but the one a field wants; the caller filters by what it must not be. */
export function wrongTypeValues(rng: Rng): unknown[] {
  return [
    rng.pick(HOSTILE_STRINGS), rng.pick(ODD_NUMBERS), true, false, [], [1, 'a', null], {}, { a: { b: [] } },
    polluting(), [rng.pick(HOSTILE_STRINGS)],
  ];
}

/** Long text: over any field's limit, in CJK, emoji or combining marks. */
export function longText(rng: Rng, length: number): string {
  const unit = rng.pick(['字', '😀', 'e\u0301', 'x', '\u200b', '𠀀']);
  return unit.repeat(Math.ceil(length / [...unit].length));
}

/** Deeply nested arrays and objects, as a value (valid JSON, hostile depth). */
export function deep(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Bodies body-parser must refuse: not JSON, or JSON that is not an object or array at the top. */
export function badJsonText(rng: Rng): string {
  return rng.pick([
    () => '{"name": "x",}', () => '{"name": NaN}', () => '{"a":', () => "{'a': 1}", () => '{"a":1}{"b":2}', () => 'null',
    () => '"just text"', () => '123', () => 'true', () => '{"a": 01}', () => '{"a": undefined}', () => '{a: 1}',
    () => `${'['.repeat(10_000)}`, () => `${'{"a":'.repeat(10_000)}`, () => '{"__proto__": {"polluted": ', () => '[1,2,]',
    () => `{"name": "${rng.pick(HOSTILE_STRINGS).replace(/["\\]/g, '')}`, () => '{"a": "\\ud800\\u"}', () => '{"a":"\x01"}',
    () => `{"n": ${rng.pick(ODD_NUMBER_LITERALS)}, }`, () => '\ufeff{"a":', () => '{"a": Infinity}', () => '/* c */ {}',
  ])();
}

/** Header values that are well-formed bytes but make no sense. */
export const GARBAGE_HEADERS: readonly [string, string][] = [
  ['If-Match', '"*", W/"garbage", 99999999999999999999'], ['If-Match', 'W/'], ['If-None-Match', '*'],
  ['Accept-Language', 'zz-ZZ;q=abc, *;q=-1, ;;;,,'], ['Accept-Language', 'zh-CN;q=2, en;q=NaN'], ['Accept-Language', 'x'.repeat(1000)],
  ['Accept-Language', '__proto__'], ['Accept', 'application/xml;q=1, */*;q=0'], ['Range', 'bytes=-1-99999999999999999999'],
  ['X-Forwarded-For', "1.2.3.4, ' OR 1=1 --"], ['Content-Language', '\u00ff\u00fe'], ['X-Request-Id', '<script>x</script>'],
  ['Cookie', 'crm_session=; crm_session=' + 'a'.repeat(150)], ['Cookie', 'crm_session=%ZZ%'], ['Authorization', 'Bearer'],
  ['Authorization', 'Basic YWRtaW46YWRtaW4='], ['Authorization', 'Bearer crm_' + 'x'.repeat(300)], ['Authorization', 'Bearer  '],
];

/** Files that are no spreadsheet, or a spreadsheet with nothing sensible in it. */
export function garbageFile(rng: Rng): { name: string; type: string; bytes: Buffer } {
  return rng.pick([
    () => ({ name: 'x.csv', type: 'text/csv', bytes: Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x41]) }),
    () => ({ name: 'x.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: Buffer.from('PK\x03\x04garbage-not-a-zip') }),
    () => ({ name: 'x.xlsx', type: 'application/octet-stream', bytes: Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]) }),
    () => ({ name: '../../evil.csv', type: 'text/csv', bytes: Buffer.from('name,phone\n=cmd|\' /C calc\'!A0,+1\n"unterminated') }),
    () => ({ name: 'x.exe', type: 'application/x-msdownload', bytes: Buffer.from('MZ\x90\x00') }),
    () => ({ name: 'empty.csv', type: 'text/csv', bytes: Buffer.alloc(0) }),
    () => ({ name: 'wide.csv', type: 'text/csv', bytes: Buffer.from(`${Array.from({ length: 3000 }, (_, i) => `c${i}`).join(',')}\n1`) }),
    () => ({ name: `${'\u202e'}vsc.exe`, type: 'text/csv', bytes: Buffer.from(`名称\n${longText(rng, 5000)}\n`) }),
    () => ({ name: 'x.csv', type: 'text/csv', bytes: Buffer.from('"a""b,"c\n"\n,,,,\n\r\r\n') }),
  ])();
}
