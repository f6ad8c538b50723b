/**
 * 中小企業者・小規模企業者 thresholds by industry under 中小企業基本法 and its 政令
 * (../shared/rules/programs-2025.md §4; it2025.md §7). A company is 中小 when capital OR
 * employees is within the limit; 小規模 by employees only.
 */
export interface IndustryRule {
  readonly id: string;
  readonly label: string;
  readonly names: readonly string[];
  /** 資本金・出資総額 limit in yen; null when only employees count (法人 of ⑨–⑮). */
  readonly capital: number | null;
  readonly employees: number;
  /** 小規模 limit; null when the organisation can never be 小規模 (it2025.md §7 ⑨–⑮). */
  readonly small: number | null;
  readonly source: string;
}

export const INDUSTRIES: readonly IndustryRule[] = [
  { id: 'rubber', label: 'ゴム製品製造業', names: ['ゴム製品製造業', 'ゴム製品製造', 'rubber'], capital: 300_000_000, employees: 900, small: 20, source: 'programs-2025.md §4 (政令: 900人)' },
  { id: 'software', label: 'ソフトウェア業・情報処理サービス業', names: ['ソフトウェア業・情報処理サービス業', 'ソフトウェア業', '情報処理サービス業', 'software'], capital: 300_000_000, employees: 300, small: 5, source: 'programs-2025.md §4 (政令: 3億円・300人; 小規模5人 [記憶])' },
  { id: 'ryokan', label: '旅館業', names: ['旅館業', 'ryokan'], capital: 50_000_000, employees: 200, small: 20, source: 'programs-2025.md §4 (政令: 5,000万円・200人; 宿泊業 小規模20人)' },
  { id: 'lodging', label: '宿泊業・娯楽業', names: ['宿泊業・娯楽業', '宿泊業', '娯楽業', 'lodging', 'entertainment'], capital: 50_000_000, employees: 100, small: 20, source: 'programs-2025.md §4 (サービス業; 政令: 小規模20人)' },
  { id: 'manufacturing', label: '製造業・建設業・運輸業', names: ['製造業', '建設業', '運輸業', 'manufacturing', 'construction', 'transport'], capital: 300_000_000, employees: 300, small: 20, source: 'programs-2025.md §4' },
  { id: 'wholesale', label: '卸売業', names: ['卸売業', '卸売', 'wholesale'], capital: 100_000_000, employees: 100, small: 5, source: 'programs-2025.md §4' },
  { id: 'retail', label: '小売業', names: ['小売業', '小売', '飲食業', '飲食店', 'retail'], capital: 50_000_000, employees: 50, small: 5, source: 'programs-2025.md §4 (小売業 incl. 飲食)' },
  { id: 'service', label: 'サービス業', names: ['サービス業', 'サービス', 'service'], capital: 50_000_000, employees: 100, small: 5, source: 'programs-2025.md §4' },
  { id: 'other', label: 'その他の業種', names: ['その他', 'その他の業種', 'other'], capital: 300_000_000, employees: 300, small: 20, source: 'programs-2025.md §4 (製造業その他)' },
  { id: 'medical', label: '医療法人・社会福祉法人・学校法人', names: ['医療法人', '社会福祉法人', '学校法人'], capital: null, employees: 300, small: null, source: 'it2025.md §7 ⑨⑩ (小規模になれない)' },
  { id: 'chamber', label: '商工会・商工会議所', names: ['商工会', '商工会議所', '都道府県商工会連合会'], capital: null, employees: 100, small: null, source: 'it2025.md §7 ⑪ (小規模になれない)' },
];
