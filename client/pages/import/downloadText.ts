/** Hands a file the page holds to the browser as a download under `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // after the click has started the download
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Hands a text the page made to the browser as a file download. */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(name, new Blob([text], { type }));
}
