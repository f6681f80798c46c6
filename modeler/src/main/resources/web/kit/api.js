// Calls of the JSON API that turn its errors into readable messages.

/** Error thrown by api(): message for people, status and the API's errors[] for code. */
export class ApiError extends Error {
  constructor(status, body) {
    const errors = (body && body.errors) || [];
    super(errors.length ? errors.map((e) => (e.field ? `${e.field}: ` : '') + e.message).join('; ')
      : (body && body.message) || ('HTTP ' + status));
    this.status = status;
    this.errors = errors;
    this.body = body;
  }
}

/** fetch() that returns parsed JSON (or text for non-JSON answers) and throws ApiError on 4xx/5xx. */
export async function api(url, options) {
  const response = await fetch(url, options);
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof body === 'string' ? { message: body } : body);
  return body;
}

/** The query parameters of the page's address. */
export const params = new URLSearchParams(location.search);
