import { isIthojoError, type IthojoError } from '../errors/IthojoError';

/**
 * `make()` once per key of `cache`, its IthojoError too: a quote priced beside 100,000 scenarios
 * that cannot be read (or priced) fails once, with one shared error, not once per row.
 */
export function remember<K, V>(cache: Map<K, V | IthojoError>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    try {
      v = make();
    } catch (e) {
      if (!isIthojoError(e)) throw e;
      v = e;
    }
    cache.set(key, v);
  }
  if (isIthojoError(v)) throw v;
  return v;
}
