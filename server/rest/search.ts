import type { Knex } from 'knex';
import { dialectOf } from '../db/connect.js';
import { BIGRAM_MARK, normalize } from '../domain/searchText.js';

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Query terms as they are matched against `search_text` (phone separators dropped, short words marked). */
export function searchTerms(q: string): { indexed: string[]; scan: string[] } {
  const indexed: string[] = [];
  const scan: string[] = [];
  for (let term of normalize(q).split(/\s+/).filter(Boolean)) {
    if (/^[\d\s-]+$/.test(term)) term = term.replace(/[\s-]/g, '');
    const length = [...term].length;
    if (length >= 3) indexed.push(term);
    else if (length === 2 && !/^\d+$/.test(term)) indexed.push(term + BIGRAM_MARK);
    else scan.push(term);
  }
  return { indexed, scan };
}

/**
 * Narrows a query to rows whose search text contains every term: through the FTS5 trigram index on
 * SQLite and the pg_trgm index on PostgreSQL; terms too short for trigrams scan the text.
 */
export function applySearch(db: Knex, qb: Knex.QueryBuilder, table: string, q: string): void {
  const { indexed, scan } = searchTerms(q);
  if (dialectOf(db) === 'sqlite' && indexed.length) {
    const match = indexed.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
    qb.whereRaw(`${table}.id IN (SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH ?)`, [match]);
  } else {
    scan.push(...indexed);
  }
  for (const term of scan) qb.whereRaw(`${table}.search_text LIKE ? ESCAPE '\\'`, [`%${escapeLike(term)}%`]);
}
