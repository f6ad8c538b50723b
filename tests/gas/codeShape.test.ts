/**
 * dist/gas/Code.js as Apps Script loads it: one script, top-level ITHOJO_<ID> functions for
 * every declaration, each directly under a @customfunction JSDoc whose @param names are the
 * function's real parameters and the declaration's parameter names.
 */
import * as vm from 'node:vm';
import { DECLARATIONS } from '../../core';
import { actualParams, docTags, topLevelFunctions } from './jsdoc';
import { loadSheets } from './sheetsHost';

const host = loadSheets();
const fresh = host;
const wrappers = topLevelFunctions(host.source).filter((f) => f.name.startsWith('ITHOJO_'));

describe('Code.js loads as one Apps Script file', () => {
  test('parses as a classic script (no import/export)', () => {
    expect(() => new vm.Script(host.source, { filename: 'Code.js' })).not.toThrow();
  });

  test('its top level only defines things: public ITHOJO_* functions and private helpers', () => {
    const services = ['HtmlService'];
    for (const name of Object.keys(host.global).filter((n) => !services.includes(n))) expect(name).toMatch(/^ITHOJO_[A-Z0-9_]+$|_$/);
  });

  test('the bundled core is evaluated once as the script loads (one parse, no lazy loader)', () => {
    const fresh = loadSheets();
    expect(typeof (fresh.global.ithojoLib_ as { call?: unknown }).call).toBe('function');
    expect(fresh.source).not.toMatch(/function ithojoLoad_/);
  });

  test('is UTF-8 text, not \\u escapes, and carries no help texts beyond the JSDoc (issue 12)', () => {
    expect((fresh.source.match(/\\u[0-9a-fA-F]{4}/g) ?? []).length).toBeLessThan(20);
    const bundle = fresh.source.slice(fresh.source.indexOf('/** The core and the Sheets adapter'));
    for (const d of DECLARATIONS) expect(bundle.includes(d.ja)).toBe(false);
  });
});

describe.each(DECLARATIONS.map((d) => [d.id, d] as const))('ITHOJO_%s', (id, decl) => {
  const names = decl.params.map((p) => p.name);

  test('is a top-level function with the declaration\'s parameter names', () => {
    const fn = host.fn(id);
    expect(typeof fn).toBe('function');
    expect(actualParams(fn)).toEqual(names);
  });

  test('has a @customfunction JSDoc directly before it, @param names matching', () => {
    const found = wrappers.filter((w) => w.name === `ITHOJO_${id}`);
    expect(found).toHaveLength(1);
    const { doc, params } = found[0];
    expect(doc).not.toBeNull();
    const tags = docTags(doc!);
    expect(tags.customfunction).toBe(true);
    expect(tags.params).toEqual(names);
    expect(params).toEqual(names);
    expect(tags.returns).toHaveLength(1);
  });

  test('JSDoc describes it Japanese first, then English', () => {
    const { lines } = docTags(wrappers.find((w) => w.name === `ITHOJO_${id}`)!.doc!);
    expect(lines[0]).toBe(decl.ja);
    expect(lines[1]).toBe(decl.en);
    for (const p of decl.params) {
      const line = lines.find((l) => l.startsWith(`@param {any} ${p.name} `))!;
      expect(line.indexOf(p.ja)).toBeGreaterThan(0);
      expect(line.indexOf(p.en)).toBeGreaterThan(line.indexOf(p.ja));
    }
  });
});

test('every ITHOJO_* function in Code.js is declared (none stale)', () => {
  const declared = DECLARATIONS.map((d) => `ITHOJO_${d.id}`).sort();
  const defined = Object.keys(host.global).filter((n) => n.startsWith('ITHOJO_')).sort();
  expect(defined).toEqual(declared);
  expect(wrappers.map((w) => w.name).sort()).toEqual(declared);
});
