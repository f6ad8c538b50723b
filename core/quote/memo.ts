/**
 * A function of a short text, memoised: a long quote repeats its labels (100,000 lines of a few
 * products), so each distinct text is read once. Bounded, and long texts are not kept.
 */
export function memoText<T>(read: (text: string) => T, limit = 20_000, longest = 400): (text: string) => T {
  const made = new Map<string, T>();
  return (text) => {
    if (text.length > longest) return read(text);
    if (made.has(text)) return made.get(text) as T;
    if (made.size >= limit) made.clear();
    const v = read(text);
    made.set(text, v);
    return v;
  };
}
