/**
 * functions.json as custom-functions-metadata writes it, and the two things the build does to
 * it: point the help links at the release base URL, and derive the ja-JP file (same ids and
 * function names, which workbooks and formulas use; Japanese parameter names, shown in Excel's
 * formula tooltip and argument dialog only, and Japanese descriptions from the declarations).
 */
import type { FunctionDecl } from '../../core';
import { DEFAULT_BASE_URL } from './baseUrl';

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result?: { dimensionality?: string; type?: string };
  options?: Record<string, unknown>;
}

export interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

export const METADATA_FILE = 'functions.json';
export const JA_METADATA_FILE = 'functions.ja-JP.json';

function clone(m: Metadata): Metadata {
  return JSON.parse(JSON.stringify(m)) as Metadata;
}

/** Help links are written with the default base URL in functions.ts; a release build moves them. */
export function rebaseHelpUrls(meta: Metadata, baseUrl: string): Metadata {
  const out = clone(meta);
  for (const f of out.functions) {
    if (f.helpUrl?.startsWith(`${DEFAULT_BASE_URL}/`)) f.helpUrl = baseUrl + f.helpUrl.slice(DEFAULT_BASE_URL.length);
  }
  return out;
}

/**
 * Japanese display names of the declared parameters. The declarations name parameters in
 * English only (they are also the Sheets wrappers' JavaScript parameters); a parameter missing
 * here fails the build, so a new one gets its Japanese name when it is declared.
 */
export const JA_PARAM_NAMES: Readonly<Record<string, string>> = {
  frame: '枠',
  cost: '経費',
  size: '規模',
  options: 'オプション',
  program: '制度',
  industry: '業種',
  capital: '資本金',
  employees: '従業員数',
  prefecture: '都道府県',
  date: '日付',
  wages: '時給',
  rule: '判定方式',
  kind: '種類',
  quantity: '使用量',
  unit: '単位',
  factor: '換算係数',
  round: '公募回',
};

/** The ja-JP metadata: every function must have a declaration, every parameter its Japanese name and text. */
export function localizeMetadata(meta: Metadata, decls: readonly FunctionDecl[]): Metadata {
  const out = clone(meta);
  for (const f of out.functions) {
    const d = decls.find((x) => x.id === f.id);
    if (!d) throw new Error(`functions.json has ${f.id}, which has no declaration`);
    f.description = d.ja;
    for (const p of f.parameters) {
      const pd = d.params.find((x) => x.name === p.name);
      if (!pd) throw new Error(`functions.json: ${f.id} has parameter ${p.name}, which is not declared`);
      const ja = JA_PARAM_NAMES[p.name];
      if (!ja) throw new Error(`${f.id}: parameter ${p.name} has no Japanese name in excel-addin/codegen/metadata.ts`);
      p.name = ja;
      p.description = pd.ja;
    }
  }
  return out;
}
