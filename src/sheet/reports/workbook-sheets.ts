import { LANGUAGES, type Language } from '../../core/i18n/language';
import { translate, type StringKey } from '../../core/i18n/strings';
import { foldLabel } from '../../core/text/fold';
import { registeredSheetIds } from '../pipeline-registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The spreadsheet's tabs, in order, with their names: one `getSheets` and one `getName`
 * per tab, after which every sheet the reports need (pipeline, settings, history, the old
 * report tabs and their positions) is found without further calls. Looking each one up by
 * name in both languages would cost more, and tell nothing about positions.
 */
export class WorkbookSheets {
  private constructor(
    /** Tabs in order; kept in step with the inserts and deletes made through this object. */
    readonly sheets: Sheet[],
    readonly names: string[],
  ) {}

  static read(spreadsheet: Spreadsheet): WorkbookSheets {
    const sheets = spreadsheet.getSheets();
    return new WorkbookSheets(sheets, sheets.map((sheet) => sheet.getName()));
  }

  /**
   * A sheet the add-on owns, by its English or French name (GLOSSARY.md), `preferred`
   * language first. Case never counts (Sheets refuses two names that differ only by case,
   * so a tab renamed into place must replace such a one); accents do not count either
   * unless `strictAccents` (SPEC §2), which is how the report tabs, deleted on refresh,
   * avoid taking a user's "Previsions" for the add-on's "Prévisions".
   */
  owned(nameKey: StringKey, preferred: Language = 'en', strictAccents = false): Sheet | null {
    const fold = (name: string) => (strictAccents ? name : name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).trim().toLowerCase();
    const folded = this.names.map(fold);
    for (const language of [preferred, ...LANGUAGES.filter((other) => other !== preferred)]) {
      const index = folded.indexOf(fold(translate(language, nameKey)));
      if (index >= 0) return this.sheets[index];
    }
    return null;
  }

  /**
   * The pipeline sheet, as `findPipelineSheet`: the first tab set up as one, else the tab
   * named Pipeline in either language (matched folded). `id` is known when the registry is used.
   */
  pipeline(): { sheet: Sheet; name: string; id: number | null } | null {
    const registered = new Set(registeredSheetIds());
    if (registered.size > 0) {
      for (let index = 0; index < this.sheets.length; index++) {
        const id = this.sheets[index].getSheetId();
        if (registered.has(id)) return { sheet: this.sheets[index], name: this.names[index], id };
      }
    }
    const names = new Set(LANGUAGES.map((language) => foldLabel(translate(language, 'sheet.pipeline'))));
    const index = this.names.findIndex((name) => names.has(foldLabel(name)));
    return index < 0 ? null : { sheet: this.sheets[index], name: this.names[index], id: null };
  }

  /** The tab of that name, case aside (Sheets refuses two names that differ only by case). */
  named(name: string): Sheet | null {
    const index = this.names.findIndex((other) => other.toLowerCase() === name.toLowerCase());
    return index < 0 ? null : this.sheets[index];
  }

  /** 0-based position of a tab, -1 when it is not (or no longer) in the spreadsheet. */
  indexOf(sheet: Sheet): number {
    return this.sheets.indexOf(sheet);
  }

  get count(): number {
    return this.sheets.length;
  }

  /** Records an `insertSheet(name, index)` made by the caller. */
  inserted(sheet: Sheet, name: string, index: number): void {
    this.sheets.splice(index, 0, sheet);
    this.names.splice(index, 0, name);
  }

  /** Records a `deleteSheet` made by the caller. */
  deleted(sheet: Sheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) return;
    this.sheets.splice(index, 1);
    this.names.splice(index, 1);
  }
}
