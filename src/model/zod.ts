/**
 * The project's single zod entry point. Every schema imports `z` from here, never from the zod
 * package directly, so the configuration below is guaranteed to run before any schema is built.
 *
 * `jitless`: zod 4 otherwise probes `new Function` to compile fast parsers, which a page with a
 * strict Content-Security-Policy (no 'unsafe-eval') reports as a `script-src` violation. The
 * setting is global to the zod module instance, so a host app sharing our zod also runs jitless.
 * We use `zod/mini` (functional API, ~5 KB gzip) rather than classic zod (~23 KB) in browser code.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
