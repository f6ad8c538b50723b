/**
 * functions.json, built here with custom-functions-metadata's API from the checked-in wrappers,
 * against the core's declarations and the golden id list; then the built files in dist/excel
 * (English, and ja-JP with Japanese parameter names) against it.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fs from 'fs';
import * as path from 'path';
import { DECLARATIONS } from '../../core';
import {
  DEFAULT_BASE_URL,
  excelNamingProblems,
  helpUrlFor,
  JA_METADATA_FILE,
  localizeMetadata,
  METADATA_FILE,
  rebaseHelpUrls,
  WRAPPERS_PATH,
  type Metadata,
} from '../../excel-addin/codegen';
import { ARG } from '../../core';
import golden from './golden-ids.json';
import { distFile, JAPANESE, ROOT } from './support/excel';

let meta: Metadata;
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(ROOT, WRAPPERS_PATH), false);
  expect(result.errors).toEqual([]);
  meta = JSON.parse(result.metadataJson) as Metadata;
  associate = result.associate;
}, 30_000);

const ids = (m: Metadata): string[] => m.functions.map((f) => f.id);
const fn = (m: Metadata, id: string) => m.functions.find((f) => f.id === id);

test('ids are unique and UPPER case', () => {
  expect(new Set(ids(meta)).size).toBe(meta.functions.length);
  for (const id of ids(meta)) expect(id).toBe(id.toUpperCase());
});

test.each(DECLARATIONS.map((d) => d.id))('%s follows Excel\'s naming rules (3+ characters, not a cell name)', (id) => {
  expect(excelNamingProblems(id)).toEqual([]);
});

test('every declaration is a function, and nothing else is', () => {
  expect(ids(meta)).toEqual(DECLARATIONS.map((d) => d.id));
});

// A shipped id keeps its parameters in order; a new parameter may only be appended as optional
// (a stored formula with fewer arguments then still means the same thing).
test.each(Object.entries(golden.ids))('golden id %s is still there, its parameters %j first', (id, params) => {
  const now = fn(meta, id)?.parameters ?? [];
  expect(now.slice(0, params.length).map((p) => p.name)).toEqual(params);
  expect(now.slice(params.length).every((p) => p.optional === true)).toBe(true);
});

test.each(DECLARATIONS.map((d) => [d.id, d] as const))('%s: parameters, description and help match the declaration', (id, d) => {
  const f = fn(meta, id)!;
  expect(f.name).toBe(id);
  expect(f.description).toBe(d.en);
  expect(f.helpUrl).toBe(helpUrlFor(DEFAULT_BASE_URL, id));
  expect(f.parameters.map((p) => [p.name, p.optional === true, p.dimensionality])).toEqual(
    d.params.map((p) => [p.name, p.optional, 'matrix']),
  );
  expect(f.result?.dimensionality).toBe('matrix');
});

test('the associate list maps every id to its wrapper', () => {
  expect(associate.map((a) => [a.id, a.functionName])).toEqual(DECLARATIONS.map((d) => [d.id, d.id]));
});

describe('dist/excel', () => {
  const read = (name: string): Metadata => JSON.parse(fs.readFileSync(distFile(name), 'utf8')) as Metadata;

  test('functions.json is the metadata of the checked-in wrappers, help links on the build\'s base URL', () => {
    const built = read(METADATA_FILE);
    const base = new URL(built.functions[0].helpUrl!).href.replace(/\/help\.html#.*$/, '');
    expect(built).toEqual(rebaseHelpUrls(meta, base));
  });

  test('functions.ja-JP.json has the same ids, function names and parameter shapes, with Japanese parameter names and texts', () => {
    const en = read(METADATA_FILE);
    const ja = read(JA_METADATA_FILE);
    expect(ja).toEqual(localizeMetadata(en, DECLARATIONS));
    const shape = (m: Metadata) => m.functions.map((f) => [f.id, f.name, f.helpUrl, f.result, f.parameters.map((p) => [p.type, p.dimensionality, p.optional])]);
    expect(shape(ja)).toEqual(shape(en));
    for (const f of ja.functions) {
      const d = DECLARATIONS.find((x) => x.id === f.id)!;
      expect(f.description).toBe(d.ja);
      expect(f.description).toMatch(JAPANESE);
      f.parameters.forEach((p, i) => {
        expect(p.description).toBe(d.params[i].ja);
        expect(p.name).toBe((ARG as Record<string, { ja: string }>)[d.params[i].name].ja);
        expect(p.name).toMatch(JAPANESE);
      });
    }
    expect(fn(ja, 'AMOUNT')!.parameters.map((p) => p.name)).toEqual(['枠', '経費', '事業者規模', 'オプション']);
  });

  test('a parameter without a Japanese name fails the ja-JP metadata', () => {
    const en = read(METADATA_FILE);
    const decls = DECLARATIONS.map((d) => (d.id === 'AMOUNT' ? { ...d, params: d.params.map((p, i) => (i === 0 ? { ...p, name: 'nameless' } : p)) } : d));
    const renamed = { ...en, functions: en.functions.map((f) => (f.id === 'AMOUNT' ? { ...f, parameters: f.parameters.map((p, i) => (i === 0 ? { ...p, name: 'nameless' } : p)) } : f)) };
    expect(() => localizeMetadata(renamed, decls)).toThrow(/nameless has no Japanese name/);
  });
});
