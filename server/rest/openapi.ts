import { resources } from '../resources/index.js';
import { enums, type EnumName } from '../resources/enums.js';
import { allFields, type FieldDef } from '../resources/types.js';
import { loyaltyPaths } from './loyalty/openapi.js';
import { eventPaths } from './events/openapi.js';
import { analyticsPaths } from './analytics/openapi.js';

type Schema = Record<string, unknown>;

function schemaOf(f: FieldDef): Schema {
  const base: Record<FieldDef['type'], Schema> = {
    string: { type: 'string', maxLength: f.max, format: f.format },
    text: { type: 'string', maxLength: f.max },
    integer: { type: 'integer', minimum: f.min, maximum: f.max },
    money: { type: 'number', minimum: f.min, maximum: f.max, multipleOf: 0.01 },
    number: { type: 'number', minimum: f.min, maximum: f.max },
    boolean: { type: 'boolean' },
    date: { type: 'string', format: 'date' },
    datetime: { type: 'string', format: 'date-time' },
    enum: { type: 'string', enum: f.enum ? enums[f.enum as EnumName] : [] },
    lookup: { type: 'string', description: `code from lookups of type ${f.lookup}` },
    reference: { type: 'integer', description: `id of a ${f.reference} record` },
    json: f.shape === 'string[]' ? { type: 'array', items: { type: 'string' } } : { type: 'object' },
  };
  return {
    ...base[f.type], minLength: f.minLength, nullable: !f.required, readOnly: f.readOnly || undefined,
    writeOnly: f.writeOnly || undefined,
    description: f.sensitive ? 'masked (138****5678) for roles without the right to see it' : base[f.type].description,
  };
}

