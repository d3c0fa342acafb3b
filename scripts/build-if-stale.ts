/**
 * `npm start` runs this first: builds the client with Vite when dist/ is missing or older than any
 * client source, so a fresh clone needs no separate build step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist', 'index.html');

function newest(dir: string): number {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(newest(path.join(root, 'client')), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs,
  fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
const built = fs.existsSync(dist) ? fs.statSync(dist).mtimeMs : 0;
if (built < sources) {
  console.log('Building the client (first start or sources changed)…');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // a test runner sets NODE_ENV=test, which would make Vite build React's development bundle
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
