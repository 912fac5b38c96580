/** Shows a toast like Sheets does, bottom right, for a few seconds (errors longer, to be read). Text only: never HTML. */
export function showToast(message: string, title = '', kind: 'info' | 'error' = 'info', seconds = kind === 'error' ? 15 : 6): void {
  const box = document.getElementById('toasts');
  if (!box) return;
  const toast = document.createElement('div');
  toast.className = `toast ${kind}`;
  toast.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  if (title) {
    const strong = document.createElement('strong');
    strong.textContent = title;
    toast.append(strong);
  }
  toast.append(document.createTextNode(message));
  box.append(toast);
  setTimeout(() => toast.remove(), seconds * 1000);
}
