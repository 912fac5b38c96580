/** Excel's date serials: days since 1899-12-30, the time of day as the fraction. */

export const MS_PER_DAY = 86_400_000;
/** The serial of 1970-01-01. */
export const EXCEL_EPOCH_OFFSET = 25569;

/** The instant whose UTC fields read as the serial's date and time (milliseconds rounded). */
export const serialToDate = (serial: number): Date => new Date(Math.round((serial - EXCEL_EPOCH_OFFSET) * MS_PER_DAY));

/** The serial of milliseconds read as a wall clock (UTC fields), e.g. 45292.5 for 2024-01-01 12:00. */
export const wallMsToSerial = (wallMs: number): number => EXCEL_EPOCH_OFFSET + wallMs / MS_PER_DAY;
