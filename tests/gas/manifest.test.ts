/**
 * appsscript.json (clasp does not check it) and what `clasp push` sends: dist/gas holds only
 * Code.js and the manifest; the clasp template points there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DIST_GAS, ROOT } from './sheetsHost';

const source = readFileSync(path.join(ROOT, 'gas/appsscript.json'), 'utf8');
const built = readFileSync(path.join(DIST_GAS, 'appsscript.json'), 'utf8');

test('the built manifest is the source manifest', () => {
  expect(built).toBe(source);
});

test('valid JSON: V8, Asia/Tokyo, no OAuth scopes (custom functions need none)', () => {
  const manifest = JSON.parse(built) as Record<string, unknown>;
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Tokyo');
  expect(manifest).not.toHaveProperty('oauthScopes');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  expect(manifest.dependencies).toEqual({});
});

test('clasp pushes only Code.js and appsscript.json', () => {
  expect(readdirSync(DIST_GAS).sort()).toEqual(['Code.js', 'appsscript.json']);
});

test('the .clasp.json template pushes dist/gas and holds no real script id', () => {
  const clasp = JSON.parse(readFileSync(path.join(ROOT, 'gas/.clasp.json.example'), 'utf8')) as Record<string, unknown>;
  expect(clasp.rootDir).toBe('dist/gas');
  expect(clasp.scriptId).toMatch(/^[A-Z_]+$/);
});
