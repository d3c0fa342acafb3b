/**
 * Export speed and memory: all customers as CSV and as XLSX (unfiltered, sorted by name) from the server
 * running in this process. Targets (issue 4): 100,000 rows under 5 s on SQLite, server memory under 300 MB
 * throughout, so the peak resident set size is sampled every 50 ms while each download runs.
 */
import { sampleRss, selfProbe, type Probe } from './serverProcess.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { line } from './stats.js';

const TARGET_MS = 5000;
const TARGET_RSS_MB = 300;

interface Download {
  ms: number;
  bytes: number;
  rows: number;
  peakRssMb: number;
  /** CPU time the process spent (server and bench client, all threads): a figure a busy machine does not inflate */
  cpuMs: number;
}

/** Rows in an XLSX file, counted by exceljs' streaming reader (header row excluded). */
async function xlsxRows(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'ignore', styles: 'ignore' });
  let n = 0;
  for await (const sheet of reader) for await (const _row of sheet) n += 1;
  return n - 1;
}

/**
 * Downloads `url` while sampling the process's RSS every 50 ms. The body is not kept in memory (that would be the
 * bench's memory, not the server's): CSV rows are counted on the fly by their CRLF record ends (a line break inside
 * a value is a bare LF), an XLSX file goes to a temporary file and is counted after the clock stops.
 */
async function download(url: string, token: string, file: string | null, probe: Probe): Promise<{ ms: number; cpuMs: number; bytes: number; crlf: number; peakRssMb: number }> {
  const sampler = sampleRss(probe);
  const t = process.hrtime.bigint();
  const cpu = probe.cpuMs();
  const out = file ? fs.createWriteStream(file) : null;
  try {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok || !res.body) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
    let bytes = 0;
    let crlf = 0;
    let lastByte = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const buf = Buffer.from(value);
      bytes += buf.length;
      if (out) {
        if (!out.write(buf)) await once(out, 'drain');
        continue;
      }
      if (buf[0] === 10 && lastByte === 13) crlf += 1;
      for (let i = buf.indexOf(10, 1); i !== -1; i = buf.indexOf(10, i + 1)) if (buf[i - 1] === 13) crlf += 1;
      lastByte = buf[buf.length - 1];
    }
    if (out) await new Promise((resolve) => out.end(resolve));
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    return { ms, cpuMs: probe.cpuMs() - cpu, bytes, crlf, peakRssMb: sampler.stop() };
  } finally {
    sampler.stop();
  }
}

async function exportOnce(base: string, token: string, format: 'csv' | 'xlsx', probe: Probe): Promise<Download> {
  const qs = new URLSearchParams({ format, sort: JSON.stringify(['name', 'ASC']), locale: 'zh' });
  const file = format === 'xlsx' ? path.join(os.tmpdir(), `export-bench-${process.pid}.xlsx`) : null;
  try {
    const r = await download(`${base}/customers/export?${qs}`, token, file, probe);
    const rows = file ? await xlsxRows(file) : r.crlf - 1;
    return { ms: r.ms, cpuMs: r.cpuMs, bytes: r.bytes, rows, peakRssMb: r.peakRssMb };
  } finally {
    if (file) fs.rmSync(file, { force: true });
  }
}

/**
 * Downloads every customer as CSV, then as XLSX, and prints time, rows, size and the process's peak RSS for each.
 */
export async function benchExport(opts: { base: string; token: string; probe?: Probe }): Promise<Download[]> {
  const results: Download[] = [];
  for (const format of ['csv', 'xlsx'] as const) {
    const r = await exportOnce(opts.base, opts.token, format, opts.probe ?? selfProbe);
    results.push(r);
    const rss = r.peakRssMb <= TARGET_RSS_MB ? `✓ target < ${TARGET_RSS_MB} MB` : `✗ target < ${TARGET_RSS_MB} MB`;
    console.log(line(`Export all customers as ${format.toUpperCase()}, sorted by name`, { median: r.ms, p95: r.ms, runs: 1 }, TARGET_MS));
    console.log(`${''.padEnd(58)} ${r.rows} rows, ${(r.bytes / 2 ** 20).toFixed(1)} MB, server CPU ${(r.cpuMs / 1000).toFixed(2)} s, server peak RSS ${r.peakRssMb.toFixed(0)} MB  ${rss}`);
  }
  return results;
}
