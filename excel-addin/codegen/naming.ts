/**
 * Excel's documented rules for custom function ids and names (Microsoft Learn, "Custom
 * functions naming and localization"), which custom-functions-metadata does not check: an id
 * that breaks them may leave the functions unregistered (#NAME?).
 */
export function excelNamingProblems(id: string): string[] {
  const problems: string[] = [];
  if (!/^[A-Z][A-Z0-9_.]*$/.test(id)) problems.push('use only A–Z, 0–9, _ and ., starting with a letter');
  if (id.length < 3) problems.push('Excel requires at least three characters');
  if (/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(id)) problems.push('reads as a cell reference (A1…XFD1048576)');
  if (/^R[0-9]*C[0-9]*$/.test(id)) problems.push('reads as an R1C1 reference');
  return problems;
}
