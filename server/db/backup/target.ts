import path from 'node:path';

/** A failure the admin can act on: the scripts print its message as one line and exit with 1. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The database a backup is taken from or restored into. */
export type Target =
  | { engine: 'sqlite'; url: string; file: string }
  | { engine: 'postgres'; url: string; schema?: string };

export function targetOf(url: string, schema?: string): Target {
  if (url.startsWith('sqlite://')) {
    const file = url.slice('sqlite://'.length);
    if (!file || file === ':memory:') throw new BackupError(`${url}: an in-memory database cannot be backed up or restored`);
    return { engine: 'sqlite', url, file: path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new BackupError(`--schema ${schema}: must be a lower-case SQL identifier`);
    }
    // `public` is the database's default schema, which also holds pg_trgm: it is backed up and restored as the
    // whole database (a restore must not drop it, and a dump of it alone would lack the extension)
    return { engine: 'postgres', url, schema: schema === 'public' ? undefined : schema };
  }
  throw new BackupError(`${url}: the database must start with sqlite:// or postgres://`);
}

/** For messages: the URL without its password. */
export function describeTarget(t: Target): string {
  if (t.engine === 'sqlite') return t.file;
  const shown = t.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return t.schema ? `${shown} (schema ${t.schema})` : shown;
}
