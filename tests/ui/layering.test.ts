/**
 * The pane's layers: ui/ and templates/ reach the core only through its index, templates/ never
 * imports the UI, and only the host files (and the page entries) touch host globals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');

const sources = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => path.resolve(path.dirname(file), m[1]));
const rel = (f: string) => path.relative(root, f);
const under = (f: string, dir: string) => f.startsWith(path.join(root, dir) + path.sep);

const ui = sources(path.join(root, 'ui'));
const templates = sources(path.join(root, 'templates'));

test.each([...ui, ...templates].map((f) => [rel(f), f]))('%s imports the core through core/index only', (_rel, file) => {
  for (const target of importsOf(file)) if (under(target, 'core') || target === path.join(root, 'core')) expect(target).toBe(path.join(root, 'core'));
});

test.each(templates.map((f) => [rel(f), f]))('%s does not import the UI or a host', (_rel, file) => {
  for (const target of importsOf(file)) for (const dir of ['ui', 'excel-addin', 'gas']) expect([target, under(target, dir)]).toEqual([target, false]);
});

test.each([...ui, ...templates].filter((f) => !under(f, 'ui/entries')).map((f) => [rel(f), f]))('%s uses no Office, Excel or Apps Script global', (_rel, file) => {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  expect(code).not.toMatch(/\b(Office|Excel|SpreadsheetApp|HtmlService|google)\s*\./);
});
