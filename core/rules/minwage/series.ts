/**
 * 地域別最低賃金 (円/時間) as a dated series per prefecture: each revision is the amount in force
 * from its date until the next one (../shared/rules/minimum-wage.md; rules/README.md "地域別最低賃金":
 * the value in force on the date). A new 年度 is one more revision per prefecture and the next
 * DATA_ENDS: data, not code.
 */
export interface WageYear {
  /** 令和 year of the 年度; its revisions take effect from October of 2018 + reiwa. */
  readonly reiwa: number;
  readonly label: string;
  readonly source: string;
}

export interface WageRevision {
  /** First day in force, YYYY-MM-DD (Asia/Tokyo calendar). */
  readonly from: string;
  readonly amount: number;
  readonly year: WageYear;
  readonly source: string;
}

export interface PrefectureWages {
  readonly name: string;
  readonly en: string;
  /** Increasing in date and amount (tests/core/minwage.test.ts checks it). */
  readonly revisions: readonly WageRevision[];
}

const year = (reiwa: number, source: string): WageYear => ({ reiwa, label: `令和${reiwa}年度`, source });

export const WAGE_YEARS = {
  R5: year(5, 'minimum-wage.md 表 R5 (MHLW 地域別最低賃金改定状況; only where R6 took effect after 2024-10-01)'),
  R6: year(6, 'programs-2025.md §5 (amounts W1/W2/W4, dates W2); minimum-wage.md 表 R6'),
  R7: year(7, 'programs-2025.md §5 (W3, cross-checked W5); minimum-wage.md 表 R7'),
  R8: year(8, 'minimum-wage.md 表 R8 (MHLW 地域別最低賃金改定状況 fetched 2026-09-30; 答申 = 決定)'),
} as const;

/**
 * The first day the data cannot answer for: the 令和9年度 revision cannot take effect before it,
 * and may on it (minimum-wage.md "Horizon"). Never a guess past it.
 */
export const DATA_ENDS = { date: '2027-10-01', source: 'minimum-wage.md "Horizon" (earliest 令和9年度 revision)' } as const;

type Make = (amount: number, from: string, note?: string) => WageRevision;
const revision = (y: WageYear): Make => (amount, from, note) => ({ from, amount, year: y, source: note ? `${y.source}; ${note}` : y.source });
const R5 = revision(WAGE_YEARS.R5);
const R6 = revision(WAGE_YEARS.R6);
const R7 = revision(WAGE_YEARS.R7);
const R8 = revision(WAGE_YEARS.R8);

/** Dates the MHLW workbook prints with the wrong year; minimum-wage.md gives the right ones. */
const WORKBOOK_YEAR_WRONG = 'date per minimum-wage.md (MHLW 全国一覧・官報; the workbook prints 2025)';
/** R6 dates programs-2025.md marks † ([記憶]); the MHLW workbook confirms them. */
const DAGGER_CONFIRMED = 'date † of programs-2025.md §5, confirmed by the MHLW workbook (minimum-wage.md)';

const pref = (name: string, en: string, ...revisions: WageRevision[]): PrefectureWages => ({ name, en, revisions });

