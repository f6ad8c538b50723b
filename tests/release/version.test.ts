/**
 * The version reaches the core as core/version.ts, generated from package.json (npm's "version"
 * lifecycle script regenerates it on `npm version`): the two agree, and the core's index and the
 * version line every surface shows (core/about.ts) carry it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aboutText, rulesCheckedOn, VERSION } from '../../core';
import pkg from '../../package.json';

const ROOT = path.join(__dirname, '../..');

test('core/version.ts is what scripts/gen-version.mjs writes for package.json\'s version', () => {
  const expected = execFileSync(process.execPath, ['--input-type=module', '-e', `import { versionModule } from './scripts/gen-version.mjs'; process.stdout.write(versionModule(${JSON.stringify(pkg.version)}));`], { cwd: ROOT, encoding: 'utf8' });
  expect(fs.readFileSync(path.join(ROOT, 'core/version.ts'), 'utf8')).toBe(expected);
  expect(VERSION).toBe(pkg.version);
});

test('`npm version` regenerates it and adds it to the version commit', () => {
  expect((pkg.scripts as Record<string, string>).version).toBe('node scripts/gen-version.mjs && git add core/version.ts');
});

test('the version line names the version and the newest rule check date, in both languages', () => {
  const day = rulesCheckedOn();
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(aboutText()).toEqual({ ja: `ITHOJO ${pkg.version}・ルール確認日 ${day}`, en: `version ${pkg.version}, rules checked ${day}` });
});
