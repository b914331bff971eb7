/**
 * Loads the public FHIR R4 examples copied under test/fixtures/fhir-examples (see its SOURCES.md)
 * from the test server, parsed. Each call fetches afresh, so a test may mutate what it gets.
 */
export async function loadFixture<T = unknown>(path: string): Promise<T> {
  const response = await fetch(`/test/fixtures/fhir-examples/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Several fixtures at once, in order. */
export function loadFixtures(paths: readonly string[]): Promise<unknown[]> {
  return Promise.all(paths.map((path) => loadFixture(path)));
}
