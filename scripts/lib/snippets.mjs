// The pure half of check-snippets (scripts/check-snippets.mjs): finding the HTML snippets in a guide
// and making each one a page that runs against the test servers.

/** The guide's example values, and the demo seed's that stand for them in a snippet's page. */
export const EXAMPLE_VALUES = [
  ['Patient/123', 'Patient/maria-alvarez'],
  ['PractitionerRole/456', 'PractitionerRole/therapist-role'],
  ['care-team-id="789"', 'care-team-id="maria-care-team"'],
];
/** The example FHIR base URLs the guides use (the EHR's, the peer programme's). */
const EXAMPLE_FHIR_BASES = ['https://ehr.example.org/fhir', 'https://fhir.example.org/r4'];

/** Each ```html fenced block: its code, the line it starts on (1-based) and the care-* tags it uses. */
export function htmlSnippets(source) {
  const snippets = [];
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if (!/^\s*```html\s*$/.test(lines[index])) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end += 1;
    const code = lines.slice(start, end).join('\n');
    const tags = [...new Set([...code.matchAll(/<(care-[a-z-]+)[\s>]/g)].map((match) => match[1]))];
    snippets.push({ code, line: start, tags });
    index = end;
  }
  return snippets;
}

/** What the guide loads first ("Load the elements"); a snippet that loads nothing itself gets it. */
const BUNDLE_SCRIPT = '<script type="module" src="/vendor/care-team-elements.js"></script>';

/**
 * The page a snippet runs in: the snippet as written, its example values swapped for the seed's and
 * the FHIR server's, after a classic script that sets its free variables and listens for problems.
 */
export function pageFor(code, { fhirBaseUrl }) {
  let body = EXAMPLE_FHIR_BASES.reduce((text, example) => text.split(example).join(fhirBaseUrl), code);
  for (const [example, seed] of EXAMPLE_VALUES) body = body.split(example).join(seed);
  const loadsElements = /\/vendor\/care-team-elements/.test(body);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title>
<script src="/snippet-globals.js"></script>${loadsElements ? '' : `\n${BUNDLE_SCRIPT}`}</head><body>
${body}
</body></html>`;
}
