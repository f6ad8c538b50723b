/**
 * Sources as users read them: a document and section ("公募要領(通常枠) §2-3", "事務局スケジュール
 * (予定)"), never our file names or how-sure tags ("it2025.md §8 [VENDOR, uncertain]"). Rule
 * tables keep their precise internal citations; BREAKDOWN and COMPARE (and FRAMES) show this.
 */
import { CITATIONS } from './citations';
import { tagKind } from './confidence';
import { lazy } from '../lazy';

// pure: a bundle that never calls citation() (Apps Script's Code.js) drops it and CITATIONS
const filesPattern = /* @__PURE__ */ lazy(() => {
  const files = [...new Set(CITATIONS.map((c) => c.file))];
  return new RegExp(`(?:\\.\\.\\/shared\\/)?(?:rules\\/)?(${files.map((f) => f.replace(/[./]/g, '\\$&')).join('|')})(?:\\s+ruling)?`, 'g');
});
/** A section of our files: §2.1, §3.1–3.2, §U4 (official sections are written §2-3, with a hyphen). */
const SECTION = /§\s*(U?\d+(?:\.\d+)*)(?:–\d+(?:\.\d+)*)?(?![\d-])/g;
/** How-sure tags of the rule files (confidence.ts): a fact not confirmed says 要確認; a confirmed one says nothing more. */
const TAG = /\[[^\]]*\]/g;
/** Where a tag said 要確認, until the tags of one source are merged into one. */
const UNSURE = '\u{E000}';
const tagShown = (tag: string, unsure: string): string | null => {
  const kind = tagKind(tag.slice(1, -1));
  if (kind === null) return null;
  return kind === 'confirmed' ? '' : unsure;
};

function documentOf(file: string, section: string | undefined): string {
  for (const c of CITATIONS) {
    if (c.file !== file) continue;
    if (c.section === undefined) return c.document;
    if (section !== undefined && (section === c.section || section.startsWith(`${c.section}.`))) return c.document;
  }
  return file;
}

/** One part of a source ("it2025.md §2.2 cat.1 (最大2年分), §5 (…)"): each file's sections as documents. */
function part(text: string): string {
  const refs = [...text.matchAll(filesPattern())];
  if (refs.length === 0) return text;
  let out = text.slice(0, refs[0].index);
  refs.forEach((m, i) => {
    const file = m[1];
    const end = i + 1 < refs.length ? refs[i + 1].index : text.length;
    let sections = 0;
    const rest = text.slice(m.index! + m[0].length, end).replace(SECTION, (_s, n: string) => {
      sections++;
      return documentOf(file, n);
    });
    out += (sections > 0 ? '' : documentOf(file, undefined)) + rest;
  });
  return out;
}

/** A rule table's source (or a note quoting one) as users should read it. */
export function citation(source: string): string {
  const tagged = source.trim()
    .replace(/\s*\[[^\]]*\]$/, (t) => tagShown(t.trim(), ` (${UNSURE})`) ?? t)
    .replace(TAG, (t) => tagShown(t, UNSURE) ?? t);
  const parts = topLevelParts(tagged).map((p) => tidy(part(p))).filter((p) => p !== '');
  // "it2025.md §2.1 / 公募要領(通常枠) §2-3, 交付規程 別表": the file's section names the same document
  const kept = parts.filter((p, i) => parts.indexOf(p) === i && !parts.some((q) => q !== p && q.includes(p)));
  // "§1.1, §1.3, §1.5" of one file may name one document three times: once is enough
  // tags said once, at the last place; a 要確認 the text itself says (a CHECK answer's caveats) stays
  return onlyLast(kept.join('; '), UNSURE).replace(/([^,;]+)(?:, \1)+(?=$|[,;)])/g, '$1').split(UNSURE).join('要確認');
}

/** The parts of a source separated by "; " or " / " outside brackets. */
export function topLevelParts(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || (c === '/' && text[i - 1] === ' ' && text[i + 1] === ' '))) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

function tidy(text: string): string {
  return text
    .replace(/\bflyer\b/g, 'チラシ')
    .replace(/\bcat\.\s*/g, 'カテゴリー')
    .replace(/(【[^】]+】)\s*\1/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** `word` once, at its last place ("(要確認 小規模で2/3; 要確認)" → "(小規模で2/3; 要確認)", with tags as `word`). */
function onlyLast(text: string, word: string): string {
  const last = text.lastIndexOf(word);
  if (last < 0 || text.indexOf(word) === last) return text;
  return text.slice(0, last).split(word).join('').replace(/\(\s+/g, '(').replace(/\s{2,}/g, ' ') + text.slice(last);
}
