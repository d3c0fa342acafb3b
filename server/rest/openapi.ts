import { resources } from '../resources/index.js';
import { enums, type EnumName } from '../resources/enums.js';
import { allFields, type FieldDef } from '../resources/types.js';

type Schema = Record<string, unknown>;

function schemaOf(f: FieldDef): Schema {
  const base: Record<FieldDef['type'], Schema> = {
    string: { type: 'string', maxLength: f.max, format: f.format },
    text: { type: 'string', maxLength: f.max },
    integer: { type: 'integer', minimum: f.min, maximum: f.max },
    money: { type: 'number', minimum: f.min, maximum: f.max, multipleOf: 0.01 },
    boolean: { type: 'boolean' },
    date: { type: 'string', format: 'date' },
    datetime: { type: 'string', format: 'date-time' },
    enum: { type: 'string', enum: f.enum ? enums[f.enum as EnumName] : [] },
    lookup: { type: 'string', description: `code from lookups of type ${f.lookup}` },
    reference: { type: 'integer', description: `id of a ${f.reference} record` },
    json: f.shape === 'string[]' ? { type: 'array', items: { type: 'string' } } : { type: 'object' },
  };
  return { ...base[f.type], nullable: !f.required, readOnly: f.readOnly || undefined };
}

const listParams = [
  { name: 'sort', in: 'query', schema: { type: 'string' }, example: '["id","ASC"]' },
  { name: 'range', in: 'query', schema: { type: 'string' }, example: '[0,24]' },
  { name: 'filter', in: 'query', schema: { type: 'string' }, example: '{"q":"张"}' },
];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const errorRef = { $ref: '#/components/schemas/Error' };
const json = (schema: Schema) => ({ 'application/json': { schema } });

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
    const errors = { 400: { description: 'Invalid input', content: json(errorRef) } };
    paths[`/api/${def.name}`] = {
      get: { tags: [def.name], parameters: listParams, responses: { 200: { description: 'A page; total in Content-Range', content: json({ type: 'array', items: ref }) }, ...errors } },
      post: { tags: [def.name], requestBody: { content: json(ref) }, responses: { 201: { description: 'Created', content: json(ref) }, ...errors } },
    };
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
    paths,
    components: { schemas },
  };
}
