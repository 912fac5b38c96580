/** Strings for setting up and converting a sheet, normalising stage names, stale and overdue formatting. English first; the French table is typed against it. */
const en = {
} as const;

const fr: Record<keyof typeof en, string> = {
};

export const SETUP_STRINGS = { en, fr };
