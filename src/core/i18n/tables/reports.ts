/** Strings for the Conversion and Forecast tabs and Validate all rows. English first; the French table is typed against it. */
const en = {
} as const;

const fr: Record<keyof typeof en, string> = {
};

export const REPORT_STRINGS = { en, fr };
