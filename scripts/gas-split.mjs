// The Apps Script core, split. Apps Script parses every script file on every custom-function
// call, so Code.js holds only what an IT cell's per-call functions need. Two HTML files, evaluated
// on first use (gas/onDemandFiles.ts), hold the rest: the parts behind core/onDemand/parts.ts
// (quotes, 複数社連携, BREAKDOWN, FRAMES, COMPARE, helpers; gas/onDemand.ts) and the other
// programs' rule tables (core/rules/otherPrograms/tables.ts; gas/otherPrograms.ts). A file imports
// the core modules Code.js already holds from the object Code.js shares, never a second copy, so
// every part runs one core.
import { build } from 'esbuild';
import path from 'node:path';
import { loadTs } from './load-ts.mjs';
import { stripDocs } from './strip-docs.mjs';

const ROOT = path.resolve('.');
const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');

/** The core's doors to what Apps Script evaluates on first use, and their Apps Script versions. */
const SWAPS = { 'core/onDemand/index.ts': 'gas/onDemand.ts', 'core/rules/otherPrograms/index.ts': 'gas/otherPrograms.ts' };

/** esbuild options for every Apps Script bundle. */
export const GAS_BUNDLE = {
  bundle: true,
  // UTF-8 text, not \uXXXX escapes (a third of the file), and no help texts (the JSDoc wrappers
  // carry them): both halve what Apps Script parses
  charset: 'utf8',
  target: 'es2019',
  // The core reads text amounts exactly with BigInt (ES2020); Apps Script's V8 runtime has it,
  // and es2019 keeps every other construct within what Apps Script parses.
  supported: { bigint: true },
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
};
const COMMON = { ...GAS_BUNDLE, metafile: true };

/** Resolves imports as esbuild would, then applies SWAPS; `decide` may redirect a module. */
function resolving(name, decide) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData?.resolving) return undefined;
        const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { resolving: true } });
        if (found.errors.length > 0) return { errors: found.errors };
        const file = rel(found.path);
        const swapped = SWAPS[file] ?? file;
        return decide(swapped) ?? { path: path.join(ROOT, swapped) };
      });
    },
  };
}

/**
 * The per-call bundle: gas/call.ts, plus, for gas/onDemandFiles.ts, the bindings the on-demand
 * files import (`shared`: module → names), as one object by name. Only those names, so Code.js
 * keeps no export the files do not use.
 */
async function perCallBundle(globalName, shared) {
  const lines = [`export { call } from './gas/index';`, `import { shareBindings } from './gas/onDemandFiles';`];
  for (const [file, names] of Object.entries(shared)) lines.push(`import { ${names.join(', ')} } from './${file}';`);
  lines.push(`shareBindings({ ${Object.values(shared).flat().join(', ')} });`);
  const result = await build({
    ...COMMON,
    stdin: { contents: lines.join('\n'), resolveDir: ROOT, sourcefile: 'gas-entry.ts', loader: 'ts' },
    format: 'iife',
    globalName,
    plugins: [resolving('ithojo-swap', () => undefined), stripDocs()],
  });
  // the modules whose code is in the bundle (an input esbuild shook out entirely holds no state)
  const [output] = Object.values(result.metafile.outputs);
  const modules = new Set(Object.entries(output.inputs).filter(([f, v]) => v.bytesInOutput > 0 && !f.startsWith('<')).map(([f]) => f));
  return { text: result.outputFiles[0].text, modules };
}

/**
 * Which names an on-demand file's `entry` imports from modules in `perCall` (module → names):
 * esbuild bundles it with those modules external and writes one `import { … } from "<file>"` per
 * module, which this reads. (Captured once at load: the core exports no `let`, so no binding
 * changes after.)
 */
async function importedNames(perCall, entry) {
  const result = await build({
    ...COMMON,
    minify: false,
    entryPoints: [entry],
    format: 'esm',
    plugins: [resolving('ithojo-external', (file) => (perCall.has(file) ? { path: file, external: true } : undefined)), stripDocs()],
  });
  const names = {};
  for (const m of result.outputFiles[0].text.matchAll(/^import\b(.*?)from "([^"]+)";$/gms)) {
    const named = /^\s*\{([^}]*)\}\s*$/.exec(m[1]);
    if (!named) throw new Error(`${entry} imports ${m[2]} in a form the split does not share: import${m[1]}`);
    for (const n of named[1].split(',').map((x) => x.trim()).filter(Boolean)) {
      const name = n.split(/\s+as\s+/)[0];
      if (!/^\w+$/.test(name)) throw new Error(`unexpected import ${n} from ${m[2]}`);
      (names[m[2]] ??= []).push(name);
    }
  }
  return names;
}

