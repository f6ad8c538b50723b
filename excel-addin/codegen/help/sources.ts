/**
 * Where a reader checks a rule: each program's official pages (the addresses ../shared/rules
 * gives; none is recorded for 省エネ補助金), and for every frame of every rule year the document
 * and section the core cites — FRAMES' own 出典 column, so the page says what the core says.
 */
import { FUNCTIONS } from '../../../core';
import { programs } from '../../../templates/catalog';
import { esc, table } from './html';

interface Page {
  readonly label: string;
  readonly url: string;
}

/** Official pages by program id, each from the rules file named beside it. */
const OFFICIAL: Readonly<Record<string, readonly Page[]>> = {
  it: [
    // it2025.md §0 (the 事務局's portal)
    { label: '事務局ポータル (IT導入補助金・デジタル化・AI導入補助金)', url: 'https://it-shien.smrj.go.jp/' },
    // it2026.md §0
    { label: '事務局お知らせ「デジタル化・AI導入補助金2026の概要について」', url: 'https://it-shien.smrj.go.jp/news/40013' },
    // it2025.md §0 (the autumn-2025 最低賃金近傍 condition)
    { label: '中小機構「最低賃金引上げに伴う要件緩和及び審査優遇について」', url: 'https://seisansei.smrj.go.jp/subsidy_guide/guidance/subsidy_primer/20251204.html' },
  ],
  // programs-2025.md S4 (official FAQ) and "Official PDFs to check next"
  ma: [{ label: '事業承継・M&A補助金 公式サイト', url: 'https://shoukei-mahojokin.go.jp/' }],
  // programs-2025.md "Official PDFs to check next"
  mono: [{ label: 'ものづくり補助金総合サイト', url: 'https://portal.monodukuri-hojo.jp/' }],
};

/** For every program: programs-2025.md D1 (中小企業基本法の定義, 中小企業庁). */
const DEFINITIONS: Page = { label: '中小企業庁「中小企業・小規模企業者の定義」', url: 'https://www.chusho.meti.go.jp/keiei/sapoin/portal/03_1teigi.html' };

const link = (p: Page) => `<li><a href="${esc(p.url)}">${esc(p.label)}</a> <small class="url">${esc(p.url)}</small></li>`;

/** FRAMES' rows of a program: its header row names the columns, so they are found by name. */
function citedFrames(program: string): string[][] {
  const [head, ...rows] = FUNCTIONS.FRAMES(program) as unknown[][];
  const col = (ja: string) => head.findIndex((h) => String(h).startsWith(ja));
  const [frame, table, source] = [col('枠'), col('制度'), col('出典')];
  return rows.map((r) => [esc(String(r[table])), esc(String(r[frame])), esc(String(r[source]))]);
}

export function sourcesSection(): string {
  const parts = programs().map((p) => {
    const pages = OFFICIAL[p.id] ?? [];
    const official = pages.length > 0 ? `<ul>${pages.map(link).join('')}</ul>` : `<p>${esc('公式ページの URL は収録していません。各年度の公募要領を参照してください。')} <span lang="en">No official address is on record: see each year's 公募要領.</span></p>`;
    return `<h3 id="sources-${esc(p.id)}">${esc(p.name)} <span lang="en">(${esc(p.nameEn)})</span></h3>
${official}
${table(`${p.name} の出典 (sources)`, ['表 (table)', '枠 (frame)', '出典: 文書と節 (document, section)'], citedFrames(p.name), `sources-${p.id}-table`)}`;
  });
  return `<p>${esc('金額の根拠は各制度の公募要領・交付規程です。枠ごとに、コアが引用する文書と節を示します (BREAKDOWN と FRAMES の「出典」と同じです)。')}<br><span lang="en">Every figure rests on a program's 公募要領 (guidelines) or 交付規程 (grant rules): for each frame, the document and section the core cites (as BREAKDOWN's and FRAMES' 出典).</span></p>
${parts.join('\n')}
<h3 id="sources-definitions">${esc('事業者の規模')} <span lang="en">(company size)</span></h3>
<ul>${link(DEFINITIONS)}</ul>`;
}
