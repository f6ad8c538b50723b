/**
 * Cell notes (the English help of a template): xl/comments1.xml holds their text, and
 * xl/drawings/vmlDrawing1.vml the hidden boxes Excel shows them in when the pointer rests on the
 * cell. Notes are not printed (Excel's and LibreOffice's default), so they keep English off the page.
 */
import { parseCell } from '../a1';
import { writesFor, type Layout } from '../layout';
import { esc, MAIN_NS, XML_HEAD } from './xml';

/** The sheet's relationship ids of its two note parts. */
export const NOTES_REL_ID = 'rId1';
export const COMMENTS_REL_ID = 'rId2';
const AUTHOR = 'ITHOJO';

export interface Note {
  readonly at: string;
  readonly text: string;
}

export function notesOf(layout: Layout): Note[] {
  return layout.cells.filter((c) => c.note !== undefined && writesFor(c, 'ooxml')).map((c) => ({ at: c.at, text: c.note! }));
}

export function commentsXml(notes: readonly Note[]): string {
  const list = notes.map((n) => `<comment ref="${n.at}" authorId="0"><text><t xml:space="preserve">${esc(n.text)}</t></text></comment>`);
  return `${XML_HEAD}<comments xmlns="${MAIN_NS}"><authors><author>${AUTHOR}</author></authors><commentList>${list.join('')}</commentList></comments>`;
}

/** One hidden note box, anchored beside its cell (columns and rows 0-based). */
function shapeXml(n: Note, i: number): string {
  const { r, c } = parseCell(n.at);
  return (
    `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${r}, 2, ${c + 4}, 15, ${r + 5}, 2</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

export function vmlXml(notes: readonly Note[]): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    notes.map(shapeXml).join('') +
    '</xml>'
  );
}
