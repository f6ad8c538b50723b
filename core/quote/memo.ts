/**
 * A function of a text, memoised: a long quote repeats its labels (100,000 lines of a few
 * products), so each distinct text is read once. Bounded; long texts are kept only a few at a
 * time (a line's reading asks about its 品名 more than once, but 50,000 long cells must not stay).
 */
export function memoText<T>(read: (text: string) => T, limit = 20_000, longest = 400): (text: string) => T {
  const made = new Map<string, T>();
  const long = new Map<string, T>();
  return (text) => {
    const cache = text.length > longest ? long : made;
    if (cache.has(text)) return cache.get(text) as T;
    if (cache.size >= (cache === long ? LONG_KEPT : limit)) cache.clear();
    const v = read(text);
    cache.set(text, v);
    return v;
  };
}

const LONG_KEPT = 64;
