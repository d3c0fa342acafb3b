import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The server as `npm start` runs it: brings the bundle up to date, answers its path for plain node. */
export function builtServer(): string {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build-if-stale.ts')], { cwd: root, stdio: 'inherit' });
  return path.join(root, 'dist-server', 'main.js');
}
