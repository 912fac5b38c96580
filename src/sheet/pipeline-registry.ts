/**
 * Which sheets are pipelines, where their header is, and the names of the Pipeline
 * Settings and Stage History sheets their edits use, remembered in the document's
 * properties so that an edit does not have to search the sheet or the spreadsheet: the
 * cached header is checked against the sheet on every use (see pipeline-layout.ts), so a
 * moved or renamed column is noticed, and a remembered sheet name that no longer resolves
 * sends the edit back to the search (see loadStageContext): never trusted blindly.
 */
/** The document property holding the registry (JSON: entries by sheet id). */
export const REGISTRY_PROPERTY = 'sheetsPipeline.pipelines';

export interface RegisteredPipeline {
  /** 1-based row of the header. */
  headerRow: number;
  /** The header texts, left to right, as last seen. */
  headers: string[];
  /** Name of the Pipeline Settings block this sheet follows. */
  block: string;
  /**
   * The exact names of the Pipeline Settings and Stage History sheets this pipeline's
   * edits last used (setup's, or what an edit found by searching), so that an edit reaches
   * them by name without listing the sheets. Checked on every use: a renamed or deleted
   * sheet sends the edit back to the search, which remembers the new names. Absent in
   * entries written before it existed.
   */
  ownedSheets?: OwnedSheetNames;
}

export interface OwnedSheetNames {
  settings: string;
  history: string;
  /**
   * How many columns Pipeline Settings has when it is narrower than A:Z (a user deleted
   * the empty ones), so that an edit still reads it whole by name; absent otherwise.
   */
  settingsColumns?: number;
}

type Registry = Record<string, RegisteredPipeline>;

function load(): Registry {
  const text = PropertiesService.getDocumentProperties().getProperty(REGISTRY_PROPERTY);
  if (!text) return {};
  try {
    return JSON.parse(text) as Registry;
  } catch (_corrupt) {
    // A damaged cache is rebuilt from the sheets; nothing of the user's is in it.
    return {};
  }
}

export function registeredPipeline(sheetId: number): RegisteredPipeline | undefined {
  return load()[String(sheetId)];
}

export function registeredSheetIds(): number[] {
  return Object.keys(load()).map(Number);
}

function save(registry: Registry): void {
  PropertiesService.getDocumentProperties().setProperty(REGISTRY_PROPERTY, JSON.stringify(registry));
}

/** Registers (or updates) a pipeline sheet; an entry given without `ownedSheets` keeps the names already remembered. */
export function registerPipeline(sheetId: number, entry: RegisteredPipeline): void {
  const registry = load();
  const remembered = registry[String(sheetId)]?.ownedSheets;
  registry[String(sheetId)] = entry.ownedSheets === undefined && remembered !== undefined ? { ...entry, ownedSheets: remembered } : entry;
  save(registry);
}

/** Remembers the owned sheets' names for a registered pipeline sheet (nothing for a sheet not registered). */
export function rememberOwnedSheets(sheetId: number, ownedSheets: OwnedSheetNames): void {
  const registry = load();
  const entry = registry[String(sheetId)];
  if (!entry) return;
  registry[String(sheetId)] = { ...entry, ownedSheets };
  save(registry);
}

export function unregisterPipeline(sheetId: number): void {
  const registry = load();
  delete registry[String(sheetId)];
  save(registry);
}