/** The names every file imports, by module, each once and sorted (one object by name: a name two modules export would be ambiguous). */
function mergeShared(imports) {
  const names = {};
  for (const byModule of imports) for (const [file, ns] of Object.entries(byModule)) (names[file] ??= []).push(...ns);
  const shared = Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b)).map(([f, ns]) => [f, [...new Set(ns)].sort()]));
  const all = Object.values(shared).flat();
  const twice = all.filter((n, i) => all.indexOf(n) !== i);
  if (twice.length > 0) throw new Error(`the on-demand files import ${twice.join(', ')} from two modules: rename one`);
  return shared;
}

/** An on-demand file's `entry` as CommonJS; imports of modules in `perCall` read the shared object instead. */
async function onDemandBundle(perCall, sharedParam, entry) {
  const result = await build({
    ...COMMON,
    entryPoints: [entry],
    format: 'cjs',
    plugins: [
      // every shared module is the one shared object: one module, read once
      resolving('ithojo-share', (file) => (perCall.has(file) ? { path: 'bindings', namespace: 'ithojo-shared' } : undefined)),
      {
        name: 'ithojo-shared-load',
        setup(b) {
          b.onLoad({ filter: /.*/, namespace: 'ithojo-shared' }, () => ({ contents: `module.exports = ${sharedParam};`, loader: 'js' }));
        },
      },
      stripDocs(),
    ],
  });
  // the modules whose code is in the file (as perCallBundle's `modules`)
  const [output] = Object.values(result.metafile.outputs);
  const own = Object.entries(output.inputs).filter(([f, v]) => v.bytesInOutput > 0 && !f.startsWith('ithojo-shared:')).map(([f]) => f);
  return { text: result.outputFiles[0].text, own };
}

/**
 * { code, files }: the per-call bundle (an IIFE assigned to `globalName`) and each on-demand file
 * ({ name, entry, text }). esbuild passes: what the per-call bundle holds, which of its bindings
 * the files import, the files against it, then the per-call bundle sharing those.
 */
export async function splitCore(globalName) {
  const { SHARED_PARAM } = await loadTs('gas/onDemandFiles.ts');
  const { ON_DEMAND_FILE } = await loadTs('gas/onDemand.ts');
  const { OTHER_PROGRAMS_FILE } = await loadTs('gas/otherPrograms.ts');
  const files = [
    { name: ON_DEMAND_FILE, entry: 'core/onDemand/parts.ts' },
    { name: OTHER_PROGRAMS_FILE, entry: 'core/rules/otherPrograms/tables.ts' },
  ];
  const first = await perCallBundle(globalName, {});
  const shared = mergeShared(await Promise.all(files.map((f) => importedNames(first.modules, f.entry))));
  const bundles = await Promise.all(files.map((f) => onDemandBundle(first.modules, SHARED_PARAM, f.entry)));
  const final = await perCallBundle(globalName, shared);
  const added = [...final.modules].filter((f) => !first.modules.has(f));
  // a binding a file imports from a per-call module drags its own imports into Code.js: move
  // such code into a module of its own that only the files import (as core/engine/breakdown.ts)
  if (added.length > 0) throw new Error(`what the on-demand files import pulls more into Code.js: ${added.join(', ')}`);
  const holder = new Map([...final.modules].map((m) => [m, 'Code.js']));
  files.forEach((f, k) => {
    for (const m of bundles[k].own) {
      if (holder.has(m)) throw new Error(`${m} is in both ${holder.get(m)} and ${f.name}.html`);
      holder.set(m, `${f.name}.html`);
    }
    // getRawContent does not run scriptlets, but keep the files free of their marker all the same
    if (bundles[k].text.includes('<?')) throw new Error(`${f.name}.html would hold "<?" (an HtmlService scriptlet marker)`);
  });
  return { code: final.text, files: files.map((f, k) => ({ ...f, text: bundles[k].text })) };
}
