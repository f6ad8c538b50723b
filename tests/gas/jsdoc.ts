/**
 * Reads the top-level functions of a generated Apps Script file with the JSDoc block that
 * directly precedes each (only white space between), as Apps Script pairs them.
 */
export interface TopLevelFunction {
  readonly name: string;
  readonly params: readonly string[];
  /** The JSDoc text right before the function, or null when there is none. */
  readonly doc: string | null;
}

const FUNCTION_AT_LINE_START = /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/[ \t]*\r?\n[ \t]*)?^function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/gm;

export function splitParams(list: string): string[] {
  return list.split(',').map((p) => p.trim()).filter((p) => p !== '');
}

export function topLevelFunctions(source: string): TopLevelFunction[] {
  return [...source.matchAll(FUNCTION_AT_LINE_START)].map((m) => ({ name: m[2], params: splitParams(m[3]), doc: m[1] ?? null }));
}

/** Parameter names from a function's own source text (the list it really declares). */
export function actualParams(fn: unknown): string[] {
  const m = /^function\s*[\w$]*\s*\(([^)]*)\)/.exec(String(fn));
  if (!m) throw new Error(`not a plain function: ${String(fn).slice(0, 60)}`);
  return splitParams(m[1]);
}

export function docTags(doc: string): { params: string[]; returns: string[]; customfunction: boolean; lines: string[] } {
  const lines = doc.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter((l) => l !== '');
  return {
    lines,
    params: lines.flatMap((l) => /^@param\s+\{[^}]*\}\s+([\w$]+)/.exec(l)?.[1] ?? []),
    returns: lines.filter((l) => /^@returns?\s/.test(l)),
    customfunction: lines.includes('@customfunction'),
  };
}
