/** Numbers as the pane shows them, in its language. */
import type { Lang } from './i18n';

const grouped = (n: number): string => Math.trunc(n).toLocaleString('ja-JP');

/** 1234567 → "1,234,567円" (ja) or "¥1,234,567" (en). */
export function yen(n: number, lang: Lang): string {
  return lang === 'ja' ? `${grouped(n)}円` : `¥${grouped(n)}`;
}

/** 0.6666… → "66.7%". */
export function percent(x: number): string {
  return `${(x * 100).toLocaleString('ja-JP', { maximumFractionDigits: 1 })}%`;
}

/** Axis labels: 1,500,000 → "150万" / "1.5M", 300,000,000 → "3億" / "300M", 0 → "0". */
export function shortYen(n: number, lang: Lang): string {
  if (lang === 'en') {
    if (n >= 1e9) return `${trim(n / 1e9)}B`;
    if (n >= 1e6) return `${trim(n / 1e6)}M`;
    if (n >= 1e3) return `${trim(n / 1e3)}K`;
    return String(n);
  }
  if (n >= 1e8) return `${trim(n / 1e8)}億`;
  if (n >= 1e4) return `${trim(n / 1e4)}万`;
  return String(n);
}

function trim(x: number): string {
  return String(Math.round(x * 100) / 100);
}
