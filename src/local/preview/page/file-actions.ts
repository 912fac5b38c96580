import type { ImportAnswer } from '../workbook-upload';
import { showToast } from './toasts';

/**
 * The preview's file actions in the top bar: import a leads file (.csv, .tsv, .txt, .xlsx)
 * as the workbook, through the same import as `sheets-pipeline report`, and download the
 * workbook as .xlsx. The import replaces the open workbook; the server keeps a copy of the
 * old one and says where.
 */
export function wireFileActions(options: { setStatus: (text: string) => void; onImported: () => Promise<void> }): void {
  const input = document.getElementById('upload') as HTMLInputElement;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    options.setStatus(`Importing ${file.name}…`);
    try {
      const response = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
      const body = (await response.json()) as ImportAnswer & { error?: string };
      if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
      await options.onImported();
      const problems = body.problems === 0 ? 'no problems' : `${body.problems} problem${body.problems === 1 ? '' : 's'} listed in the Import report`;
      showToast(`${body.deals} deals, ${problems}.${body.backup ? ` The previous workbook is kept as ${body.backup}.` : ''}`, `Imported ${body.file}`);
      options.setStatus('All changes saved');
    } catch (error) {
      options.setStatus('');
      showToast((error as Error).message, 'Import failed', 'error', 12);
    }
  });
}
