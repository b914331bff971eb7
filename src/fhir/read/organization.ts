/** An organisation (e.g. the peer programme): name, parent organisation, contact. */
import type { Person } from '../../model/team-member.js';
import type { MapResult } from '../../model/problems.js';
import { expectResource } from './fields.js';
import { createLog } from './problems.js';
import { readPerson } from './person.js';
import { resolverFor, type ReadContext } from './context.js';

export function readOrganization(input: unknown, context: ReadContext = {}): MapResult<Person> {
  const log = createLog();
  const resource = expectResource(input, 'Organization', log);
  if (!resource) return { value: undefined, problems: log.problems };
  return { value: readPerson(resource, resolverFor(resource, context), context.now, log), problems: log.problems };
}
