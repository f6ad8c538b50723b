/**
 * A small strict XML reader for the manifest check (manifestCheck.ts, run by the release build and
 * the tests) and the template tests: no packages, since Microsoft's validator needs the network.
 * It rejects what a conforming parser rejects in files like ours: unclosed or crossed
 * tags, duplicate attributes, unknown entities, undeclared namespace prefixes, "--" in comments,
 * text outside the root, DOCTYPEs.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`"<" in text or attribute at ${where}`);
  return raw.replace(/&([^;]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new Error(`unterminated entity at ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const n = /^#x([0-9a-fA-F]+)$/.exec(ref) ?? /^#([0-9]+)$/.exec(ref);
    if (!n) throw new Error(`unknown entity &${ref}; at ${where}`);
    return String.fromCodePoint(parseInt(n[1], ref.startsWith('#x') ? 16 : 10));
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: { el: XmlElement; prefixes: Set<string> }[] = [];
  let root: XmlElement | undefined;
  const fail = (why: string): never => {
    throw new Error(`XML: ${why} at offset ${i}`);
  };
  const checkPrefix = (name: string, prefixes: Set<string>) => {
    const colon = name.indexOf(':');
    if (colon > 0 && name.slice(0, colon) !== 'xmlns' && !prefixes.has(name.slice(0, colon))) fail(`undeclared prefix in ${name}`);
  };

  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    i = end + 2;
  }
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) fail('unterminated comment');
      if (xml.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
      i = end + 3;
    } else if (xml.startsWith('<!', i) || xml.startsWith('<?', i)) {
      fail('DOCTYPE, CDATA or processing instruction not expected');
    } else if (xml.startsWith('</', i)) {
      const m = NAME.exec(xml.slice(i + 2));
      const top = stack.pop();
      if (!m || !top || top.el.name !== m[0]) fail(`closing tag </${m?.[0]}> does not match <${top?.el.name}>`);
      i += 2 + m![0].length;
      while (/\s/.test(xml[i])) i++;
      if (xml[i] !== '>') fail('expected ">"');
      i++;
    } else if (xml[i] === '<') {
      const m = NAME.exec(xml.slice(i + 1)) ?? fail('bad element name');
      const name = m[0];
      i += 1 + name.length;
      const attrs: Record<string, string> = {};
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(i))![0].length;
        i += ws;
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (ws === 0) fail('attributes must be separated by white space');
        const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i)) ?? fail(`bad attribute in <${name}>`);
        if (a[1] in attrs) fail(`duplicate attribute ${a[1]} in <${name}>`);
        attrs[a[1]] = decode(a[3] ?? a[4], i);
        i += a[0].length;
      }
      const parent = stack[stack.length - 1];
      const prefixes = new Set(parent?.prefixes ?? ['xml']);
      for (const key of Object.keys(attrs)) if (key.startsWith('xmlns:')) prefixes.add(key.slice(6));
      checkPrefix(name, prefixes);
      for (const key of Object.keys(attrs)) checkPrefix(key, prefixes);
      const el: XmlElement = { name, attrs, children: [], text: '' };
      if (parent) parent.el.children.push(el);
      else if (root) fail('a second root element');
      else root = el;
      if (xml.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push({ el, prefixes });
      }
    } else {
      const end = xml.indexOf('<', i);
      const raw = xml.slice(i, end < 0 ? xml.length : end);
      const top = stack[stack.length - 1];
      if (top) top.el.text += decode(raw, i);
      else if (raw.trim() !== '') fail('text outside the root element');
      i += raw.length;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].el.name}> is not closed`);
  return root ?? fail('no root element');
}

/** Every element below `el` (depth first), itself included. */
export function descendants(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(descendants)];
}

/** The single descendant at a path of element names, e.g. ['Requirements', 'Sets', 'Set']. */
export function at(el: XmlElement, ...names: string[]): XmlElement {
  let here = el;
  for (const n of names) {
    const hits = here.children.filter((c) => c.name === n);
    if (hits.length !== 1) throw new Error(`expected one <${n}> in <${here.name}>, found ${hits.length}`);
    here = hits[0];
  }
  return here;
}
