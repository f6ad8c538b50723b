/** The manifest tests trust support/xml.ts to reject malformed XML: check that it does. */
import { parseXml } from './support/xml';

const ok = '<?xml version="1.0"?><a xmlns:bt="urn:x"><bt:b c="1 &amp; 2"/><!-- note --><d>&#x41;&lt;</d></a>';

test('reads well-formed XML, entities decoded', () => {
  const root = parseXml(ok);
  expect(root.children.map((c) => c.name)).toEqual(['bt:b', 'd']);
  expect(root.children[0].attrs.c).toBe('1 & 2');
  expect(root.children[1].text).toBe('A<');
});

test.each([
  ['an unclosed element', '<a><b></a>'],
  ['crossed tags', '<a><b><c></b></c></a>'],
  ['a duplicate attribute', '<a x="1" x="2"/>'],
  ['an unknown entity', '<a>&nbsp;</a>'],
  ['a bare ampersand', '<a>fish & chips</a>'],
  ['an undeclared prefix', '<a><bt:b/></a>'],
  ['two roots', '<a/><b/>'],
  ['"--" in a comment', '<a><!-- a -- b --></a>'],
  ['an unquoted attribute', '<a x=1/>'],
  ['text after the root', '<a/>text'],
  ['a DOCTYPE', '<!DOCTYPE a><a/>'],
])('rejects %s', (_what, xml) => {
  expect(() => parseXml(xml)).toThrow(/XML|entity|"<"/);
});
