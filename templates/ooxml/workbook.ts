/**
 * A template as an .xlsx file: the package parts around one worksheet (its notes and print
 * setup included), zipped with a fixed timestamp so that every build writes the same bytes.
 */
import { zipSync } from 'fflate';
import type { Layout } from '../layout';
import { COMMENTS_REL_ID, commentsXml, notesOf, NOTES_REL_ID, vmlXml } from './notes';
import { printNamesXml } from './print';
import { sheetXml } from './sheet';
import { StyleBook } from './styles';
import { esc, MAIN_NS, REL_NS, XML_HEAD } from './xml';

const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/**
 * docProps/app.xml, naming Excel as the application. LibreOffice keeps a formula's stored text
 * answer (t="str", e.g. CHECK's "OK") only in a file from a generator it knows (an Application
 * beginning "Microsoft", or its own: oox XmlFilterBase::checkDocumentProperties, tdf#98481);
 * from any other it recalculates the cell, and an ITHOJO cell becomes #NAME?. The formulas are
 * stored exactly as Excel stores them, so the file is what Excel itself would have saved.
 */
const APP =
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion></Properties>';

function contentTypes(hasNotes: boolean): string {
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (hasNotes ? `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` : '') +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    (hasNotes ? `<Override PartName="/xl/comments1.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>` : '') +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    '</Types>'
  );
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${DOC_REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

const WORKBOOK_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
  '</Relationships>';

const SHEET_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="${NOTES_REL_ID}" Type="${DOC_REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
  `<Relationship Id="${COMMENTS_REL_ID}" Type="${DOC_REL}/comments" Target="../comments1.xml"/>` +
  '</Relationships>';

function workbookXml(layout: Layout): string {
  // calcId of current Excel: an older one would make Excel recalculate everything on open,
  // replacing the cached answers with #NAME? until the add-in has loaded
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets><sheet name="${esc(layout.name)}" sheetId="1" r:id="rId1"/></sheets>` +
    `<definedNames>${printNamesXml(layout.name, 0, layout.print)}</definedNames>` +
    '<calcPr calcId="191029"/>' +
    '</workbook>'
  );
}

/** 1980-01-01 00:00 local: zip stores local time, so this is the same field in every time zone. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function workbookBytes(layout: Layout): Uint8Array {
  const styles = new StyleBook();
  const notes = notesOf(layout);
  const hasNotes = notes.length > 0;
  const sheet = sheetXml(layout, styles, hasNotes);
  const text = new TextEncoder();
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes(hasNotes),
    '_rels/.rels': ROOT_RELS,
    'docProps/app.xml': APP,
    'xl/workbook.xml': workbookXml(layout),
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/styles.xml': styles.xml(),
  };
  if (hasNotes) {
    parts['xl/worksheets/_rels/sheet1.xml.rels'] = SHEET_RELS;
    parts['xl/comments1.xml'] = commentsXml(notes);
    parts['xl/drawings/vmlDrawing1.vml'] = vmlXml(notes);
  }
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, text.encode(xml)])), { level: 9, mtime: FIXED_TIME });
}
