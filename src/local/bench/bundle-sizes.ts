import fs from 'node:fs';
import path from 'node:path';

/** SPEC §8: each built file under 150 KB. */
export const BUNDLE_BUDGET_BYTES = 150 * 1024;
export const BUNDLE_FILES = ['Code.js', 'Sidebar.html'];

export interface BundleSize {
  file: string;
  /** `null` when the file is not built. */
  bytes: number | null;
}

export function bundleSizes(distDir: string): BundleSize[] {
  return BUNDLE_FILES.map((file) => {
    const full = path.join(distDir, file);
    return { file: `dist/${file}`, bytes: fs.existsSync(full) ? fs.statSync(full).size : null };
  });
}
