/**
 * The help page's rule sections, read from the core's tables: frames per program and year with
 * their rates, caps and floors (every alternative with its condition and citation), the options
 * with their aliases and frames, and the rule years covered with their check dates and rounds
 * (core ruleFacts(), as the README and `npm run rules`).
 */
import { OPTION_DEFS, SIZE_LABELS, allTables, ruleFacts, scheduleLine } from '../../../core';
import { optionByKey, universalOptions, type FrameRule, type RuleTable } from '../../../templates/catalog';
import { optionHelp } from '../../../ui/optionHelp';
import { both, esc, table, yen } from './html';

type Condition = NonNullable<FrameRule['floor'][number]['when']>;
interface Alternative<T> {
  readonly when?: Condition;
  readonly value: T;
  readonly source: string;
}
type TierSet = FrameRule['buckets'][number]['tiers'][number]['value'];

const optionName = (key: string) => optionByKey(key)?.names[0] ?? key;

/** A choice option's canonical value as users write it (tool → 事務局ツール). */
function choiceSpelling(key: string, canonical: string): string {
  const entry = Object.entries(optionByKey(key)?.choices ?? {}).find(([, v]) => v === canonical);
  return entry ? entry[0] : canonical;
}

/** A rule table's condition in words: 小規模事業者, プロセス≥4 かつ 賃上げ, … */
function conditionText(c: Condition): string {
  if ('size' in c) return c.size.map((s) => SIZE_LABELS[s]).join('・');
  if ('option' in c) return optionName(c.option);
  if ('atLeast' in c) return `${optionName(c.atLeast[0])}≥${c.atLeast[1]}`;
  if ('equals' in c) return `${optionName(c.equals[0])}=${choiceSpelling(c.equals[0], c.equals[1])}`;
  if ('all' in c) return c.all.map(conditionText).join(' かつ ');
  if ('any' in c) return `(${c.any.map(conditionText).join(' または ')})`;
  return `${conditionText(c.not)} でない`;
}

function tiersText(t: TierSet): string {
  const basis = t.basis === 'subsidy' ? '補助額' : '経費';
  return t.parts.map((p) => `${p.rate.n}/${p.rate.d}${p.upTo === null ? '' : ` (${basis} ${yen(p.upTo)}まで)`}`).join(' → ');
}

/** Every alternative of a choice, the applying condition first, the default last. */
function choiceList<T>(choice: readonly Alternative<T>[], show: (v: T) => string): string {
  return `<ul>${choice
    .map((alt) => `<li>${esc(show(alt.value))}${alt.when ? ` — ${esc(conditionText(alt.when))}` : ''} <small>[${esc(alt.source)}]</small></li>`)
    .join('')}</ul>`;
}

function frameRow(f: FrameRule, tables: readonly RuleTable[]): string[] {
  const names = `<strong>${esc(f.name)}</strong><br><small>${esc([f.id, f.nameEn, ...f.aliases].join(', '))}</small>`;
  const sizes = esc(f.sizes.map((s) => SIZE_LABELS[s]).join('・'));
  let rates: string;
  let caps: string;
  if (f.group) {
    const g = f.group;
    const member = tables.flatMap((t) => t.frames).find((x) => x.id === g.memberFrame)?.name ?? g.memberFrame;
    rates = esc(`(a) 構成員ごとに「${member}」で計算 / (b) 消費動向等分析経費 ${g.analysisRate.n}/${g.analysisRate.d} / (c) その他経費 ${g.otherRate.n}/${g.otherRate.d}`);
    caps = esc(`(a)+(b) ${yen(g.baseAndAnalysisCap)}、(b) 構成員あたり ${yen(g.analysisCapPerMember)}、(c) ${yen(g.otherCap)}`) + ` <small>[${esc(g.source)}]</small>`;
  } else {
    rates = f.buckets.map((b) => `<div><em>${esc(b.label)}</em>${choiceList(b.tiers, tiersText)}</div>`).join('');
    caps = f.buckets.map((b) => `<div><em>${esc(b.label)}</em>${choiceList(b.cap, yen)}</div>`).join('');
  }
  const floor = choiceList(f.floor, (v: number) => (v === 0 ? 'なし (none)' : yen(v)));
  const options = esc([...f.options.map(optionName), ...(f.requiredOptions ?? []).map((k) => `${optionName(k)} (必須)`)].join('、') || '—');
  return [names, sizes, rates, caps, floor, options, `<small>${esc(f.source)}</small>`];
}

export function framesSection(): string {
  return allTables().map((t) => {
    const listings = (t.listings ?? []).map((l) => `<p><strong>${esc(l.name)}</strong>: ${esc(l.description)} <small>[${esc(l.source)}]</small></p>`).join('');
    return `<h3 id="rules-${esc(t.programId)}-${t.fiscalYear}">${esc(t.program)} ${t.fiscalYear}年度 <span lang="en">(${esc(t.programEn)})</span></h3>
<p>施行 (effective): ${esc(t.effective.from)}〜${esc(t.effective.until ?? '')} — ルール確認日 (rules checked) ${esc(t.checkedOn)} — ${esc(t.source)}</p>
${table(`${t.program} ${t.fiscalYear}年度の枠 (frames)`, ['枠 (frame)', '規模 (sizes)', '補助率 (rates)', '上限 (caps)', '下限 (floor)', 'オプション (options)', '出典 (source)'], t.frames.map((f) => frameRow(f, allTables())), `frames-${t.programId}-${t.fiscalYear}`)}
${listings}`;
  }).join('\n');
}

export function optionsSection(): string {
  const universal = new Set(universalOptions().map((d) => d.key));
  const rows = OPTION_DEFS.map((d) => {
    const frames = universal.has(d.key)
      ? 'すべての枠 (every frame)'
      : [...new Set(allTables().flatMap((t) => t.frames.filter((f) => (f.options as readonly string[]).includes(d.key)).map((f) => f.name)))].join('、');
    const help = optionHelp(d);
    const choices = d.choices ? `<br><small>値: ${esc(Object.keys(d.choices).join('、'))}</small>` : '';
    return [`<code>${esc(d.names[0])}</code>`, esc(d.names.slice(1).join(', ')), esc(d.type), esc(frames), both(help.defaultJa, help.defaultEn), both(help.ja, help.en) + choices, `<code>${esc(d.example)}</code>`];
  });
  return table('オプション一覧 (options)', ['名前 (name)', '別名 (aliases)', '種類 (type)', '使える枠 (frames)', '既定 (default)', '意味 (meaning)', '例 (example)'], rows, 'options-table');
}

/** The rule years: each table's period, check date and rounds on record (the same facts as the README and `npm run rules`). */
export function yearsSection(): string {
  return table(
    'ルールの年度 (rule years)',
    ['制度 (program)', '年度 (year)', '施行 (from)', '終了 (until)', 'ルール確認日 (rules checked)', '公募回と締切 (rounds on record)', '出典 (source)'],
    ruleFacts().map((t) => [
      esc(t.program), String(t.fiscalYear), esc(t.from), esc(t.until ?? '—'), esc(t.checkedOn),
      t.schedules.map((s) => esc(scheduleLine(s))).join('<br>') || '—', esc(t.source),
    ]),
    'years-table',
  );
}
