/**
 * xl/styles.xml: every distinct (style, number format) pair of a sheet becomes one cell format,
 * numbered in first-use order, so the same layout always gives the same file.
 */
import type { Style } from '../layout';
import { esc, MAIN_NS, XML_HEAD } from './xml';

/** Excel's default Japanese font; other programs substitute their own Japanese font. */
const FONT = '游ゴシック';
const FIRST_CUSTOM_FORMAT = 164;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

export class StyleBook {
  private readonly formats: string[] = [];
  private readonly fonts: string[] = [this.font({})];
  private readonly fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly dxfs: string[] = [];

  private font(s: Style): string {
    const color = s.color ? `<color rgb="${argb(s.color)}"/>` : '';
    return `<font>${s.bold ? '<b/>' : ''}<sz val="${s.size ?? 11}"/>${color}<name val="${FONT}"/><family val="3"/><charset val="128"/></font>`;
  }

  private index(list: string[], item: string): number {
    const i = list.indexOf(item);
    if (i >= 0) return i;
    list.push(item);
    return list.length - 1;
  }

  private formatId(code: string): number {
    return FIRST_CUSTOM_FORMAT + this.index(this.formats, code);
  }

  /** The cell format index (the `s` attribute) of a style and number format. */
  cellStyle(style: Style, numFmt: string | undefined): number {
    const fontId = this.index(this.fonts, this.font(style));
    const fillId = style.fill ? this.index(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = style.border ? 1 : 0;
    const numFmtId = numFmt ? this.formatId(numFmt) : 0;
    const align = style.align || style.wrap ? `<alignment${style.align ? ` horizontal="${style.align}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>` : '';
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      (align ? ` applyAlignment="1">${align}</xf>` : '/>');
    return this.index(this.xfs, xf);
  }

  /** A differential format (for a conditional format) that sets the number format. */
  numberFormatDxf(code: string): number {
    return this.index(this.dxfs, `<dxf><numFmt numFmtId="${this.formatId(code)}" formatCode="${esc(code)}"/></dxf>`);
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const formats = this.formats.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${esc(code)}"/>`);
    const side = (name: string) => `<${name} style="thin"><color rgb="FF7F7F7F"/></${name}>`;
    const borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>', `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`];
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (formats.length > 0 ? list('numFmts', formats) : '') +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', borders) +
      list('cellStyleXfs', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
      list('cellXfs', this.xfs) +
      list('cellStyles', ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
      list('dxfs', this.dxfs) +
      '</styleSheet>'
    );
  }
}
