/** Numbers as the pane shows them. */

/** 1234567 → "1,234,567円". */
export function yen(n: number): string {
  return `${Math.trunc(n).toLocaleString('ja-JP')}円`;
}

/** 0.6666… → "66.7%". */
export function percent(x: number): string {
  return `${(x * 100).toLocaleString('ja-JP', { maximumFractionDigits: 1 })}%`;
}

/** Axis labels: 1,500,000 → "150万", 300,000,000 → "3億", 0 → "0". */
export function shortYen(n: number): string {
  if (n >= 1e8) return `${trim(n / 1e8)}億`;
  if (n >= 1e4) return `${trim(n / 1e4)}万`;
  return String(n);
}

function trim(x: number): string {
  return String(Math.round(x * 100) / 100);
}
