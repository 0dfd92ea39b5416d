/* The Jevons JSON API as the pages use it: session cookie, CSRF token, If-Match, problem details. */

const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;

/** A refused request: its HTTP status and the problem details the API answered. */
export class Problem extends Error {
    constructor(status, body) {
        super(body?.detail || body?.title || ('HTTP ' + status));
        this.status = status;
        this.body = body || {};
    }
}

async function request(method, path, {body, version, extraHeaders} = {}) {
    const headers = {'Accept': 'application/json', ...(extraHeaders || {})};
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (version !== undefined) {
        headers['If-Match'] = '"' + version + '"';
    }
    if (method !== 'GET' && csrfToken && csrfHeader) {
        headers[csrfHeader] = csrfToken;
    }
    const response = await fetch(path, {
        method, headers, credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
        throw new Problem(response.status, json);
    }
    return json;
}

export const get = path => request('GET', path);

export const send = (method, path, body, version, extraHeaders) => request(method, path, {body, version, extraHeaders});
