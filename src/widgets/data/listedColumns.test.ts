import { describe, expect, it } from 'vitest';
import { describeListed, LISTED_COLUMNS, listColumns } from './listedColumns';

const wide = Array.from({ length: 2000 }, (_, i) => `c${i + 1}`);

describe('listColumns', () => {
  it('lists every column of a narrow data set, whatever the filter says', () => {
    const names = ['TV', 'Radio', 'Newspaper', 'Sales'];
    expect(listColumns(names, 'zzz', [])).toEqual({ listed: names, matching: 4, filtered: false });
  });

  it('lists only the first fifty of two thousand columns when nothing is typed', () => {
    const shown = listColumns(wide, '', []);
    expect(shown.listed).toEqual(wide.slice(0, LISTED_COLUMNS));
    expect(shown.matching).toBe(2000);
  });

  it('finds a column by part of its name, ignoring case, in the data order', () => {
    const shown = listColumns(wide, ' C150 ', []);
    // c150 and c1500…c1509
    expect(shown.listed).toEqual(['c150', ...Array.from({ length: 10 }, (_, i) => `c${1500 + i}`)]);
    expect(shown.matching).toBe(11);
  });

  it('keeps the chosen columns listed even when the filter hides them', () => {
    const shown = listColumns(wide, 'c1999', ['c7', 'c2000']);
    expect(shown.listed).toEqual(['c7', 'c1999', 'c2000']);
    expect(shown.matching).toBe(1);
  });
});

describe('describeListed', () => {
  it('says how many columns are shown, and how to find the others', () => {
    expect(describeListed(listColumns(wide, '', []), 2000, '')).toBe(
      'Showing the first 50 of 2,000 columns; type part of a name to find the others.',
    );
    expect(describeListed(listColumns(wide, 'c1', []), 2000, 'c1')).toBe(
      'Showing the first 50 of 1,111 matching columns; type more to narrow them.',
    );
    expect(describeListed(listColumns(wide, 'c150', []), 2000, 'c150')).toBe('11 of 2,000 columns match.');
    expect(describeListed(listColumns(wide, 'tv', []), 2000, 'tv')).toBe('No column name contains “tv”.');
  });
});
