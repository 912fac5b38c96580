import { existsSync } from 'fs';
import { join, resolve } from 'path';

/**
 * The shared CRM Sales Opportunities data folder: `$PIPELINE_TEST_DATA` (the data folder or
 * its crm-sales-opportunities folder), else ../shared/data. `null` when absent: the tests
 * that need it then report themselves skipped, with this reason.
 */
export function crmDataFolder(): string | null {
  const root = process.env.PIPELINE_TEST_DATA ?? resolve(__dirname, '../../../shared/data');
  for (const folder of [join(root, 'crm-sales-opportunities'), root]) if (existsSync(join(folder, 'sales_pipeline.csv'))) return folder;
  return null;
}

export const NO_DATA_REASON = 'skipped: CRM sales data not found (set PIPELINE_TEST_DATA or provide ../shared/data)';
