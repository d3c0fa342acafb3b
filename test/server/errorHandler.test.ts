import { describe, expect, it } from 'vitest';
import express from 'express';
import request from 'supertest';
import { errorHandler } from '../../server/rest/errorHandler.js';
import { freshDb } from '../testDb.js';

/**
 * Errors the database raises past the checks before a write: a unique value two requests raced for answers 409
 * (reload and try again), not 500 — on the engine the tests run on, from a real constraint violation.
 */
describe('database refusals the checks could not foresee', () => {
  it('when two writes race for one unique value, then the later one gets a 409 and the first stays', async () => {
    const t = await freshDb();
    try {
      const stamp = new Date().toISOString();
      const row = { resource: 'customers', key: 'raced_key', label_zh: '抢', label_en: 'Raced', type: 'text', created_at: stamp, updated_at: stamp, version: 1 };
      await t.db('custom_fields').insert(row);
      const app = express();
      app.get('/race', async (_req, _res, next) => {
        try {
          await t.db('custom_fields').insert(row);
        } catch (err) {
          next(err);
        }
      });
      app.use(errorHandler);
      const res = await request(app).get('/race').set('Accept-Language', 'en').expect(409);
      expect(res.body.message).toContain('changed by someone else');
      expect(Number((await t.db('custom_fields').where({ key: 'raced_key' }).count({ n: '*' }).first())?.n)).toBe(1);
    } finally {
      await t.drop();
    }
  });
});
