/**
 * Which sheets are pipelines, and where their header is, remembered in the document's
 * properties so that an edit does not have to search the sheet: the cached header is
 * checked against the sheet on every use (see pipeline-layout.ts), so a moved or renamed
 * column is noticed, never trusted blindly.
 */
const PROPERTY = 'sheetsPipeline.pipelines';

export interface RegisteredPipeline {
  /** 1-based row of the header. */
  headerRow: number;
  /** The header texts, left to right, as last seen. */
  headers: string[];
  /** Name of the Pipeline Settings block this sheet follows. */
  block: string;
}

type Registry = Record<string, RegisteredPipeline>;

function load(): Registry {
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY);
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

export function registerPipeline(sheetId: number, entry: RegisteredPipeline): void {
  const registry = load();
  registry[String(sheetId)] = entry;
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(registry));
}

export function unregisterPipeline(sheetId: number): void {
  const registry = load();
  delete registry[String(sheetId)];
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(registry));
}
