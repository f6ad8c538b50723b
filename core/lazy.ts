/**
 * A value made on first use. Apps Script evaluates the whole bundle on every custom-function
 * call, so an index only some functions read (prefecture names, industry classes, quote words)
 * is built when one of them first needs it, not at load.
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
