// The recent FHIR requests (method, path, status, fault; never bodies) for GET /__admin/requests,
// so tests can count what reached the server. CORS preflights are not logged: browsers cache them,
// so counting them would make tests flaky.

const LIMIT = 500;

/** @typedef {{ method: string; path: string; status: number; fault?: string; at: string }} RequestLogEntry */

export class RequestLog {
  /** @type {RequestLogEntry[]} */
  #entries = [];

  /**
   * Records a request; the caller sets `status` on the returned entry when the answer is known
   * (0 when the connection was dropped without an answer).
   * @param {string} method
   * @param {string} path
   * @returns {RequestLogEntry}
   */
  start(method, path) {
    const entry = { method, path, status: 0, at: new Date().toISOString() };
    this.#entries.push(entry);
    if (this.#entries.length > LIMIT) this.#entries.shift();
    return entry;
  }

  clear() {
    this.#entries = [];
  }

  list() {
    return this.#entries.map((entry) => ({ ...entry }));
  }
}
