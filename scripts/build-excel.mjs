export async function buildExcel() {}
