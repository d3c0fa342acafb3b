/**
 * `npm run restore -- FILE --yes`: replaces the database with a backup made by `npm run backup`.
 *   npm run restore -- backups/crm-20261124-101500.sqlite [--database URL] [--schema S] [--yes]
 * Without --yes it only checks the file and says what would be replaced. Stop the server first.
 * SQLite keeps the replaced database beside it (crm.sqlite.before-restore-<time>); PostgreSQL restores in one
 * transaction. Afterwards the migrations run, so an older backup is brought up to this version's schema.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { BackupError, describeTarget, planRestore, restore, targetOf } from '../server/db/backup/index.js';

const USAGE = 'usage: npm run restore -- FILE [--database sqlite://path | postgres://…] [--schema S] [--yes]';

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      schema: { type: 'string' },
      yes: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new BackupError(`name one backup file\n${USAGE}`);
  const config = values.database ? undefined : loadConfig();
  const url = values.database ?? (config as NonNullable<typeof config>).DATABASE_URL;
  const schema = values.schema ?? (values.database ? undefined : config?.DATABASE_SCHEMA);
  return { file: positionals[0], target: targetOf(url, schema), yes: values.yes };
}

async function main(): Promise<number> {
  try {
    const opts = options();
    const plan = await planRestore(opts.file, opts.target);
    const what = `${plan.file} (taken ${plan.takenAt.toLocaleString()})`;
    if (!opts.yes) {
      console.error(`This replaces ALL data in ${describeTarget(plan.target)} with the backup ${what}.\n` +
        'Stop the server first, then run again with --yes.');
      return 1;
    }
    console.log(`Restoring ${what} into ${describeTarget(plan.target)} …`);
    const r = await restore(plan);
    if (r.safetyCopy) console.log(`  the database as it was is kept in ${r.safetyCopy}`);
    console.log(`Restored in ${(r.ms / 1000).toFixed(1)} s: ${r.customers.toLocaleString('en-US')} customers, ` +
      `newest audit entry ${r.newestAudit ?? '(none)'}`);
    return 0;
  } catch (e) {
    const message = e instanceof BackupError ? e.message : (e as Error).message.replace(/\n\s*/g, ' ');
    console.error(`Restore failed: ${message}`);
    return 1;
  }
}

process.exitCode = await main();
