import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, badRequest } from '../../errors.js';
import { reason } from '../reasons.js';

export const UPLOAD_LIMIT = 50 * 1024 * 1024;

export interface Upload {
  /** a temporary file holding the uploaded bytes; the caller removes it with `discard` */
  file: string;
  filename: string;
  fields: Record<string, string>;
}

/**
 * Streams a multipart upload's `file` part to a temporary file (never the whole file in memory) and collects
 * the small text fields beside it. Too big → 413; no file → 400.
 */
export async function receiveUpload(req: Request, limit = UPLOAD_LIMIT): Promise<Upload> {
  let bb: busboy.Busboy;
  try {
    bb = busboy({ headers: req.headers, limits: { fileSize: limit, files: 1, fields: 20, fieldSize: 256 * 1024 } });
  } catch {
    throw badRequest({ file: reason('file_missing') });
  }
  const file = path.join(os.tmpdir(), `crm-import-${crypto.randomBytes(8).toString('hex')}`);
  const fields: Record<string, string> = {};
  let filename = '';
  let saving: Promise<void> | null = null;
  let tooLarge = false;
  try {
    await new Promise<void>((resolve, reject) => {
      bb.on('field', (name, value) => {
        fields[name] = value;
      });
      bb.on('file', (name, stream, info) => {
        if (name !== 'file' || saving) {
          // a part we do not keep is drained; a form cut off inside it fails through busboy's own 'error' (below),
          // so the part's error is no one's to handle (unhandled, it would bring the process down)
          stream.on('error', () => undefined);
          stream.resume();
          return;
        }
        filename = info.filename ?? '';
        stream.on('limit', () => {
          tooLarge = true;
        });
        saving = pipeline(stream, fs.createWriteStream(file));
        saving.catch(reject);
      });
      bb.on('error', reject);
      bb.on('close', () => resolve());
      req.pipe(bb);
    });
    if (saving) await saving;
  } catch (err) {
    discard(file);
    throw err instanceof AppError ? err : badRequest({ file: reason('file_missing') });
  }
  if (tooLarge) {
    discard(file);
    throw new AppError(413, 'too_large');
  }
  if (!saving) throw badRequest({ file: reason('file_missing') });
  return { file, filename, fields };
}

export function discard(file: string): void {
  fs.rmSync(file, { force: true });
}