const listParams = [
  { name: 'sort', in: 'query', schema: { type: 'string' }, example: '["id","ASC"]' },
  { name: 'range', in: 'query', schema: { type: 'string' }, example: '[0,24]' },
  { name: 'filter', in: 'query', schema: { type: 'string' }, example: '{"q":"张"}' },
];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const errorRef = { $ref: '#/components/schemas/Error' };
const bulkBody: Schema = {
  type: 'object',
  properties: {
    ids: { type: 'array', items: { type: 'integer' } },
    filter: { type: 'object', description: 'a list filter, q included' },
    data: { type: 'object' },
    add: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    remove: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
};
const json = (schema: Schema) => ({ 'application/json': { schema } });

const authPaths: Schema = {
  '/api/auth/login': { post: { tags: ['auth'], security: [], summary: 'Sign in: sets the session cookie, answers the profile and its CSRF token', requestBody: { content: json({ type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string', format: 'password' } } }) }, responses: { 200: { description: 'Signed in' }, 401: { description: 'Wrong user name or password', content: json(errorRef) }, 429: { description: 'Too many failed attempts (Retry-After)', content: json(errorRef) } } } },
  '/api/auth/logout': { post: { tags: ['auth'], summary: 'End this session', responses: { 200: { description: 'Signed out' } } } },
  '/api/auth/me': { get: { tags: ['auth'], summary: 'Who is signed in: user, actions per resource, rights, scope', responses: { 200: { description: 'The profile' }, 401: { description: 'Not signed in' } } } },
  '/api/auth/password': { post: { tags: ['auth'], summary: 'Change one\'s own password (ends the other sessions)', requestBody: { content: json({ type: 'object', required: ['current_password', 'new_password'], properties: { current_password: { type: 'string', format: 'password' }, new_password: { type: 'string', format: 'password', minLength: 8 } } }) }, responses: { 200: { description: 'Changed' }, 400: { description: 'Wrong current password or too short', content: json(errorRef) } } } },
  '/api/auth/tokens': {
    get: { tags: ['auth'], summary: 'One\'s own live API tokens (without the secret)', responses: { 200: { description: 'Tokens' } } },
    post: { tags: ['auth'], summary: 'Create an API token; the answer holds the token, shown only this once', requestBody: { content: json({ type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 60 }, expires_on: { type: 'string', format: 'date', nullable: true } } }) }, responses: { 201: { description: 'Created' } } },
  },
  '/api/auth/tokens/{id}': { parameters: [idParam], delete: { tags: ['auth'], summary: 'Revoke one of one\'s own tokens', responses: { 200: { description: 'Revoked' }, 404: { description: 'No such live token' } } } },
};

/** The API description, built from the same definitions that drive the routes. */
export function buildOpenApi(): Schema {
  const paths: Schema = {};
  const schemas: Schema = {
    Error: {
      type: 'object',
      properties: { message: { type: 'string' }, errors: { type: 'object', additionalProperties: { type: 'string' } } },
    },
  };
  for (const def of Object.values(resources)) {
    const fields = allFields(def);
    schemas[def.name] = {
      type: 'object',
      required: Object.entries(def.fields).filter(([, f]) => f.required).map(([n]) => n),
      properties: Object.fromEntries(Object.entries(fields).map(([n, f]) => [n, schemaOf(f)])),
    };
    const ref = { $ref: `#/components/schemas/${def.name}` };
    const errors = {
      400: { description: 'Invalid input', content: json(errorRef) },
      401: { description: 'Not signed in', content: json(errorRef) },
      403: { description: 'The role may not do this (or a cookie-signed write lacks X-CSRF-Token)', content: json(errorRef) },
    };
    paths[`/api/${def.name}`] = {
      get: { tags: [def.name], parameters: listParams, responses: { 200: { description: 'A page; total in Content-Range', content: json({ type: 'array', items: ref }) }, ...errors } },
      post: { tags: [def.name], requestBody: { content: json(ref) }, responses: { 201: { description: 'Created', content: json(ref) }, ...errors } },
      patch: { tags: [def.name], summary: 'Bulk update: { ids | filter, data, add?, remove? } in one transaction (right bulk_update)', requestBody: { content: json(bulkBody) }, responses: { 200: { description: '{ batchId, count, ids }' }, 409: { description: 'Conflict; nothing changed' }, ...errors } },
      delete: { tags: [def.name], summary: 'Bulk delete: { ids | filter } in one transaction (right bulk_delete)', requestBody: { content: json(bulkBody) }, responses: { 200: { description: '{ batchId, count, ids }' }, 409: { description: 'Still referenced; nothing deleted' }, ...errors } },
    };
    paths[`/api/${def.name}/bulk/undo`] = {
      post: { tags: [def.name], summary: 'Undo a bulk change: { batchId }', responses: { 200: { description: '{ batchId, count }' }, 404: { description: 'Unknown batch' }, 409: { description: 'Changed since' }, ...errors } },
    };
    paths[`/api/${def.name}/export`] = {
      get: { tags: [def.name], summary: 'Every matching row as CSV (UTF-8 BOM) or XLSX (right export)', parameters: [...listParams.filter((p) => p.name !== 'range'), { name: 'format', in: 'query', schema: { type: 'string', enum: ['csv', 'xlsx'] } }, { name: 'locale', in: 'query', schema: { type: 'string', enum: ['zh', 'en'] } }, { name: 'columns', in: 'query', schema: { type: 'string' }, example: '["name","phone"]' }], responses: { 200: { description: 'The file' }, ...errors } },
    };
    if (def.importable) {
      paths[`/api/${def.name}/import`] = {
        post: { tags: [def.name], summary: 'Import CSV/XLSX (multipart: file, mapping?, duplicates?, dryRun?; right import); answers the report', responses: { 200: { description: 'The report (dry run or commit)' }, 413: { description: 'File too large' }, ...errors } },
      };
    }
    paths[`/api/${def.name}/{id}`] = {
      parameters: [idParam],
      get: { tags: [def.name], responses: { 200: { description: 'One record', content: json(ref) }, 404: { description: 'Not found' } } },
      put: { tags: [def.name], requestBody: { content: json(ref) }, responses: { 200: { description: 'Updated', content: json(ref) }, 409: { description: 'Stale version' }, ...errors } },
      delete: { tags: [def.name], responses: { 200: { description: 'The deleted record', content: json(ref) }, 409: { description: 'Still referenced' } } },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'CRM back-office API', version: '1', description: 'ra-data-simple-rest protocol over every resource' },
    paths: { ...paths, ...authPaths, ...loyaltyPaths, ...eventPaths, ...analyticsPaths },
    security: [{ bearer: [] }, { session: [] }],
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'a personal API token (crm_…) from My account' },
        session: { type: 'apiKey', in: 'cookie', name: 'crm_session', description: 'set by POST /api/auth/login; writes also need X-CSRF-Token' },
      },
    },
  };
}
