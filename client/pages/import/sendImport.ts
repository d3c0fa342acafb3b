import { csrfToken } from '../../auth/session';
import { languageTag } from '../../i18n/formats';
import { ABORTED, failureOf, ImportFailure, importForm, importUrl, parseJson, type ImportReport, type ImportRequest } from './importApi';

export interface SendProgress {
  /** bytes of the file sent so far, 0‥1 */
  onUpload: (fraction: number) => void;
  /** the whole file is sent; the server now reads and checks it */
  onUploaded: () => void;
}

/**
 * Sends a file to the import endpoint. XMLHttpRequest rather than fetch: only it reports upload progress, which
 * a user sending a 20 MB spreadsheet needs to see. Same headers as the data provider's client: the session's
 * CSRF token (a write) and Accept-Language, so the row reasons come back in the user's language.
 */
export function sendImport(request: ImportRequest, locale: string, progress: SendProgress, signal?: AbortSignal): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importUrl(request.resource));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', languageTag(locale));
    const token = csrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) progress.onUpload(event.loaded / event.total);
    };
    xhr.upload.onload = () => progress.onUploaded();
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      const failure = failureOf(xhr.status, body);
      if (failure) reject(failure);
      else resolve(body as ImportReport);
    };
    xhr.onerror = () => reject(new ImportFailure('', 0, null));
    xhr.onabort = () => reject(new ImportFailure('', ABORTED, null));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(importForm(request));
  });
}
