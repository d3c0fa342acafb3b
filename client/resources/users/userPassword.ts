/**
 * An edit form sends every field back; an empty password there means "keep the current one", so it is left
 * out of the request rather than sent as "" or null (which the server would refuse as too short).
 */
export function withoutEmptyPassword<T extends Record<string, unknown>>(data: T): T {
  if (typeof data.password === 'string' && data.password !== '') return data;
  const { password: _password, ...rest } = data;
  return rest as T;
}
