/**
 * Google Sheets accepts tab names xlsx does not (longer than 31 characters, `[]:*?/\`,
 * `History`). Such a tab gets a legal stand-in name in the file and its real name in
 * the metadata.
 */
const MAX_LENGTH = 31;

function isLegal(name: string): boolean {
  return name.length > 0 && name.length <= MAX_LENGTH && !/[*?:/\\[\]]/.test(name) && !/^'|'$/.test(name) && name !== 'History';
}

/** A legal name for `name`, distinct (case-insensitively) from every name in `taken`. */
export function xlsxSheetName(name: string, taken: Set<string>): string {
  const isFree = (candidate: string) => !taken.has(candidate.toLowerCase());
  if (isLegal(name) && isFree(name)) return name;
  const base = name.replace(/[*?:/\\[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, MAX_LENGTH - 4) || 'Sheet';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 && isLegal(base) ? base : `${base} (${n})`;
    if (isLegal(candidate) && isFree(candidate)) return candidate;
  }
}
