// An esbuild plugin for the host bundles (Excel functions.js, Apps Script Code.js): the function
// declarations and option definitions carry help texts that only the generated JSDoc, metadata
// and help pages read. At run time the core needs their shape alone, so these bundles get the
// same data without the texts (a fifth of Code.js, which Apps Script evaluates on every call).
import path from 'node:path';
import { loadTs } from './load-ts.mjs';

const DECLARATIONS = path.resolve('core/contract/declarations.ts');
const OPTIONS = path.resolve('core/rules/options.ts');

// What core/contract/functions.ts reads of a declaration; optionality and return kinds only
// shape the generated JSDoc, metadata and help (the parity tests would show a difference)
const runtimeDecl = (d) => ({
  id: d.id,
  params: d.params.map((p) => ({ name: p.name, ...(p.range ? { range: p.range } : {}) })),
  broadcasts: d.broadcasts,
  ...(d.errorsAsText ? { errorsAsText: true } : {}),
});

const runtimeOption = ({ help: _help, default: _default, ...rest }) => rest;

export function stripDocs() {
  return {
    name: 'ithojo-strip-docs',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/](contract[\\/]declarations|rules[\\/]options)\.ts$/ }, async (args) => {
        if (args.path === DECLARATIONS) {
          const { DECLARATIONS: decls } = await loadTs(DECLARATIONS);
          return { contents: `export const DECLARATIONS = ${JSON.stringify(decls.map(runtimeDecl))};`, loader: 'js' };
        }
        if (args.path === OPTIONS) {
          const { OPTION_DEFS: defs } = await loadTs(OPTIONS);
          return { contents: `export const OPTION_DEFS = ${JSON.stringify(defs.map(runtimeOption))};`, loader: 'js' };
        }
        return undefined;
      });
    },
  };
}
