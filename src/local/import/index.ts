/** Importing a leads file (.csv, .xlsx) as a new pipeline workbook: see `import-leads.ts`. */
export { ImportError } from './errors';
export { importLeadsFile, importSource, spreadsheetLocale } from './import-leads';
export type { ImportOptions, ImportPhase, ImportResult, PhaseEvent } from './import-leads';
export type { ImportProblem, ProblemKind } from './import-problems';
export type { ReportFigures } from './report-figures';
export { readSourceData } from './source-table';
export { importCounts } from './summary-text';
export type { SourceTable } from './source-table';
