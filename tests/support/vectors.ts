/**
 * The golden vectors of ../shared/rules/vectors, read where they live (never copied), every
 * `*.vectors.json` under it, subfolders included (vectors/2026/ holds the 2026 rule year), then
 * the project's own in tests/vectors/ (never added to the shared ones). One loader for the core,
 * Excel and Sheets suites, so no build can skip a file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { aboutText } from '../../core';
import { cellText } from '../../core/errors/text';

export const VECTORS_DIR = path.join(__dirname, '../../../shared/rules/vectors');
/** The project's own golden cases (hand-checked, e.g. tests/vectors/updates-2026-12.vectors.json), listed as "project/…". */
export const PROJECT_VECTORS_DIR = path.join(__dirname, '../vectors');

export interface VectorCase {
  readonly id: string;
  readonly fn: string;
  /** The answer, unless `expect_error` says the call must fail. */
  readonly expect?: unknown;
  readonly expect_error?: boolean;
  readonly source?: string;
  readonly [field: string]: unknown;
}

export interface VectorFile {
  /** Path relative to vectors/, e.g. "it2025.vectors.json" or "2026/it2026.vectors.json". */
  readonly file: string;
  readonly cases: readonly VectorCase[];
}

/** Fields of a case that are not arguments of its function. */
export const CASE_FIELDS = ['id', 'fn', 'expect', 'expect_error', 'source', 'note'];

/**
 * FRAMES' last heading also names the product's version and the rules' check date (core/about.ts),
 * which change with every release: a project vector writes that part as this token, so the golden
 * answer stays the rule data's. The version line itself is tested in tests/release/version.test.ts.
 */
export const ABOUT_TOKEN = '{{ITHOJO_ABOUT}}';

function expandAbout(x: unknown): unknown {
  if (typeof x === 'string') return x.split(ABOUT_TOKEN).join(cellText(aboutText()));
  return Array.isArray(x) ? x.map(expandAbout) : x;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return name.endsWith('.vectors.json') ? [full] : [];
  });
}

export function loadVectors(): VectorFile[] {
  const relative = (dir: string, prefix: string) => walk(dir).map((f) => prefix + path.relative(dir, f).split(path.sep).join('/')).sort();
  const shared = relative(VECTORS_DIR, '');
  if (shared.length === 0) throw new Error(`no *.vectors.json under ${VECTORS_DIR}`);
  const files = [...shared, ...relative(PROJECT_VECTORS_DIR, 'project/')];
  const fullPath = (file: string): string => (file.startsWith('project/') ? path.join(PROJECT_VECTORS_DIR, file.slice('project/'.length)) : path.join(VECTORS_DIR, file));
  return files.map((file) => {
    const cases = (JSON.parse(readFileSync(fullPath(file), 'utf8')) as { cases: VectorCase[] }).cases;
    if (!Array.isArray(cases) || cases.length === 0) throw new Error(`${file} has no cases`);
    for (const c of cases) {
      if (!('expect' in c) && c.expect_error !== true) throw new Error(`${file} ${c.id}: neither expect nor expect_error`);
    }
    return { file, cases: cases.map((c) => ('expect' in c ? { ...c, expect: expandAbout(c.expect) } : c)) };
  });
}
