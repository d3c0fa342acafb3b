import fs from 'node:fs';
import path from 'node:path';

/** What a file holds, told by its first bytes rather than its name. */
export type BackupKind = 'sqlite' | 'pg_dump' | 'unknown';

export const EXTENSION: Record<Exclude<BackupKind, 'unknown'>, string> = { sqlite: '.sqlite', pg_dump: '.dump' };

const NAME = /^crm-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?\.(sqlite|dump)$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `crm-YYYYMMDD-HHMMSS` in local time: the admin reads it against the wall clock. */
export function stamp(at: Date): string {
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/** A new backup's final path in `dir`; a second backup within the same second gets `-2`, `-3`, …. */
export function newBackupPath(dir: string, kind: Exclude<BackupKind, 'unknown'>, at: Date): string {
  const base = `crm-${stamp(at)}`;
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${base}${n > 1 ? `-${n}` : ''}${EXTENSION[kind]}`);
    if (!fs.existsSync(file) && !fs.existsSync(partialPath(file))) return file;
  }
}

/** Written under this name and renamed only when complete and checked, so a half file never looks like a backup. */
export function partialPath(file: string): string {
  return `${file}.partial`;
}

/** When the backup was taken: from its name when it follows our pattern, else the file's modification time. */
export function takenAt(file: string): Date {
  const m = NAME.exec(path.basename(file));
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return fs.statSync(file).mtime;
}

export function detectKind(file: string): BackupKind {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (n >= 16 && head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
    if (n >= 5 && head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
    return 'unknown';
  } finally {
    fs.closeSync(fd);
  }
}

/** Our backups of one kind in `dir`, newest first (the names sort by time, then by their `-N` suffix). */
export function listBackups(dir: string, kind: Exclude<BackupKind, 'unknown'>): string[] {
  if (!fs.existsSync(dir)) return [];
  const ext = EXTENSION[kind];
  return fs.readdirSync(dir)
    .filter((name) => NAME.test(name) && name.endsWith(ext))
    .map((name) => {
      const m = NAME.exec(name) as RegExpExecArray;
      const key = `${m.slice(1, 7).join('')}-${(m[7] ?? '1').padStart(6, '0')}`;
      return { file: path.join(dir, name), key };
    })
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
    .map((b) => b.file);
}

/** `--keep N`: deletes this kind's backups beyond the newest `keep`; answers the deleted paths. */
export function rotate(dir: string, kind: Exclude<BackupKind, 'unknown'>, keep: number): string[] {
  const old = listBackups(dir, kind).slice(keep);
  for (const file of old) fs.rmSync(file, { force: true });
  return old;
}

/** Flushes a finished file to disk before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
