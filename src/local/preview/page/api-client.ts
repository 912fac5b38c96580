import type { WorkbookJson } from '../workbook-json';
import { t } from './page-language';

export interface Toast {
  message: string;
  title: string;
}

export interface EditAnswer {
  accepted: boolean;
  reason?: string;
  toasts: Toast[];
  triggerError?: string;
}

/** A JSON request to the preview server; its `{ error }` (or why there is none) becomes the thrown message. */
async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    // The browser's own message ("Failed to fetch") says neither what happened nor what to do.
    throw new Error(t('error.noServer'));
  }
  let body: (T & { error?: string }) | null = null;
  try {
    body = (await response.json()) as T & { error?: string };
  } catch {
    // Not JSON: only the status is known.
  }
  if (!response.ok || body === null) throw new Error(body?.error ?? t('error.http', { status: response.status }));
  return body;
}

/** Sends a file's bytes (an import). */
export function postFile<T>(url: string, file: Blob): Promise<T> {
  return request<T>(url, { method: 'POST', body: file });
}

export function fetchWorkbook(): Promise<WorkbookJson> {
  return request<WorkbookJson>('/api/workbook');
}

export function postEdit(sheet: string, row: number, column: number, values: unknown[][]): Promise<EditAnswer> {
  return request<EditAnswer>('/api/edit', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sheet, row, column, values }),
  });
}

/** Tells the preview which cell is selected, so the sidebar's "active row" follows the grid. */
export function postSelect(sheet: string, row: number, column: number): Promise<unknown> {
  return request('/api/select', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sheet, row, column }) });
}
