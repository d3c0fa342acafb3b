/** `{key}` filled with its value, as the server fills it when it prepares a greeting; unknown ones stay visible. */
export function fillPlaceholders(body: string, values: Record<string, string | number>): string {
  return body.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
