/**
 * help.html: the page each function's @helpurl opens (Excel's "Help on this function"),
 * generated from the same declarations as the wrappers, one section per id.
 */
import type { FunctionDecl } from '../../core';

export const HELP_FILE = 'help.html';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function section(d: FunctionDecl): string {
  const signature = d.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  const rows = d.params
    .map((p) => `<tr><td><code>${esc(p.name)}</code>${p.optional ? ' (省略可 / optional)' : ''}</td><td>${esc(p.ja)}<br><span lang="en">${esc(p.en)}</span></td></tr>`)
    .join('\n');
  return `<section id="${esc(d.id)}">
<h2>ITHOJO.${esc(d.id)}(${esc(signature)})</h2>
<p>${esc(d.ja)}<br><span lang="en">${esc(d.en)}</span></p>
<table>
<tr><th>引数 (argument)</th><th>説明 (description)</th></tr>
${rows}
</table>
<p>戻り値 (returns): ${esc(d.returns.ja)} / <span lang="en">${esc(d.returns.en)}</span></p>
<p>例 (example): <code>${esc(d.example.formula)}</code></p>
</section>`;
}

export function renderHelpPage(decls: readonly FunctionDecl[]): string {
  const index = decls.map((d) => `<li><a href="#${esc(d.id)}">${esc(d.id)}</a>: ${esc(d.ja)}</li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITHOJO 関数リファレンス (function reference)</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.5; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .25rem .5rem; vertical-align: top; text-align: left; }
span[lang=en] { color: #555; }
</style>
</head>
<body>
<h1>ITHOJO 関数リファレンス <span lang="en">(function reference)</span></h1>
<p>Excel では <code>=ITHOJO.関数名(...)</code> と入力します。範囲を渡すと結果がスピルします。<br>
<span lang="en">In Excel, type <code>=ITHOJO.NAME(...)</code>; a range argument spills one answer per cell.</span></p>
<ul>
${index}
</ul>
${decls.map(section).join('\n')}
</body>
</html>
`;
}
