/**
 * Folds the spellings a user may type for the same word: full-width ASCII and spaces (NFKC),
 * case, and white space. Used for frame, size, category and option names alike.
 */
export function normalizeKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s・･]/g, '');
}

/** Blank as spreadsheets pass it: null (Excel's omitted argument), undefined, "" or spaces. */
export function isBlank(x: unknown): x is null | undefined | '' {
  return x === null || x === undefined || (typeof x === 'string' && x.trim() === '');
}

/** A Date, also one made in another realm (an Apps Script library's caller passes those). */
export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}
