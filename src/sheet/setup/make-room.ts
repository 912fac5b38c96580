type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Adds `count` rows at the bottom of a log before a bulk append of `count` rows (a single
 * row is appended with `appendRow`, which grows the sheet itself). Adding exactly as many
 * rows as are appended is always enough, and unlike "only when short of room" it costs the
 * same calls for 100 deals as for 100 000: the unused rows stay blank at the bottom.
 */
export function makeRoomForRows(sheet: Sheet, count: number): void {
  if (count < 2) return;
  sheet.insertRowsAfter(sheet.getMaxRows(), count);
}
