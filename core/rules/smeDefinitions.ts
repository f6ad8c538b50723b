/**
 * 中小企業者・小規模事業者 by industry class: 中小企業基本法 and its 政令, as the IT導入補助金 公募要領
 * state them (it2025.md §7 = 公募要領 通常枠 p.5, official/it2025_koubo_tsujyo.txt; programs-2025.md
 * §4). A company is 中小 when its capital OR its employees are within the class's limits; 小規模
 * by employees only.
 *
 * `names` are whole names a user may type (compared after normalizeKey): the class names of the
 * 公募要領 and the 日本標準産業分類 names that fall in the class. A name is never matched as a part
 * of another (飲食サービス業 is not サービス業; 製造業以外 is not 製造業).
 */
export interface SmeClass {
  readonly id: string;
  /** Shown in the list of classes when an industry is unknown. */
  readonly label: string;
  readonly names: readonly string[];
  /** 資本金の額又は出資の総額 limit in yen; null when only employees count (⑨–⑪). */
  readonly capital: number | null;
  /** 常時使用する従業員 limit for 中小. */
  readonly employees: number;
  /** 小規模 limit; null when the body can never be 小規模 (it2025.md §7 ⑨–⑮). */
  readonly small: number | null;
  readonly source: string;
}

const OKU = 100_000_000;
const MAN = 10_000;
const KOUBO = '公募要領 通常枠 p.5 (it2025.md §7)';

export const SME_CLASSES: readonly SmeClass[] = [
  {
    id: 'manufacturing', label: '製造業・建設業・運輸業',
    names: ['製造業', '建設業', '運輸業', '製造業・建設業・運輸業', 'manufacturing', 'construction', 'transport'],
    capital: 3 * OKU, employees: 300, small: 20, source: `${KOUBO} ①; 小規模 ③製造業その他; programs-2025.md §4`,
  },
  {
    id: 'tyres-belts', label: 'タイヤ・チューブ・工業用ベルト製造業 (①に該当)',
    names: ['自動車又は航空機用タイヤ及びチューブ製造業', '自動車・航空機用タイヤ・チューブ製造業', 'タイヤ・チューブ製造業', '工業用ベルト製造業'],
    capital: 3 * OKU, employees: 300, small: 20, source: `${KOUBO} ⑤※ (these fall under ①)`,
  },
  {
    id: 'wholesale', label: '卸売業', names: ['卸売業', '卸売', 'wholesale'],
    capital: 1 * OKU, employees: 100, small: 5, source: `${KOUBO} ②; 小規模 ①商業; programs-2025.md §4`,
  },
  {
    id: 'retail', label: '小売業 (飲食店を含む)',
    names: ['小売業', '小売', '飲食店', '飲食業', '飲食', '飲食サービス業', '持ち帰り・配達飲食サービス業', 'retail', 'restaurant'],
    capital: 5000 * MAN, employees: 50, small: 5, source: `${KOUBO} ④; programs-2025.md §4 (小売業 incl. 飲食); 小規模 ①商業`,
  },
  {
    id: 'service', label: 'サービス業', names: ['サービス業', 'サービス', 'service'],
    capital: 5000 * MAN, employees: 100, small: 5, source: `${KOUBO} ③; 小規模 ①サービス業; programs-2025.md §4`,
  },
  {
    id: 'lodging', label: '宿泊業・娯楽業 (旅館業を除く)', names: ['宿泊業', '娯楽業', '宿泊業・娯楽業', 'lodging', 'entertainment'],
    capital: 5000 * MAN, employees: 100, small: 20, source: `${KOUBO} ③ (サービス業); 小規模 ②宿泊業・娯楽業 20人; programs-2025.md §4`,
  },
  {
    id: 'rubber', label: 'ゴム製品製造業 (タイヤ・チューブ・工業用ベルトを除く)', names: ['ゴム製品製造業', 'rubber'],
    capital: 3 * OKU, employees: 900, small: 20, source: `${KOUBO} ⑤ (政令: 900人); 小規模 ③製造業その他`,
  },
  {
    id: 'software', label: 'ソフトウェア業・情報処理サービス業',
    names: ['ソフトウェア業又は情報処理サービス業', 'ソフトウェア業・情報処理サービス業', 'ソフトウェア業', 'ソフトウエア業', '情報処理サービス業', 'software'],
    capital: 3 * OKU, employees: 300, small: 5, source: `${KOUBO} ⑥ (政令: 3億円・300人); 小規模 ①サービス業 5人`,
  },
  {
    id: 'ryokan', label: '旅館業', names: ['旅館業', 'ryokan'],
    capital: 5000 * MAN, employees: 200, small: 20, source: `${KOUBO} ⑦ (政令: 5,000万円・200人); 小規模 ②宿泊業 20人`,
  },
  {
    id: 'other', label: 'その他の業種', names: ['その他', 'その他の業種', 'other'],
    capital: 3 * OKU, employees: 300, small: 20, source: `${KOUBO} ⑧; 小規模 ③製造業その他`,
  },
  {
    id: 'medical-school', label: '医療法人・社会福祉法人・学校法人', names: ['医療法人', '社会福祉法人', '学校法人'],
    capital: null, employees: 300, small: null, source: `${KOUBO} ⑨⑩ (従業員のみ; 小規模になれない)`,
  },
  {
    id: 'chamber', label: '商工会・商工会議所', names: ['商工会', '商工会議所', '都道府県商工会連合会', '商工会連合会'],
    capital: null, employees: 100, small: null, source: `${KOUBO} ⑪ (従業員のみ; 小規模になれない)`,
  },
];
