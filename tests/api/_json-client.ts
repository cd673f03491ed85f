// A JSON call to a test server: the status and the parsed body, for the API tests that share this shape.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** `call(path, method, json, base, headers)` against the server whose URL `defaultBase` gives at call time. */
export function jsonClient(defaultBase: () => string) {
  return async (
    path: string,
    method = 'GET',
    json?: unknown,
    base = defaultBase(),
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
}
