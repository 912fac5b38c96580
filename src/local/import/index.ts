/** Importing a leads file (.csv, .xlsx) as a new pipeline workbook: see `import-leads.ts`. */
export { ImportError } from './errors';
export { importLeadsFile, importSource, importWorkbook, spreadsheetLocale } from './import-leads';
export type { ImportOptions, ImportPhase, ImportResult, PhaseEvent } from './import-leads';
export type { ImportProblem, ProblemKind } from './import-problems';
export type { ReportFigures } from './report-figures';
export { readSourceData, readSourceFile, TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS } from './source-table';
export type { SourceTable } from './source-table';
