import type { ImportAnswer } from '../workbook-upload';
import { postFile } from './api-client';
import { formatNumber, t } from './page-language';
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
    options.setStatus(t('status.importing', { file: file.name }));
    try {
      const body = await postFile<ImportAnswer>(`/api/upload?name=${encodeURIComponent(file.name)}`, file);
      await options.onImported();
      showToast(importSummary(body), t('toast.imported', { file: body.file }));
      options.setStatus(t('status.saved'));
    } catch (error) {
      options.setStatus('');
      showToast((error as Error).message, t('toast.importFailed'), 'error', 12);
    }
  });
}

/** `4 deals, 2 problems listed in the Import report.`, and where the replaced workbook is kept. */
function importSummary(answer: ImportAnswer): string {
  const deals = t('import.deals', { count: formatNumber(answer.deals) });
  const problems = answer.problems === 0 ? t('import.problems.none') : t('import.problems', { count: formatNumber(answer.problems) });
  return answer.backup ? t('import.summaryWithBackup', { deals, problems, backup: answer.backup }) : t('import.summary', { deals, problems });
}
