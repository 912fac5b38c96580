import fs from 'node:fs';
import path from 'node:path';
import { Emulator } from '../emulator';
import type { WorkbookModel } from '../emulator/model';
import { createDemoWorkbook } from '../demo';
import { Runtime, type Who } from '../runtime';
import { readWorkbookFile, writeWorkbookFile } from '../workbook-file';

export interface WorkbookSessionOptions {
  /** The `.xlsx` the workbook lives in; created with demo data when absent. */
  workbookPath: string;
  /** The built Apps Script project. */
  code: string;
  /** `dist/Sidebar.html`, served by `HtmlService.createHtmlOutputFromFile('Sidebar')`. */
  sidebarHtml: string;
  /** The preview user's language (`Session.getActiveUserLocale()`), and the demo data's. */
  locale: 'en' | 'fr';
  /** Clock for the demo data. */
  now?: Date;
}

/**
 * One workbook open in the preview: the emulator holding it, the runtime running the
 * add-on against it, and the file it is saved to after every change. Saves are queued, so
 * two quick edits never write the file concurrently, and each API answer waits for its save.
 */
export class WorkbookSession {
  readonly runtime: Runtime;
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    readonly emulator: Emulator,
    code: string,
    readonly path: string,
    readonly who: Who,
  ) {
    emulator.onChange = () => {
      this.dirty = true;
    };
    this.runtime = new Runtime(emulator, code, who);
  }

  /** Opens the workbook file, or creates it with the demo pipeline when it does not exist yet. */
  static async open(options: WorkbookSessionOptions): Promise<WorkbookSession> {
    const exists = fs.existsSync(options.workbookPath);
    const model: WorkbookModel = exists
      ? await readWorkbookFile(options.workbookPath)
      : createDemoWorkbook({ now: options.now ?? new Date(), locale: options.locale });
    const emulator = new Emulator(model, { htmlFiles: { Sidebar: options.sidebarHtml } });
    const userLocale = options.locale;
    const session = new WorkbookSession(emulator, options.code, options.workbookPath, { user: 'me@example.com', userLocale });
    if (!exists) {
      session.dirty = true;
      await session.save();
    }
    return session;
  }

  /**
   * A session on a workbook made elsewhere (an imported file), saved at `workbookPath` at
   * once. A workbook already at that path is never lost: it is first copied beside itself as
   * `NAME.before-import-TIMESTAMP.xlsx`, whose path is returned.
   */
  static async replacing(model: WorkbookModel, options: Omit<WorkbookSessionOptions, 'now'>, now = new Date()): Promise<{ session: WorkbookSession; backup: string | null }> {
    let backup: string | null = null;
    if (fs.existsSync(options.workbookPath)) {
      const extension = path.extname(options.workbookPath);
      const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
      backup = `${options.workbookPath.slice(0, options.workbookPath.length - extension.length)}.before-import-${stamp}${extension}`;
      fs.copyFileSync(options.workbookPath, backup, fs.constants.COPYFILE_EXCL);
    }
    const emulator = new Emulator(model, { htmlFiles: { Sidebar: options.sidebarHtml } });
    const session = new WorkbookSession(emulator, options.code, options.workbookPath, { user: 'me@example.com', userLocale: options.locale });
    session.dirty = true;
    await session.save();
    return { session, backup };
  }

  /** Writes the workbook if anything changed since the last save; resolves when it is on disk. */
  save(): Promise<void> {
    this.saving = this.saving.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await writeWorkbookFile(this.path, this.emulator.toModel());
      } catch (error) {
        this.dirty = true;
        throw error;
      }
    });
    return this.saving;
  }
}
