import type { FormatKind } from './report-grid';

/** Symbols Sheets shows for the common currency codes; any other code is shown as itself. */
const CURRENCY_SYMBOLS: Record<string, string> = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  JPY: '¥',
  CNY: '¥',
  INR: '₹',
  KRW: '₩',
  CHF: 'CHF',
  CAD: 'CA$',
  AUD: 'A$',
  NZD: 'NZ$',
  BRL: 'R$',
  MXN: 'MX$',
  SEK: 'kr',
  NOK: 'kr',
  DKK: 'kr',
  PLN: 'zł',
  CZK: 'Kč',
  ZAR: 'R',
  XOF: 'F CFA',
  MAD: 'MAD',
};

/**
 * Locales whose currency amounts put the symbol first (`$1,234`, `£1,234`); the others,
 * French and most of continental Europe, put it after the number (`1 234 €`).
 */
const SYMBOL_FIRST = /^(en|ja|zh|ko|he|th|hi|ms|id|fil|pt_BR|es_MX|es_US|nl)(?:[_-]|$)/i;

/**
 * A Sheets currency format for `currency` (ISO code from Pipeline Settings) laid out as
 * the spreadsheet locale writes money. Format codes always use `,` for grouping and `.`
 * for decimals; Sheets shows them with the locale's own marks. Whole units: reports are
 * read at a glance, and every value keeps its full precision in the cell.
 */
export function currencyFormat(currency: string, locale: string): string {
  const code = currency.trim().toUpperCase();
  const symbol = (CURRENCY_SYMBOLS[code] ?? code).replace(/[\]"]/g, '');
  return SYMBOL_FIRST.test(locale) ? `[$${symbol}]#,##0` : `#,##0 [$${symbol}]`;
}

/** The number format of each kind of report cell. */
export function reportNumberFormats(currency: string, locale: string): Record<FormatKind, string> {
  return {
    text: '@',
    count: '#,##0',
    percent: '0.0%',
    currency: currencyFormat(currency, locale),
    days: '0.0',
    dateTime: 'yyyy-mm-dd hh:mm',
    month: 'yyyy-mm',
  };
}
