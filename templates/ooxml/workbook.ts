/**
 * A template as an .xlsx file: the package parts around one worksheet, zipped with a fixed
 * timestamp so that every build writes the same bytes.
 */
import { zipSync } from 'fflate';
import type { Layout } from '../layout';
import { sheetXml } from './sheet';
import { StyleBook } from './styles';
import { esc, MAIN_NS, REL_NS, XML_HEAD } from './xml';

const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * The XLDAPR metadata type that cm="1" cells point at: it tells Excel the cell holds a dynamic
 * array formula (a spill), not a legacy Ctrl+Shift+Enter array.
 */
const METADATA =
  `${XML_HEAD}<metadata xmlns="${MAIN_NS}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">` +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '</metadata>';

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
  `<Override PartName="/xl/metadata.xml" ContentType="${CT}.sheetMetadata+xml"/>` +
  '</Types>';

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

const WORKBOOK_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId3" Type="${DOC_REL}/sheetMetadata" Target="metadata.xml"/>` +
  '</Relationships>';

function workbookXml(sheetName: string): string {
  // calcId of current Excel: an older one would make Excel recalculate everything on open,
  // replacing the cached answers with #NAME? until the add-in has loaded
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    '<calcPr calcId="191029"/>' +
    '</workbook>'
  );
}

/** 1980-01-01 00:00 local: zip stores local time, so this is the same field in every time zone. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function workbookBytes(layout: Layout): Uint8Array {
  const styles = new StyleBook();
  const sheet = sheetXml(layout, styles);
  const text = new TextEncoder();
  return zipSync(
    {
      '[Content_Types].xml': text.encode(CONTENT_TYPES),
      '_rels/.rels': text.encode(ROOT_RELS),
      'xl/workbook.xml': text.encode(workbookXml(layout.name)),
      'xl/_rels/workbook.xml.rels': text.encode(WORKBOOK_RELS),
      'xl/worksheets/sheet1.xml': text.encode(sheet),
      'xl/styles.xml': text.encode(styles.xml()),
      'xl/metadata.xml': text.encode(METADATA),
    },
    { level: 9, mtime: FIXED_TIME },
  );
}
