import type { Language } from '../../core/i18n/language';

/** Locale tags for Intl: the sidebar speaks two languages, and dates and numbers follow them. */
const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** An amount in the pipeline currency; an unknown currency code must not break the view, so it falls back to a plain number. */
export function formatMoney(amount: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(LOCALE[language]).format(amount)} ${currency}`;
  }
}

/**
 * A `yyyy-mm-dd` date as the user reads it. Built from its parts in UTC so the browser's
 * own time zone cannot shift it a day: the server already gave it in the spreadsheet's zone.
 */
export function formatDay(isoDay: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A full ISO timestamp (history), in the user's own time zone since it is a moment, not a day. */
export function formatMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], { hour: '2-digit', minute: '2-digit' }).format(date);
}
