export async function buildGas() {}
