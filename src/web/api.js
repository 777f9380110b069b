// The desk's calls to its own API. Reads can be cancelled when a newer filter supersedes them; writes
// carry the server's token when it asks for one.

const TOKEN_KEY = 'rasd.token';

export class ApiError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** @param {Response} r */
async function failure(r) {
  let message = `${r.status}`;
  try {
    const body = await r.json();
    message = body.message || message;
  } catch { /* not JSON */ }
  return new ApiError(r.status, message);
}

/** @param {string} path @param {AbortSignal} [signal] */
export async function getJson(path, signal) {
  const r = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!r.ok) throw await failure(r);
  return r.json();
}

/**
 * @param {string} path
 * @param {unknown} body JSON value, or FormData for uploads
 * @param {(message: string) => string | null} askToken how to ask the analyst for the token
 */
export async function post(path, body, askToken) {
  for (let attempt = 0; attempt < 2; attempt++) {
    /** @type {Record<string, string>} */
    const headers = { accept: 'application/json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.authorization = `Bearer ${token}`;
    const isForm = body instanceof FormData;
    if (!isForm) headers['content-type'] = 'application/json';
    const r = await fetch(path, { method: 'POST', headers, body: isForm ? body : JSON.stringify(body ?? {}) });
    if (r.status === 401 && attempt === 0) {
      const given = askToken((await failure(r)).message);
      if (!given) throw new ApiError(401, 'token needed');
      sessionStorage.setItem(TOKEN_KEY, given);
      continue;
    }
    if (!r.ok) throw await failure(r);
    return r.json();
  }
  throw new ApiError(401, 'token refused');
}
