/**
 * The documents behind the sections of ../shared/rules/*.md that rule tables cite, so that users
 * read a document and section ("公募要領(通常枠) §2-3") and never a file of ours
 * (core/contract/citation.ts formats with this). The most specific section listed first wins.
 */
export interface Citation {
  readonly file: string;
  /** A section number ("2.1", or an update "U4"); a cited "§2.1.3" or "§2.1" matches "2.1", "2" matches "§2.x". None: the whole file. */
  readonly section?: string;
  readonly document: string;
}

export const CITATIONS: readonly Citation[] = [
  // it2025.md (each section names its 公募要領 / 交付規程 source in its heading)
  { file: 'it2025.md', section: '1', document: '公募要領 (全枠共通) §2-3' },
  { file: 'it2025.md', section: '2.1', document: '公募要領(通常枠) §2-3, 交付規程 別表' },
  { file: 'it2025.md', section: '2.2', document: '公募要領(通常枠) §2-2' },
  { file: 'it2025.md', section: '2.3', document: '公募要領(通常枠) §2-3 (最低賃金近傍)' },
  { file: 'it2025.md', section: '2', document: '公募要領(通常枠)' },
  { file: 'it2025.md', section: '3.1', document: '公募要領(インボイス対応類型) §2-3 【補足２】' },
  { file: 'it2025.md', section: '3.2', document: '公募要領(インボイス対応類型) 【補足１】' },
  { file: 'it2025.md', section: '3', document: '公募要領(インボイス対応類型)' },
  { file: 'it2025.md', section: '4', document: '公募要領(電子取引類型) 【補足1】' },
  { file: 'it2025.md', section: '5', document: '公募要領(セキュリティ対策推進枠) §2-3' },
  { file: 'it2025.md', section: '6.4', document: '複数社連携 計算用ツール (様式5・6)' },
  { file: 'it2025.md', section: '6', document: '公募要領(複数社連携IT導入枠) §2-4' },
  { file: 'it2025.md', section: '7', document: '公募要領 (中小企業・小規模事業者等の定義)' },
  { file: 'it2025.md', section: '8', document: '事務局スケジュール (予定)' },
  { file: 'it2025.md', document: 'IT導入補助金2025 公募要領' },
  // it2026.md
  { file: 'it2026.md', section: '2.4', document: '事務局お知らせ「デジタル化・AI導入補助金2026の概要について」' },
  { file: 'it2026.md', section: '2', document: '交付規程(通常枠) 別表 (2026)' },
  { file: 'it2026.md', section: '3', document: '事務局 概要資料 (2026)' },
  { file: 'it2026.md', section: '4', document: '事務局スケジュール (予定)' },
  { file: 'it2026.md', section: '5', document: 'ITHOJO の判断 (年度の選び方)' },
  { file: 'it2026.md', section: '6.1', document: '事業承継・M&A補助金 公募要領 (令和7年度補正)' },
  { file: 'it2026.md', section: '6.2', document: 'ものづくり補助金 公募要領 (グローバル枠)' },
  { file: 'it2026.md', section: '6.3', document: '省エネ補助金 公募要領 (令和7年度補正)' },
  { file: 'it2026.md', document: 'デジタル化・AI導入補助金2026 公募要領' },
  // programs-2025.md
  { file: 'programs-2025.md', section: '1', document: '事業承継・M&A補助金 公募要領 (令和6年度補正)' },
  { file: 'programs-2025.md', section: '2.2', document: '省エネ法施行規則 別表第1 (換算係数)' },
  { file: 'programs-2025.md', section: '2', document: '省エネ補助金 公募要領 (令和6年度補正)' },
  { file: 'programs-2025.md', section: '3', document: 'ものづくり補助金 公募要領 (グローバル枠)' },
  { file: 'programs-2025.md', section: '4', document: '中小企業基本法・同施行令 (中小企業者の定義)' },
  { file: 'programs-2025.md', section: '5', document: '地域別最低賃金 (厚生労働省)' },
  { file: 'programs-2025.md', document: '各補助金の公募要領' },
  { file: 'minimum-wage.md', document: '地域別最低賃金 (厚生労働省 改定状況)' },
  // updates-2026-12.md: one row per update (§U1 … §U9), each naming the material it was found in
  { file: 'updates-2026-12.md', section: 'U1', document: '事業承継・M&A補助金 15次 公募 (事務局・中小企業庁、jGrants)' },
  { file: 'updates-2026-12.md', section: 'U2', document: '事業承継・M&A補助金 14次・15次 の概要資料 (廃業費)' },
  { file: 'updates-2026-12.md', section: 'U3', document: '事業承継・M&A補助金 14次・15次 の概要資料 (100億チャレンジ型)' },
  { file: 'updates-2026-12.md', section: 'U4', document: 'デジタル化・AI導入補助金2026 6次 スケジュール (二次情報)' },
  { file: 'updates-2026-12.md', section: 'U5', document: '省エネ補助金 (令和7年度補正) 公募スケジュール' },
  { file: 'updates-2026-12.md', section: 'U6', document: '省エネ補助金 (Ⅱ) 電化・脱炭素燃転型 概要資料' },
  { file: 'updates-2026-12.md', section: 'U7', document: '省エネ補助金 GXⅢ 概要資料 (2026)' },
  { file: 'updates-2026-12.md', section: 'U8', document: '交付規程(電子取引類型) (2026)' },
  { file: 'updates-2026-12.md', section: 'U9', document: '中小企業新事業進出補助金 公募スケジュール' },
  { file: 'updates-2026-12.md', document: '公開資料との照合 (2026-12-07)' },
  { file: 'rules/README.md', document: 'ITHOJO の判断 (過大にならない読み方)' },
];
