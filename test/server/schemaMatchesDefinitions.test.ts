import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../server/resources/index.js';
import { isSearchable, storedFields } from '../../server/resources/types.js';
import { freshDb, type TestDb } from '../testDb.js';

describe('resource definitions and the migrated schema', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb();
  });
  afterAll(async () => t.drop());

  it('when the database is freshly migrated, then every definition names exactly the columns of its table', async () => {
    for (const def of Object.values(resources)) {
      const info = await t.db(def.table).columnInfo();
      const expected = [...Object.keys(storedFields(def)), ...(def.internalColumns ?? [])];
      if (isSearchable(def)) expected.push('search_text');
      expect(Object.keys(info).sort(), def.name).toEqual(expected.sort());
    }
  });

  it('when a field is required in its definition, then its column refuses NULL', async () => {
    for (const def of Object.values(resources)) {
      const info = await t.db(def.table).columnInfo();
      for (const [name, field] of Object.entries(def.fields)) {
        if (field.required) expect(info[name].nullable, `${def.name}.${name}`).toBe(false);
      }
    }
  });
});
