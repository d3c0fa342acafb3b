import crypto from 'node:crypto';
import { getResource } from '../../../server/resources/index.js';
import type { ResourceDef } from '../../../server/resources/types.js';
import { anyValue, hostileObject, invalidRecord, put, toJson } from './bodies.js';
import type { Rng } from './prng.js';
import type { Target } from './routes.js';
import { BAD_IDS, badJsonText, garbageFile, GARBAGE_HEADERS, HOSTILE_STRINGS, longText } from './values.js';

export type Who = 'admin' | 'sales' | 'anonymous';

export interface FuzzRequest {
  method: string;
  /** path and query, percent-encoded */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  who: Who;
  /** why a write must change nothing (null for reads) */
  defect: string | null;
}

/** What the generator may name: a few ids of each resource, so reads find records and updates reach validation. */
export interface Known {
  ids: Record<string, number[]>;
}

/** POSTs that only compute an answer: fuzzed like reads, with any body (the digest checks they write nothing). */
export const READ_ONLY_POSTS = new Set(['/api/loyalty/preview', '/api/loyalty/expiry/preview', '/api/analytics/export']);

const BODY_LIMIT_BYTES = 1024 * 1024;

/** Percent-encodes text as UTF-8 bytes (a lone surrogate goes as U+FFFD; encodeURIComponent would throw). */
export function enc(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/**
 * An encoded parameter cut to 2,000 characters (not inside an escape): Node refuses request heads over 16 KB
 * with a bare 431 before any app code runs, which would test Node, not the app.
 */
const cut = (encoded: string) => encoded.slice(0, 2000).replace(/%[0-9A-F]?$/, '');

const json = (value: unknown) => Buffer.from(toJson(value), 'utf8');
const OPERATORS = ['', '_gte', '_lte', '_gt', '_lt', '_neq', '_null', '_in', '_like', '_between', '__proto__'];

/** A hostile list query: malformed or odd sort, range and filter, unknown fields, operators on the wrong types. */
function listQuery(rng: Rng, def: ResourceDef | undefined): string {
  const fields = def ? Object.keys(def.fields) : ['id', 'name'];
  const field = () => (rng.chance(0.8) ? rng.pick(fields) : rng.pick(HOSTILE_STRINGS));
  const parts: [string, string][] = [];
  const sometimes = (p: number, make: () => string, name: string) => {
    if (rng.chance(p)) parts.push([name, make()]);
  };
  sometimes(0.5, () => rng.pick([
    () => toJson([field(), rng.pick(['ASC', 'DESC', 'asc', 'SIDEWAYS', '', ' DESC; --'])]), () => '["name",', () => toJson(field()),
    () => toJson([field()]), () => toJson({ field: 'id' }), () => toJson([[field()], 'ASC']), () => '[]', () => 'null',
  ])(), 'sort');
  sometimes(0.5, () => rng.pick([
    () => toJson([rng.below(50), rng.below(100)]), () => '[0,1e309]', () => toJson([-1, 5]), () => toJson(['a', 'b']), () => '[0,1,2]',
    () => '{}', () => toJson([0, 2 ** 63]), () => '[0.5,9.5]', () => '[9007199254740993,9007199254740994]', () => '[',
  ])(), 'range');
  sometimes(0.8, () => rng.pick([
    () => {
      const filter: Record<string, unknown> = {};
      for (let i = 1 + rng.below(3); i > 0; i--) put(filter, field() + rng.pick(OPERATORS), anyValue(rng));
      if (rng.chance(0.4)) put(filter, 'q', rng.chance(0.8) ? rng.pick(HOSTILE_STRINGS) : longText(rng, 300));
      if (rng.chance(0.1)) put(filter, 'id', Array.from({ length: 1000 }, (_, i) => (rng.chance(0.9) ? i : rng.pick(HOSTILE_STRINGS))));
      return toJson(filter);
    },
    () => '{q:', () => toJson([1, 2]), () => '"text"', () => 'null', () => `{"q": "${'\\'.repeat(3)}`, () => toJson({ q: { $ne: 1 } }),
  ])(), 'filter');
  sometimes(0.2, () => String(anyValue(rng)).slice(0, 2000), rng.pick(['zz_unknown', 'q', 'page', 'perPage', 'limit', 'year', 'from', 'to']));
  if (rng.chance(0.1)) parts.push(['sort', '["id","ASC"]']); // a repeated parameter arrives as an array
  return parts.map(([k, v]) => `${cut(enc(k))}=${cut(enc(v))}`).join('&');
}

/** Query parameters a custom read may or may not know, with hostile values. */
function customQuery(rng: Rng): string {
  const names = ['from', 'to', 'year', 'month', 'days', 'limit', 'page', 'q', 'status', 'customer_id', 'group', 'by', 'period',
    'date', 'level', 'threshold', 'resource', 'format', 'owner_id', 'sort', 'range', 'filter', 'ids', 'tier_id', 'event_id'];
  const parts: string[] = [];
  for (let i = rng.below(5); i > 0; i--) parts.push(`${enc(rng.pick(names))}=${cut(enc(toJson(anyValue(rng)).replace(/^"|"$/g, '')))}`);
  if (rng.chance(0.1)) parts.push('%ZZ=%E0%A4%A&year=%FF%FE');
  return parts.join('&');
}

/** Fills `:params`: a known id (reads, or writes carrying another defect) or a bad one (then the defect). */
function fillParams(rng: Rng, target: Target, known: Known, bad: boolean): string {
  return target.path.replace(/:(\w+)/g, (_m, name: string) => {
    if (bad) return rng.pick(BAD_IDS);
    if (name === 'year') return rng.pick(['2025', '2026', '1900', '99999', '-1', 'abc']);
    if (name === 'name') return rng.pick(['follow_up_cadence', 'greetings', 'churn_detection', 'x']);
    if (name === 'key') return rng.pick(['follow_up', 'greetings', 'sla', 'zz']);
    const segment = target.path.split('/').slice(2, -1).find((s) => getResource(s));
    const ids = known.ids[target.resource ?? segment ?? 'customers'] ?? known.ids.customers;
    return String(ids.length && rng.chance(0.85) ? rng.pick(ids) : rng.pick(['999999', '1', '2']));
  });
}

const isGenericWrite = (t: Target) => t.template === '/api/:resource' || t.template === '/api/:resource/:id';

/** Defects a write to this route may carry, each of which must make the server refuse it. */
function defectsFor(target: Target): string[] {
  const out = ['bad_json', 'bad_json', 'too_large', 'bad_encoding', 'bad_charset', 'no_csrf'];
  if (/:\w+/.test(target.path)) out.push('bad_id', 'bad_id', 'bad_id');
  if (isGenericWrite(target) && target.method !== 'DELETE') out.push('bad_field', 'bad_field', 'bad_field', 'bad_field', 'bad_field', 'bad_field');
  if (target.template === '/api/:resource' && target.method === 'DELETE') out.push('bad_selector', 'bad_selector', 'bad_selector');
  if (target.template === '/api/:resource/bulk/undo') out.push('bad_batch', 'bad_batch', 'bad_batch');
  if (target.template === '/api/:resource/import') out.push('bad_import', 'bad_import', 'bad_import', 'bad_import');
  if (target.path === '/api/auth/login') out.push('wrong_credentials', 'wrong_credentials', 'wrong_credentials');
  if (target.path === '/api/auth/tokens' || target.path === '/api/auth/password') out.push('bad_auth_body', 'bad_auth_body');
  return out;
}

/** A multipart upload with a garbage file and text fields that never ask for a real import (dryRun stays on or is refused). */
function multipart(rng: Rng): { body: Buffer; type: string } {
  const boundary = `----fuzz${crypto.randomBytes(6).toString('hex')}`;
  const file = garbageFile(rng);
  const fields: [string, string][] = [];
  if (rng.chance(0.6)) fields.push(['dryRun', rng.pick(['true', 'FALSE', '0', 'no', 'false ', '', rng.pick(HOSTILE_STRINGS)])]);
  if (rng.chance(0.5)) fields.push(['duplicates', rng.pick(['skip', 'update', 'create', 'merge', rng.pick(HOSTILE_STRINGS)])]);
  if (rng.chance(0.5)) fields.push(['mapping', rng.pick(['{bad', '[]', toJson({ a: 'zz_unknown', b: 'password_hash', ['__proto__']: 'name' }), '"x"', toJson({ name: 1 })])]);
  const parts = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  const head = `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="${rng.pick(['file', 'file', 'upload'])}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  const tail = rng.chance(0.9) ? `\r\n--${boundary}--\r\n` : '\r\n--'; // sometimes cut off
  return { body: Buffer.concat([Buffer.from(head), file.bytes, Buffer.from(tail)]), type: `multipart/form-data; boundary=${boundary}` };
}

/** One request to `target` from `who`; a write always carries a defect (named in the answer). */
export function buildRequest(rng: Rng, target: Target, known: Known, who: Who): FuzzRequest {
  const def = target.resource ? getResource(target.resource) : undefined;
  const reads = target.method === 'GET' || READ_ONLY_POSTS.has(target.path);
  const defect = reads ? null : who === 'anonymous' ? 'anonymous' : rng.pick(defectsFor(target));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  let body: Buffer | undefined;
  const path = fillParams(rng, target, known, defect === 'bad_id' || (reads && rng.chance(0.2)));
  let query = '';

  if (target.method === 'GET') {
    query = target.template === '/api/:resource' || target.template === '/api/:resource/export' ? listQuery(rng, def) : customQuery(rng);
  } else if (reads || defect === 'anonymous' || defect === 'no_csrf' || defect === 'bad_id') {
    // the defect lies elsewhere: the body may be anything, even what would be valid
    const record = def && rng.chance(0.5) ? invalidRecord(rng, def)?.body : undefined;
    body = rng.pick([() => json(record ?? hostileObject(rng, def)), () => json(hostileObject(rng, def)), () => Buffer.from(badJsonText(rng)),
      () => json([hostileObject(rng, def)]), () => Buffer.alloc(0)])();
    if (rng.chance(0.15)) headers['content-type'] = rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=utf-16', '']);
  }
  switch (defect) {
    case 'bad_json':
      body = Buffer.from(badJsonText(rng));
      break;
    case 'too_large':
      body = Buffer.from(`{"name": "${'x'.repeat(BODY_LIMIT_BYTES + rng.below(50_000))}"}`);
      break;
    case 'bad_encoding':
      // (gzip, deflate and br with bytes that do not inflate answer 500 today: a test of their own in fuzz.test.ts)
      headers['content-encoding'] = rng.pick(['x-fuzz', 'gzip, identity, gzip', 'compress', 'zstd', '*']);
      body = Buffer.from(rng.pick(['\x1f\x8bgarbage', 'not compressed at all', '\x78\x9c\x00\x00']), 'latin1');
      break;
    case 'bad_charset':
      headers['content-type'] = `application/json; charset=${rng.pick(['klingon', 'latin1', 'x-mac-fuzz', 'ebcdic', 'iso-8859-1'])}`;
      body = json(hostileObject(rng, def));
      break;
    case 'bad_field': {
      const record = def ? invalidRecord(rng, def) : undefined;
      if (!record) {
        body = Buffer.from(badJsonText(rng));
        break;
      }
      if (target.template === '/api/:resource') {
        body = target.method === 'PATCH' ? json({
          ...(rng.chance(0.5) ? { ids: rng.chance(0.05) ? Array.from({ length: 100_000 }, (_, i) => i + 1) : known.ids[def?.name ?? ''] ?? [1] }
            : { filter: rng.chance(0.5) ? { q: rng.pick(HOSTILE_STRINGS) } : hostileObject(rng, def) }),
          data: record.body,
        }) : json(record.body);
      } else body = json(record.body);
      break;
    }
    case 'bad_selector':
      body = json(rng.pick([{ ids: 'abc' }, { ids: [1.5, 'x', null] }, { ids: [-1] }, { filter: { zz_unknown: 1, q: rng.pick(HOSTILE_STRINGS) } },
        {}, { ids: Array.from({ length: 100_000 }, (_, i) => `${i}`) }, { ids: {} }, { filter: '%' }, { ids: null, filter: null }]));
      break;
    case 'bad_batch':
      body = json({ batchId: rng.pick([crypto.randomUUID(), rng.pick(HOSTILE_STRINGS), 1, null, [], {}, longText(rng, 5000)]) });
      break;
    case 'bad_import': {
      const upload = multipart(rng);
      body = upload.body;
      headers['content-type'] = rng.chance(0.9) ? upload.type : 'multipart/form-data';
      break;
    }
    case 'wrong_credentials':
      body = json({ username: rng.pick(['admin', 'yang.fan', anyValue(rng)]), password: anyValue(rng), ...hostileObject(rng) });
      break;
    case 'bad_auth_body':
      body = json({ name: rng.pick([1, [], {}, '', longText(rng, 61)]), current_password: rng.pick([1, [], '']), new_password: rng.pick([1, 'short']), expires_on: rng.pick(['2024-13-45', 1]) });
      break;
  }
  for (let i = rng.below(3); i > 0; i--) {
    const [name, value] = rng.pick(GARBAGE_HEADERS);
    // garbage credentials would stand in for the caller's; a signed-in caller keeps theirs
    if (who !== 'anonymous' && /^(cookie|authorization)$/i.test(name)) continue;
    headers[name.toLowerCase()] = value;
  }
  return { method: target.method, path: query ? `${path}?${query}` : path, headers, body, who, defect };
}
