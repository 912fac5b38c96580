import fc from 'fast-check';
import { parseNumberText, readNumberCell } from '../../../src/core/parse/parse-number';

describe('parseNumberText', () => {
  it.each([
    ['1.234,50 €', ',', 1234.5], ['1 234,50', ',', 1234.5], ['1\u202f234,50\u00a0€', ',', 1234.5], ['EUR 1.234.567,89', ',', 1234567.89],
    ['$1,234.50', '.', 1234.5], ['USD 1,234', '.', 1234], ['-$1,234.50', '.', -1234.5], ['$-12', '.', -12], ['(1,234.50)', '.', -1234.5],
    ["CHF 1'234.50", '.', 1234.5], ['1,5', ',', 1.5], ['1,234', ',', 1.234], ['1,234', '.', 1234], ['1.234', ',', 1234], ['1.234', '.', 1.234],
    ['12.5', ',', 12.5], ['1,5', '.', 1.5], ['1,234.5', ',', 1234.5], ['£99', '.', 99], ['R$ 10,00', ',', 10], ['1054', '.', 1054], ['-0.5', ',', -0.5],
    ['1 000 000', '.', 1000000], ['+42', '.', 42], ['kr 100', ',', 100], ['100 zł', ',', 100], ['US$ 1,500', '.', 1500], ['1.500 NZ$', ',', 1500],
  ] as const)('%s with decimal %s → %d', (text, separator, expected) => expect(parseNumberText(text, separator)).toBe(expected));

  it.each(['abc', '12 apples', '1,23,456', '1.2.3', '1,2.3,4', '--5', '', '5,', '€', '1,5 k€', '2k$', 'US$'])('refuses %s', (text) => {
    expect(parseNumberText(text, '.')).toBeUndefined();
    expect(parseNumberText(text, ',')).toBeUndefined();
  });

  it('reads back any amount as en_US and fr_FR/de_DE would write it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = Math.sign(whole || 1) * (Math.abs(whole) + cents / 100);
        const us = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(value);
        const de = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(value);
        const fr = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(value);
        expect(parseNumberText(us, '.')).toBeCloseTo(value, 6);
        expect(parseNumberText(de, ',')).toBeCloseTo(value, 6);
        expect(parseNumberText(fr, ',')).toBeCloseTo(value, 6);
      }),
    );
  });
});

describe('readNumberCell', () => {
  it('takes numbers as Sheets gives them, blanks as null, and refuses other types', () => {
    expect(readNumberCell(12.5, ',')).toBe(12.5);
    expect(readNumberCell('', '.')).toBeNull();
    expect(readNumberCell('   ', '.')).toBeNull();
    expect(readNumberCell(true, '.')).toBeUndefined();
    expect(readNumberCell(new Date(), '.')).toBeUndefined();
    expect(readNumberCell(Number.NaN, '.')).toBeUndefined();
  });
});
