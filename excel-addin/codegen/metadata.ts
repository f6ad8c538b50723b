/**
 * functions.json as custom-functions-metadata writes it, and the two things the build does to
 * it: point the help links at the release base URL, and derive the ja-JP file (same ids and
 * function names, which workbooks and formulas use; Japanese parameter names, shown in Excel's
 * formula tooltip and argument dialog only, and Japanese descriptions from the declarations).
 */
import { ARG, type FunctionDecl } from '../../core';
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
 * The ja-JP metadata: every function must have a declaration, every parameter its Japanese name
 * (the core's ARG, which its messages use too: one name per argument everywhere) and text.
 */
export function localizeMetadata(meta: Metadata, decls: readonly FunctionDecl[]): Metadata {
  const out = clone(meta);
  for (const f of out.functions) {
    const d = decls.find((x) => x.id === f.id);
    if (!d) throw new Error(`functions.json has ${f.id}, which has no declaration`);
    f.description = d.ja;
    for (const p of f.parameters) {
      const pd = d.params.find((x) => x.name === p.name);
      if (!pd) throw new Error(`functions.json: ${f.id} has parameter ${p.name}, which is not declared`);
      const ja = (ARG as Record<string, { ja: string } | undefined>)[p.name]?.ja;
      if (!ja) throw new Error(`${f.id}: parameter ${p.name} has no Japanese name in ARG (core/errors/messages.ts)`);
      p.name = ja;
      p.description = pd.ja;
    }
  }
  return out;
}
