/**
 * help.html (Excel: each function's @helpurl opens it) and Help.html (the Sheets menu's dialog),
 * generated at build time from the declarations and the rule tables: every function with its
 * parameters and examples answered by the core, the frames with their rates, caps and floors,
 * the options, the amount grammar, the rule years, the templates and where each rule is
 * published. The examples are computed as of the README's day (scripts/examples-day.json).
 * Readable at 350 px.
 */
import { FUNCTIONS, aboutText, setClock, type FunctionDecl } from '../../core';
import { templateLayouts } from '../../templates';
import { exampleDay } from '../../templates/catalog';
import { functionName, type Flavour } from '../../templates/expr';
import { grammarSection } from './help/grammar';
import { both, esc, table } from './help/html';
import { framesSection, optionsSection, yearsSection } from './help/rules';
import { sourcesSection } from './help/sources';
import { answerHtml } from './help/values';

export const HELP_FILE = 'help.html';

export interface HelpOptions {
  /** Whose spelling the examples use: Excel's ITHOJO.AMOUNT or Sheets' ITHOJO_AMOUNT. */
  readonly flavour: Exclude<Flavour, 'ooxml'>;
  /** Where the template files are, relative to the page (Excel serves them; Sheets inserts them from the sidebar). */
  readonly templatesHref?: string;
}

/**
 * Runs the examples as of `day` (answers that depend on the day, such as the rule year in force,
 * then do not depend on the day of the build); the system clock after.
 */
function asOf<T>(day: string, run: () => T): T {
  setClock(() => Date.parse(`${day}T12:00:00+09:00`));
  try {
    return run();
  } finally {
    setClock(null);
  }
}

