import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../core/i18n/language';
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
  /** The preview user's language (`Session.getActiveUserLocale()`), and the demo data's; the page's, which shows the errors of later saves. */
  locale: 'en' | 'fr';
  /** The language of the errors (`WorkbookFileError`) reading and first saving the file: the command line's at start-up; `locale` by default. */
  messageLanguage?: Language;
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
    /** The language of the errors of `save`, unless it is told another. */
    private readonly language: Language,
  ) {
    emulator.onChange = () => {
      this.dirty = true;
    };
    this.runtime = new Runtime(emulator, code, who);
  }

  /** Opens the workbook file, or creates it with the demo pipeline when it does not exist yet. */
  static async open(options: WorkbookSessionOptions): Promise<WorkbookSession> {
    const exists = fs.existsSync(options.workbookPath);
    const messages = options.messageLanguage ?? options.locale;
    const model: WorkbookModel = exists
      ? await readWorkbookFile(options.workbookPath, messages)
      : createDemoWorkbook({ now: options.now ?? new Date(), locale: options.locale });
    const emulator = new Emulator(model, { htmlFiles: { Sidebar: options.sidebarHtml } });
    const userLocale = options.locale;
    const session = new WorkbookSession(emulator, options.code, options.workbookPath, { user: 'me@example.com', userLocale }, options.locale);
    if (!exists) {
      session.dirty = true;
      await session.save(messages);
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
    const session = new WorkbookSession(emulator, options.code, options.workbookPath, { user: 'me@example.com', userLocale: options.locale }, options.locale);
    session.dirty = true;
    await session.save(options.messageLanguage ?? options.locale);
    return { session, backup };
  }

  /**
   * Writes the workbook if anything changed since the last save; resolves when it is on
   * disk. Errors in `language`. A failed save (a full disk, a folder gone) rejects its own
   * caller only: the changes stay to be written, and the next save tries again.
   */
  save(language: Language = this.language): Promise<void> {
    const attempt = this.saving.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await writeWorkbookFile(this.path, this.emulator.toModel(), language);
      } catch (error) {
        this.dirty = true;
        throw error;
      }
    });
    // The queue waits for this save, whatever its outcome.
    this.saving = attempt.catch(() => undefined);
    return attempt;
  }
}
