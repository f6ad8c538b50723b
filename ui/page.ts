/**
 * The pane's HTML shell: linked files for the Excel pane, everything inlined for the Sheets
 * sidebar (HtmlService serves one file).
 */
export interface PageParts {
  readonly title: string;
  /** Script tags in <head> (office.js) or nothing. */
  readonly head: string;
  /** A stylesheet link, or the CSS itself. */
  readonly css: { readonly href: string } | { readonly inline: string };
  readonly script: { readonly src: string } | { readonly inline: string };
}

/** Inline script text cannot contain "</script": it would end the element. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

export function renderPage(p: PageParts): string {
  const css = 'href' in p.css ? `<link rel="stylesheet" href="${p.css.href}">` : `<style>\n${p.css.inline}\n</style>`;
  const script = 'src' in p.script ? `<script src="${p.script.src}"></script>` : `<script>\n${inlineScript(p.script.inline)}\n</script>`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
${p.head}${css}
</head>
<body>
<main id="app"><noscript>JavaScript を有効にしてください (enable JavaScript).</noscript></main>
${script}
</body>
</html>
`;
}