function exampleFormula(d: FunctionDecl, flavour: HelpOptions['flavour']): string {
  return d.example.formula.replace(/ITHOJO\.([A-Z0-9_]+)\(/g, (_, id: string) => `${functionName(id, flavour)}(`);
}

function functionSection(d: FunctionDecl, flavour: HelpOptions['flavour']): string {
  const signature = d.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  const rows = d.params.map((p) => [`<code>${esc(p.name)}</code>${p.optional ? '<br>(省略可 / optional)' : ''}`, both(p.ja, p.en)]);
  return `<section id="${esc(d.id)}">
<h3>${esc(functionName(d.id, flavour))}(${esc(signature)})</h3>
<p>${both(d.ja, d.en)}</p>
${table(`${d.id} の引数 (arguments)`, ['引数 (argument)', '説明 (description)'], rows)}
<p>戻り値 (returns): ${esc(d.returns.ja)} / <span lang="en">${esc(d.returns.en)}</span>${d.broadcasts ? '。範囲を渡すと1セルごとに答えがスピルします (a range spills one answer per cell)' : ''}</p>
<p>例 (example): <code>${esc(exampleFormula(d, flavour))}</code></p>
${answerHtml(d.id, () => FUNCTIONS[d.id](...d.example.args))}
</section>`;
}

/** Which version and rule data built this page (core/about.ts; the pane's footer says the same). */
function aboutSection(): string {
  const t = aboutText();
  return `<p id="about"><small>${esc(t.ja)} <span lang="en">(${esc(t.en)})</span></small></p>`;
}

function templatesSection(o: HelpOptions): string {
  const items = templateLayouts().map((l) => `<li>${o.templatesHref ? `<a href="${esc(`${o.templatesHref}/${l.name}.xlsx`)}">${esc(l.name)}.xlsx</a>` : esc(l.name)} <span lang="en">(${esc(l.nameEn)})</span></li>`);
  const how = o.flavour === 'excel'
    ? '作業ウィンドウの「テンプレートを挿入」、または [ホーム] → ITHOJO → テンプレート のメニューで新しいシートに挿入します。ファイルを開くこともできます。'
    : 'メニュー [ITHOJO] → [補助金計算] のサイドバーで「テンプレートを挿入」を押すと新しいシートに挿入します。';
  const howEn = o.flavour === 'excel'
    ? 'Insert one into a new sheet from the pane ("テンプレートを挿入") or Home → ITHOJO → Templates, or open the file.'
    : 'Open ITHOJO → 補助金計算 and press "テンプレートを挿入" in the sidebar to add one as a new sheet.';
  const facts: readonly (readonly [string, string])[] = [
    ['見積書は A4 縦 1 枚に収まる帳票です (御見積金額 (税込)・見積番号・発行日・有効期限・発行者・登録番号)。H列は作業欄で、印刷されません。', 'The quote is a form that prints on one A4 portrait page; column H is a working area that does not print.'],
    ['単価と金額は税抜で、消費税は小計の 10% (1円未満切り捨て) を 1 回だけ足します。自己負担額 (税込) は 合計 (税込) − 補助金見込額 です。オプションに「税込」と書いても明細は税抜として読みます。', 'Unit prices and amounts are before tax; the sheet adds 10% tax once. 自己負担額 (税込) is the total with tax less the subsidy; 税込 in the options does not change the tax-exclusive lines.'],
    ['シナリオ表は A4 横の 1 ページ幅に収まります (判定の列は印刷されません)。', 'The scenario table prints one landscape A4 page wide (the 判定 column does not print).'],
    ['ファイルには計算結果が保存されています。アドインを読み込む前の Excel でも、LibreOffice でも、その数字が表示・印刷されます (LibreOffice では ITHOJO の関数は計算されないため、入力を変えると #NAME? になります)。英語の説明はセルのメモにあります。', 'The files carry their answers: Excel before the add-in loads, and LibreOffice, show and print them (LibreOffice cannot run ITHOJO: change an input there and the cell becomes #NAME?). English help is in the cell notes.'],
  ];
  return `<p>${both(how, howEn)}</p><ul>${items.join('')}</ul>
<ul>${facts.map(([ja, en]) => `<li>${both(ja, en)}</li>`).join('')}</ul>
<p>${both('補助金額は見込みです。交付決定と確定検査を経て確定します。', 'The subsidy is an estimate until the grant decision and the final inspection.')}</p>`;
}

export function renderHelpPage(decls: readonly FunctionDecl[], o: HelpOptions = { flavour: 'excel', templatesHref: 'templates' }): string {
  const toc = [
    ['functions', '関数 (functions)'], ['frames', '枠と補助率・上限・下限 (frames)'], ['options', 'オプション (options)'],
    ['amounts', '金額の書き方 (amounts)'], ['years', 'ルールの年度 (rule years)'], ['templates', 'テンプレート (templates)'], ['sources', '出典と公式ページ (sources)'],
  ];
  const typing = o.flavour === 'excel' ? '=ITHOJO.関数名(...)' : '=ITHOJO_関数名(...)';
  const day = exampleDay();
  const [functions, grammar, sources] = asOf(day, () => [decls.map((d) => functionSection(d, o.flavour)).join('\n'), grammarSection(), sourcesSection()]);
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITHOJO 関数リファレンス (function reference)</title>
<style>
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 0 0.75rem 2rem; line-height: 1.55; color: #1a1a1a; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; border-bottom: 2px solid #1e6b3a; margin-top: 2rem; } h3 { font-size: 1.05rem; margin-top: 1.5rem; }
.scroll { overflow-x: auto; max-width: 100%; } .scroll:focus-visible { outline: 3px solid #0b57d0; }
table { border-collapse: collapse; font-size: 0.9rem; } td { min-width: 6rem; } td, th { border: 1px solid #c4c4c4; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eef5ef; } td ul { margin: 0; padding-left: 1.1rem; } small { color: #4d4d4d; }
span[lang=en] { color: #4d4d4d; } code { background: #f4f4f4; padding: 0 0.2rem; word-break: break-all; }
.answer { font-weight: 600; } .error { color: #a4000f; } a { color: #0b4fbf; } .url { overflow-wrap: anywhere; }
</style>
</head>
<body>
<h1>ITHOJO 関数リファレンス <span lang="en">(function reference)</span></h1>
${aboutSection()}
<p>セルに <code>${esc(typing)}</code> と入力します。範囲を渡すと結果がスピルします。例の結果は <time id="as-of" datetime="${day}">${day}</time> (東京) に有効なルール表で計算しています (このページを作るときにコアが計算)。<br>
<span lang="en">Type the function in a cell; a range argument spills one answer per cell. Examples are computed with the rule tables in force on ${day} (by the core, when this page was built).</span></p>
<nav aria-label="目次 (contents)"><ul>${toc.map(([id, t]) => `<li><a href="#${id}">${esc(t)}</a></li>`).join('')}</ul></nav>
<h2 id="functions">関数 <span lang="en">(functions)</span></h2>
<ul>${decls.map((d) => `<li><a href="#${esc(d.id)}">${esc(d.id)}</a>: ${esc(d.ja)}</li>`).join('')}</ul>
${functions}
<h2 id="frames">枠と補助率・上限・下限 <span lang="en">(frames, rates, caps, floors)</span></h2>
<p>${both('各値は条件に合う最初の行が使われます (条件のない行が既定)。[ ] は出典です。', 'The first alternative whose condition holds applies (the one without a condition is the default); [ ] cites the source.')}</p>
${framesSection()}
<h2 id="options">オプション <span lang="en">(options)</span></h2>
<p>${both('オプションはカンマ・読点・空白で区切って書きます (例: "プロセス=4, 賃上げ")。', 'Separate options with commas, 、 or spaces, e.g. "プロセス=4, 賃上げ".')}</p>
${optionsSection()}
<h2 id="amounts">金額の書き方 <span lang="en">(amounts)</span></h2>
${grammar}
<h2 id="years">ルールの年度 <span lang="en">(rule years)</span></h2>
<p>${both('年度を指定しないと最新の年度のルールで計算します (オプション 年度=YYYY で指定)。', 'Without a year the newest rules apply (option 年度=YYYY chooses one).')}</p>
${yearsSection()}
<h2 id="templates">テンプレート <span lang="en">(templates)</span></h2>
${templatesSection(o)}
<h2 id="sources">出典と公式ページ <span lang="en">(sources)</span></h2>
${sources}
</body>
</html>
`;
}
