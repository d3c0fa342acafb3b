/**
 * Import speed and memory: 100,000 customers from a CSV as Chinese Excel users write it (Chinese headers, tier and
 * region by their Chinese labels, dates as 1985/3/7) into the server running in this process, committed
 * (validate + write + audit in one transaction). Targets (issue 4): under 15 s on SQLite, server memory under
 * 300 MB throughout — the peak resident set size is sampled every 50 ms while the request runs. The imported
 * customers and their audit rows are deleted afterwards so that reruns measure the same thing.
 */
import { sampleRss, selfProbe, type Probe } from './serverProcess.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { once } from 'node:events';
import type { Knex } from 'knex';
import { line } from './stats.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TARGET_MS = 15_000;
const TARGET_RSS_MB = 300;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴'];
const GIVEN = [...'伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林峰建国志文东海亮成博晨芳娜敏静丽艳娟霞秀玲桂英燕萍红婷雪琳晶欣妍颖怡倩佳琪梦雨思涵悦慧瑶'];
const GENDERS = ['男', '女'];
const TYPES = ['意向客户', '保有客户', '保有客户', '集团客户'];
const SOURCES = ['到店自然客流', '老客户推荐', '官网/网络', '来电咨询', '车展', '微信/社交媒体'];

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

/** Writes the CSV (UTF-8 with a BOM, as Excel saves "CSV UTF-8"). */
async function writeCsv(db: Knex, file: string): Promise<void> {
  const regions: string[] = (await db('lookups').where({ type: 'region' }).select('label_zh')).map((r) => r.label_zh);
  const tiers: string[] = (await db('tiers').select('name')).map((r) => r.name);
  const prefix = 100 + crypto.randomInt(0, 899); // phones unlikely to repeat a stored customer's between runs
  const out = fs.createWriteStream(file);
  out.write('\ufeff姓名,联系电话,性别,生日,区县,会员等级,客户类型,信息来源,工作单位,电子邮箱,同意接收短信,备注\r\n');
  let buffer = '';
  for (let i = 0; i < ROWS; i++) {
    const r = crypto.randomInt(0, 2 ** 31);
    const name = pick(SURNAMES, r) + pick(GIVEN, r >> 7) + (r & 1 ? pick(GIVEN, r >> 13) : '');
    const phone = `1${String(prefix).padStart(3, '0')}${String(i).padStart(7, '0')}`;
    const birthday = `${1955 + (r % 45)}/${1 + ((r >> 3) % 12)}/${1 + ((r >> 5) % 28)}`;
    const company = r % 3 === 0 ? `${pick(['北京', '上海', '杭州', '深圳'], r >> 9)}${pick(['华信', '远航', '启明', '恒通', '博达'], r >> 11)}科技有限公司` : '';
    const email = r % 4 === 0 ? `user${i}@example.com` : '';
    buffer += [name, phone, pick(GENDERS, r >> 2), birthday, pick(regions, r >> 4), pick(tiers, r >> 6), pick(TYPES, r >> 8),
      pick(SOURCES, r >> 10), company, email, r % 2 ? '是' : '否', r % 10 === 0 ? '"老客户转介绍，关注新能源车型"' : ''].join(',') + '\r\n';
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** Deletes what an import wrote: its records (by the audit trail's batch id) and its audit rows. */
async function undo(db: Knex, batchId: string): Promise<void> {
  const ids: number[] = (await db('audit_log').where({ batch_id: batchId, resource: 'customers' }).select('record_id')).map((r) => Number(r.record_id));
  await db.transaction(async (trx) => {
    for (let i = 0; i < ids.length; i += 5000) await trx('customers').whereIn('id', ids.slice(i, i + 5000)).delete();
    await trx('audit_log').where({ batch_id: batchId }).delete();
  });
}

export async function benchImport(opts: { base: string; token: string; db: Knex; probe?: Probe }): Promise<void> {
  const probe = opts.probe ?? selfProbe;
  const file = path.join(os.tmpdir(), `bench-import-${crypto.randomBytes(4).toString('hex')}.csv`);
  try {
    await writeCsv(opts.db, file);
    const sizeMb = fs.statSync(file).size / 1024 / 1024;
    const form = new FormData();
    form.append('dryRun', 'false');
    form.append('duplicates', 'create');
    form.append('file', await fs.openAsBlob(file), 'customers.csv');

    const sampler = sampleRss(probe);
    const cpu = probe.cpuMs();
    const t = process.hrtime.bigint();
    const res = await fetch(`${opts.base}/customers/import`, { method: 'POST', headers: { Authorization: `Bearer ${opts.token}` }, body: form });
    const body = (await res.json()) as { created?: number; invalid?: number; batchId?: string | null; message?: string };
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const cpuS = (probe.cpuMs() - cpu) / 1000;
    const mb = sampler.stop();
    if (!res.ok || !body.batchId) throw new Error(`import answered ${res.status}: ${body.message ?? JSON.stringify(body).slice(0, 300)}`);

    const label = `Import ${ROWS.toLocaleString('en')} customers, CSV ${sizeMb.toFixed(1)} MB (commit)`;
    const f = { median: ms, p95: ms, runs: 1 };
    // the server's CPU time beside the wall time: on a busy machine the two part ways
    console.log(line(label, f, TARGET_MS) + `  CPU ${cpuS.toFixed(1)} s, created ${body.created}, invalid ${body.invalid}`);
    const verdict = mb < TARGET_RSS_MB ? `✓ target < ${TARGET_RSS_MB} MB` : `✗ target < ${TARGET_RSS_MB} MB`;
    console.log(`${'Import: server peak RSS (sampled every 50 ms)'.padEnd(58)} ${mb.toFixed(0).padStart(7)} MB   before ${sampler.before.toFixed(0)} MB  ${verdict}`);
    await undo(opts.db, body.batchId);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
