import type { Language } from '../i18n/language';
import { DEAL_COLUMNS, type DealColumn } from './deal-columns';

/** The name of a deal column as the user reads it: the English name, or the French one of GLOSSARY.md. */
export function columnLabel(column: DealColumn, language: Language): string {
  return language === 'fr' ? DEAL_COLUMNS[column].fr : column;
}
