/** HTML pieces of the help page. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Japanese text with its English beside it. */
export function both(ja: string, en: string): string {
  return `${esc(ja)}<br><span lang="en">${esc(en)}</span>`;
}

/** A table that scrolls sideways on a narrow screen instead of widening the page. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], caption?: string): string {
  const head = `<tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table>${caption ? `<caption>${caption}</caption>` : ''}<thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
}

export const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;
