/** HTML pieces of the help page. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Japanese text with its English beside it. */
export function both(ja: string, en: string): string {
  return `${esc(ja)}<br><span lang="en">${esc(en)}</span>`;
}

/**
 * A table that scrolls sideways on a narrow screen instead of widening the page; its box is a
 * labelled region in the tab order, so the keyboard can scroll it too.
 */
export function table(label: string, headers: readonly string[], rows: readonly (readonly string[])[], id?: string): string {
  const head = `<tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="scroll"${id ? ` id="${id}"` : ''} tabindex="0" role="region" aria-label="${esc(label)}"><table><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
}

export const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;
