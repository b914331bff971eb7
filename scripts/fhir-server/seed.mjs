// Loads the sample team (demo/seed/sample-team.bundle.json) into the repository, keeping its ids.
// Every resource goes through the same validation as a client's write, so a broken seed fails
// the start-up with the resource type, id and the validation text (never the resource itself).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SEED = fileURLToPath(new URL('../../demo/seed/sample-team.bundle.json', import.meta.url));

/**
 * @param {import('./repository.mjs').ServerRepository} repo
 * @param {string} file
 * @returns {Promise<number>} how many resources were loaded
 */
export async function loadSeed(repo, file = DEFAULT_SEED) {
  const bundle = JSON.parse(await readFile(file, 'utf8'));
  if (bundle?.resourceType !== 'Bundle') throw new Error(`Seed ${file} is not a FHIR Bundle`);
  let count = 0;
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const resource = entry?.resource;
    if (!resource?.resourceType || !resource.id) throw new Error(`Seed entry ${index} has no resource with an id`);
    try {
      await repo.createResource(resource);
    } catch (err) {
      const issues = /** @type {{ outcome?: { issue?: { diagnostics?: string }[] } }} */ (err)?.outcome?.issue;
      const text = issues?.map((issue) => issue.diagnostics).join('; ') ?? String(err);
      throw new Error(`Seed entry ${index} (${resource.resourceType}/${resource.id}) is not valid: ${text}`);
    }
    count += 1;
  }
  return count;
}
