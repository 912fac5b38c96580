import type { WorkbookJson } from '../workbook-json';

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

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
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
