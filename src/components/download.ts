/** Save a file the page made (a picture, a data set) through the browser's download, no server involved. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task, once the browser has started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
