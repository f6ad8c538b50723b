/**
 * 省エネ補助金, 令和7年度補正: only what it2026.md §6.3 confirms. (Ⅲ) 設備単位型 keeps 1/3 and
 * 上限1億円 with the same 省エネ要件; (Ⅰ)(Ⅱ)(Ⅳ) have no 2026 figures on record, so they keep
 * answering from the 2025 table (the registry says so in CHECK); GXⅢ is listed, not computed.
 */
import type { RuleTable } from '../types';
import { ENERGY2025 } from './2025';

const equipment2025 = ENERGY2025.frames.find((f) => f.id === 'energy-equipment')!;

export const ENERGY2026: RuleTable = {
  programId: 'energy',
  program: '省エネ補助金',
  programEn: 'Energy Saving Subsidy',
  programAliases: ENERGY2025.programAliases,
  fiscalYear: 2026,
  title: '省エネ補助金 (令和7年度補正)',
  effective: { from: '2026-08-20', until: null, source: 'it2026.md §6.3 (3次 受付 2026-08-20; earlier 令和7年度補正 rounds are not on record)' },
  source: 'it2026.md §6.3 (SII 2026-08-20)',
  checkedOn: '2026-12-07',
  schedule: [{ frames: ['energy-equipment'], rounds: [{ round: 3, deadline: '2026-09-28', source: 'it2026.md §6.3 (3次 08-20〜09-28 17:00)', checkedOn: '2026-12-07' }] }],
  categories: ENERGY2025.categories,
  costCaps: [],
  frames: [{ ...equipment2025, source: `it2026.md §6.3 (1/3、上限1億円、省エネ要件は同じ; ${equipment2025.source})` }],
  listings: [{
    name: 'GXⅢ (トップ性能枠・メーカー強化枠)', id: 'energy-gx3',
    description: '上限3億円。補助率は資料により1/5と1/3で食い違い (Cap 300M yen; rates in conflict)',
    status: '補助率が未確定のため計算は未収録 (Rate unconfirmed: not encoded)',
    source: 'it2026.md §6.3 [UNCERTAIN]',
  }],
};
