/**
 * One core, thin hosts: core/ imports nothing outside itself (no host, no Node built-ins) and
 * touches no host globals; hosts import the core only through its index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

const importsOf = (text: string): string[] => [...text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('core/', () => {
  const files = sources(path.join(root, 'core'));

  test.each(files.map((f) => [path.relative(root, f), f]))('%s imports only core files and decimal.js', (_rel, file) => {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec === 'decimal.js') continue;
      expect(spec.startsWith('.')).toBe(true);
      const target = path.resolve(path.dirname(file), spec);
      expect(target.startsWith(path.join(root, 'core'))).toBe(true);
    }
  });

  test.each(files.map((f) => [path.relative(root, f), f]))('%s uses no host globals', (_rel, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(CustomFunctions|Office|SpreadsheetApp|Utilities|window|document|process|require)\b\s*[.(]/);
  });
});

describe('hosts', () => {
  test.each(['excel-addin', 'gas'])('%s imports the core through core/index only', (dir) => {
    for (const file of sources(path.join(root, dir))) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (!spec.includes('core')) continue;
        expect(path.resolve(path.dirname(file), spec)).toBe(path.join(root, 'core'));
      }
    }
  });
});
