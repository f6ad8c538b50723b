/**
 * A user-facing text carried in both languages, kept apart (issue 20): a cell shows
 * "日本語 (English)", identical in every build; the pane and sidebar show the user's language only.
 * Messages, notes, warnings and table headers of the core are Texts; `cellText` is the one place
 * the two parts are joined.
 */
export interface Text {
  readonly ja: string;
  readonly en: string;
}

/** A text in both languages. */
export function bi(ja: string, en: string): Text {
  return { ja, en };
}

/** The cell form of a text: Japanese first, English in parentheses (rules/README.md "message text"). */
export function cellText(t: Text): string {
  return t.en === '' ? t.ja : `${t.ja} (${t.en})`;
}

/**
 * The part of a text in one language, for the pane and sidebar. A text without an English part
 * (a name, "OK", a message not yet split) is the same in both, as its cell form says.
 */
export function inLanguage(t: Text, lang: 'ja' | 'en'): string {
  return lang === 'ja' || t.en === '' ? t.ja : t.en;
}

/** Whether two texts say the same (texts are values: two calls make two equal objects). */
export function sameText(a: Text, b: Text): boolean {
  return a === b || (a.ja === b.ja && a.en === b.en);
}

export function isText(x: unknown): x is Text {
  return typeof x === 'object' && x !== null && typeof (x as Text).ja === 'string' && typeof (x as Text).en === 'string';
}