/** JIS order (都道府県コード 01–47). */
export const MINIMUM_WAGES: readonly PrefectureWages[] = [
  pref('北海道', 'Hokkaido', R6(1010, '2024-10-01'), R7(1075, '2025-10-04'), R8(1131, '2026-10-01')),
  pref('青森県', 'Aomori', R5(898, '2023-10-07'), R6(953, '2024-10-05'), R7(1029, '2025-11-21'), R8(1090, '2026-10-29')),
  pref('岩手県', 'Iwate', R5(893, '2023-10-04'), R6(952, '2024-10-27'), R7(1031, '2025-12-01'), R8(1090, '2026-12-01')),
  pref('宮城県', 'Miyagi', R6(973, '2024-10-01'), R7(1038, '2025-10-04'), R8(1098, '2026-10-01')),
  pref('秋田県', 'Akita', R6(951, '2024-10-01'), R7(1031, '2026-03-31', WORKBOOK_YEAR_WRONG), R8(1090, '2026-10-14')),
  pref('山形県', 'Yamagata', R5(900, '2023-10-14'), R6(955, '2024-10-19'), R7(1032, '2025-12-23'), R8(1092, '2026-10-30')),
  pref('福島県', 'Fukushima', R5(900, '2023-10-01'), R6(955, '2024-10-05'), R7(1033, '2026-01-01', WORKBOOK_YEAR_WRONG), R8(1094, '2026-10-16')),
  pref('茨城県', 'Ibaraki', R6(1005, '2024-10-01'), R7(1074, '2025-10-12'), R8(1136, '2026-10-18')),
  pref('栃木県', 'Tochigi', R6(1004, '2024-10-01'), R7(1068, '2025-10-01'), R8(1125, '2026-10-01')),
  pref('群馬県', 'Gunma', R5(935, '2023-10-05'), R6(985, '2024-10-04'), R7(1063, '2026-03-01', WORKBOOK_YEAR_WRONG), R8(1120, '2026-10-03')),
  pref('埼玉県', 'Saitama', R6(1078, '2024-10-01'), R7(1141, '2025-11-01'), R8(1196, '2026-10-01')),
  pref('千葉県', 'Chiba', R6(1076, '2024-10-01'), R7(1140, '2025-10-03'), R8(1195, '2026-10-01')),
  pref('東京都', 'Tokyo', R6(1163, '2024-10-01'), R7(1226, '2025-10-03'), R8(1280, '2026-10-01')),
  pref('神奈川県', 'Kanagawa', R6(1162, '2024-10-01'), R7(1225, '2025-10-04'), R8(1279, '2026-10-01')),
  pref('新潟県', 'Niigata', R6(985, '2024-10-01'), R7(1050, '2025-10-02'), R8(1108, '2026-10-01')),
  pref('富山県', 'Toyama', R6(998, '2024-10-01'), R7(1062, '2025-10-12'), R8(1119, '2026-10-01')),
  pref('石川県', 'Ishikawa', R5(933, '2023-10-08'), R6(984, '2024-10-05'), R7(1054, '2025-10-08'), R8(1113, '2026-10-03')),
  pref('福井県', 'Fukui', R5(931, '2023-10-01'), R6(984, '2024-10-05'), R7(1053, '2025-10-08'), R8(1112, '2026-10-04')),
  pref('山梨県', 'Yamanashi', R6(988, '2024-10-01'), R7(1052, '2025-12-01'), R8(1113, '2026-11-01')),
  pref('長野県', 'Nagano', R6(998, '2024-10-01'), R7(1061, '2025-10-03'), R8(1117, '2026-10-02')),
  pref('岐阜県', 'Gifu', R6(1001, '2024-10-01'), R7(1065, '2025-10-18'), R8(1121, '2026-10-01')),
  pref('静岡県', 'Shizuoka', R6(1034, '2024-10-01'), R7(1097, '2025-11-01'), R8(1154, '2026-10-15')),
  pref('愛知県', 'Aichi', R6(1077, '2024-10-01'), R7(1140, '2025-10-18'), R8(1195, '2026-10-01')),
  pref('三重県', 'Mie', R6(1023, '2024-10-01'), R7(1087, '2025-11-21'), R8(1143, '2026-10-01')),
  pref('滋賀県', 'Shiga', R6(1017, '2024-10-01'), R7(1080, '2025-10-05'), R8(1136, '2026-10-03')),
  pref('京都府', 'Kyoto', R6(1058, '2024-10-01'), R7(1122, '2025-11-21'), R8(1180, '2026-11-16')),
  pref('大阪府', 'Osaka', R6(1114, '2024-10-01'), R7(1177, '2025-10-16'), R8(1231, '2026-10-01')),
  pref('兵庫県', 'Hyogo', R6(1052, '2024-10-01'), R7(1116, '2025-10-04'), R8(1172, '2026-10-01')),
  pref('奈良県', 'Nara', R6(986, '2024-10-01'), R7(1051, '2025-11-16'), R8(1107, '2026-10-04')),
  pref('和歌山県', 'Wakayama', R6(980, '2024-10-01'), R7(1045, '2025-11-01'), R8(1101, '2026-10-03')),
  pref('鳥取県', 'Tottori', R5(900, '2023-10-05'), R6(957, '2024-10-05'), R7(1030, '2025-10-04'), R8(1090, '2026-10-03')),
  pref('島根県', 'Shimane', R5(904, '2023-10-06'), R6(962, '2024-10-12'), R7(1033, '2025-11-17'), R8(1092, '2026-10-10')),
  pref('岡山県', 'Okayama', R5(932, '2023-10-01'), R6(982, '2024-10-02'), R7(1047, '2025-12-01'), R8(1104, '2026-10-02')),
  pref('広島県', 'Hiroshima', R6(1020, '2024-10-01'), R7(1085, '2025-11-01'), R8(1141, '2026-10-11')),
  pref('山口県', 'Yamaguchi', R6(979, '2024-10-01'), R7(1043, '2025-10-16'), R8(1101, '2026-10-08')),
  pref('徳島県', 'Tokushima', R5(896, '2023-10-01'), R6(980, '2024-11-01'), R7(1046, '2026-01-01', WORKBOOK_YEAR_WRONG), R8(1103, '2026-11-01')),
  pref('香川県', 'Kagawa', R5(918, '2023-10-01'), R6(970, '2024-10-02'), R7(1036, '2025-10-18'), R8(1092, '2026-10-01')),
  pref('愛媛県', 'Ehime', R5(897, '2023-10-06'), R6(956, '2024-10-13'), R7(1033, '2025-12-01'), R8(1093, '2026-11-01')),
  pref('高知県', 'Kochi', R5(897, '2023-10-08'), R6(952, '2024-10-09'), R7(1023, '2025-12-01'), R8(1086, '2026-10-29')),
  pref('福岡県', 'Fukuoka', R5(941, '2023-10-06'), R6(992, '2024-10-05'), R7(1057, '2025-11-16'), R8(1114, '2026-10-04')),
  pref('佐賀県', 'Saga', R5(900, '2023-10-14'), R6(956, '2024-10-17'), R7(1030, '2025-11-21'), R8(1095, '2026-11-15')),
  pref('長崎県', 'Nagasaki', R5(898, '2023-10-13'), R6(953, '2024-10-12'), R7(1031, '2025-12-01'), R8(1087, '2026-11-02')),
  pref('熊本県', 'Kumamoto', R5(898, '2023-10-08'), R6(952, '2024-10-05'), R7(1034, '2026-01-01', WORKBOOK_YEAR_WRONG), R8(1092, '2026-12-01')),
  pref('大分県', 'Oita', R5(899, '2023-10-06'), R6(954, '2024-10-05', DAGGER_CONFIRMED), R7(1035, '2026-01-01', WORKBOOK_YEAR_WRONG), R8(1096, '2026-11-01')),
  pref('宮崎県', 'Miyazaki', R5(897, '2023-10-06'), R6(952, '2024-10-05', DAGGER_CONFIRMED), R7(1023, '2025-11-16'), R8(1085, '2026-10-24')),
  pref('鹿児島県', 'Kagoshima', R5(897, '2023-10-06'), R6(953, '2024-10-05', DAGGER_CONFIRMED), R7(1026, '2025-11-01'), R8(1090, '2026-10-25')),
  pref('沖縄県', 'Okinawa', R5(896, '2023-10-08'), R6(952, '2024-10-09', DAGGER_CONFIRMED), R7(1023, '2025-12-01'), R8(1086, '2026-12-02')),
];
