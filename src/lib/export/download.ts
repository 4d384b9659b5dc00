// Saves a blob through a temporary object URL: nothing leaves the page.
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, type: string, filename: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}
