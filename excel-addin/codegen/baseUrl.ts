/**
 * Where the add-in's files are served. Development serves dist/excel on the default; a release
 * build sets ITHOJO_BASE_URL to the real hosting, and every URL in the manifest and the help
 * links of the metadata follows it.
 */
export const DEFAULT_BASE_URL = 'https://localhost:3000';

/** The base URL without a trailing slash; Office loads add-ins only over https. */
export function normalizeBaseUrl(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (text === '') return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ITHOJO_BASE_URL が URL として読めません: "${text}" (ITHOJO_BASE_URL is not a URL)`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ITHOJO_BASE_URL は https:// で始めてください: "${text}" (Office add-ins must be served over https)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ITHOJO_BASE_URL に ?, #, ユーザー名は使えません: "${text}" (no query, fragment or credentials)`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Each function's help: its section of the help page the build writes beside functions.js. */
export function helpUrlFor(baseUrl: string, id: string): string {
  return `${baseUrl}/help.html#${id}`;
}
