/**
 * The help page's footer: the place for the version and build of the page (the release branch
 * fills it). Empty until then, so the page ends with its last section.
 */
export function pageFooter(): string {
  return '';
}
