// Reproducible zips: the same files give the same bytes. Entries in byte order of their paths,
// every timestamp the DOS epoch (1980-01-01 00:00), fixed compression, no extra fields.
// fflate writes the DOS date from local-time getters, so the date is built from local
// components: the bytes do not depend on the machine's time zone either.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const DOS_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/** Every file below dir, as paths relative to it with "/" separators, in byte order. */
export function filesBelow(dir) {
  const walk = (d) => readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return walk(dir)
    .map((f) => relative(dir, f).split(sep).join('/'))
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** A zip of the given entries ({ path in the zip: bytes }), in byte order of the paths. */
export function zipEntries(entries) {
  const names = Object.keys(entries).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const files = {};
  for (const name of names) files[name] = [entries[name], { mtime: DOS_EPOCH, level: 9, os: 3, attrs: 0o100644 << 16 }];
  return Buffer.from(zipSync(files));
}

/** A zip of everything below dir (its contents at the zip's root). */
export function zipDir(dir) {
  return zipEntries(Object.fromEntries(filesBelow(dir).map((f) => [f, readFileSync(join(dir, f))])));
}
