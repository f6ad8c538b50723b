/**
 * IT導入補助金: which category a quote line belongs to when it has no 区分, read from the words of
 * its 品名 (or of a section heading). Rule data, like the rule tables: each entry cites where its
 * category comes from. An inferred category is an assumption and is always shown (BREAKDOWN per
 * line, CHECK "OK (注意: …)").
 *
 * The head noun decides (quote-reading.md §Q16): of the words found in a 品名 (text in brackets
 * aside), the one that ends last, the longer where two end together ("POSレジソフト" is software,
 * "ソフトウェア保守" 保守, "POSレジ導入設定" 導入設定, "レシートプリンタ" a レジ accessory, "ノートPC（会計
 * ソフト用）" a PC). Words are compared after the same normalisation as category names (NFKC, lower
 * case, no spaces or ・); an all-ASCII word matches only where no other Latin letter touches it
 * ("PC" in "ノートPC" and "PC2台", not in "PCA会計").
 */
import type { QuoteKeywordTable } from '../quote/keywordTable';

const CAT = 'it2025.md §2.2 (公募要領 §2-2 表)';

export const IT_QUOTE_KEYWORDS: QuoteKeywordTable = {
  rules: [
    {
      category: 'consulting', words: ['コンサル', '活用支援', '伴走支援', '定着支援', '業務分析'],
      source: `${CAT} cat.5 導入コンサルティング・活用コンサルティング`,
    },
    {
      // 役務 as a heading (■役務): cats 5–7 share the 200万円 cap and the bucket, so the choice
      // among them changes no amount; 6 is the one without a month limit of its own
      category: 'setup',
      words: ['設定', 'セットアップ', '導入支援', '導入作業', '導入サポート', '研修', '教育', 'トレーニング', '操作説明', '操作指導', '講習',
        'マニュアル', 'データ移行', '移行作業', '移行支援', 'インストール', '設置', '据付', '役務', '導入関連費', 'setup', 'training', 'installation'],
      source: `${CAT} cat.6 導入設定・マニュアル作成・導入研修; issue 10 (導入支援/初期設定/研修/マニュアル → 役務)`,
    },
    {
      category: 'maintenance', words: ['保守', 'サポート', 'ヘルプデスク', '問合せ対応', '問い合わせ対応', 'メンテナンス', 'アフターサービス', 'maintenance', 'support'],
      source: `${CAT} cat.7 保守サポート; issue 10 (保守/サポート → 保守)`,
    },
    {
      // the セキュリティ対策推進枠 service is a サービス利用料 (cloud), not a セキュリティ option
      category: 'cloud', words: ['お助け隊'],
      source: 'it2025.md §5 (サイバーセキュリティお助け隊サービス: サービス利用料)',
    },
    {
      category: 'option', words: ['オプション', '機能拡張', '拡張機能', '追加機能', 'データ連携', '連携ツール', 'API', 'セキュリティ', 'ウイルス対策', 'ウィルス対策', 'option'],
      source: `${CAT} cat.2–4 機能拡張・データ連携ツール・セキュリティ`,
    },
    {
      category: 'cloud', words: ['クラウド', '利用料', '利用費', '使用料', 'サブスク', '月額', '年額', 'SaaS', 'ASP', 'サービス利用', '年間ライセンス', 'cloud', 'subscription'],
      source: `${CAT} cat.1 クラウド利用料 (最大2年分); issue 10 (クラウド/利用料/サブスク → クラウド)`,
    },
    {
      category: 'register',
      words: ['レジ', 'POS', '券売機', 'キャッシュドロ', 'カスタマーディスプレイ', 'レシートプリンタ', '釣銭機', 'カードリーダ', 'バーコードリーダ',
        'バーコードスキャナ', 'QRリーダ', '決済端末'],
      source: 'it2025.md §3.2 cat.9 (POSレジ・モバイルPOSレジ・券売機と周辺機器); quote-reading.md §Q17',
    },
    {
      category: 'pc', words: ['PC', 'パソコン', 'タブレット', 'iPad', 'プリンター', 'プリンタ', 'スキャナー', 'スキャナ', '複合機', 'laptop', 'tablet', 'printer', 'scanner'],
      source: 'it2025.md §3.2 cat.8 (PC・タブレット・プリンター・スキャナー・複合機); quote-reading.md §Q17',
    },
    {
      category: 'software', words: ['ソフト', 'ライセンス', 'システム', 'パッケージ', 'アプリ', 'ツール', 'software', 'license', 'licence'],
      source: `${CAT} cat.1 ソフトウェア購入費; issue 10 (ライセンス/ソフト/システム → ソフトウェア)`,
    },
  ],
  headRules: [
    // a cloud service or an option written as a kind of software (クラウド会計ソフト, セキュリティソフト, データ連携ツール)
    { head: 'software', refinedBy: ['cloud', 'option'], source: 'quote-reading.md §Q16; it2025.md §2.2 cat.1 (クラウド利用料), cat.2–4' },
  ],
  termLicence: { from: 'software', to: 'cloud', source: 'quote-reading.md §Q22 (ライセンス（3年分）, 年間ライセンス: counted like クラウド利用料, ≤ 24 months)' },
  genericHardware: {
    words: ['ハードウェア', 'ハード', 'ハードウェア購入費', '機器', '機器購入費', '周辺機器', '端末', 'hardware'],
    groups: ['pc', 'register'],
    source: 'quote-reading.md §Q17, §Q32 (PC等 and レジ等 have different caps: it2025.md §3.1)',
  },
  // Costs the rules exclude: never inferred, not even from a heading. A line with one of these words
  // needs its own 区分 (運搬費 of hardware counts: 区分 "PC") or 対象外.
  never: {
    words: ['送料', '配送', '運送', '運賃', '運搬', '交通費', '出張', '宿泊', '旅費', '申請', '代行', '手数料', 'レンタル', 'リース', '中古', '消費税', '印紙',
      '諸経費', '雑費', '管理費', '一般管理費', '経費一式', '設置費'],
    source: 'quote-reading.md §Q4, §Q40; it2025.md §1.6 (交通費・宿泊費、申請代行費、消費税、リース・レンタル、中古品は対象外); rules/README.md "Quote-line categories"',
  },
};
