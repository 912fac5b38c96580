const PROPERTY = 'sheetsPipeline.timeZone';

/**
 * The spreadsheet's time zone: read afresh (`fresh`, and remembered in the document's
 * properties), or the one remembered since, for the sidebar's commands, whose answer only
 * displays dates with it: every date a command writes goes to Sheets as the day typed (see
 * `FormDay`), which Sheets reads in its own zone, so a zone changed since the last read can
 * never shift a written date. The sidebar reads it afresh each time it loads its state.
 */
export function spreadsheetTimeZone(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, fresh: boolean): string {
  const properties = PropertiesService.getDocumentProperties();
  const known = properties.getProperty(PROPERTY);
  if (known && !fresh) return known;
  const zone = spreadsheet.getSpreadsheetTimeZone();
  if (zone !== known) properties.setProperty(PROPERTY, zone);
  return zone;
}
