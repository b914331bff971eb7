// saveReferralChange: If-Match on the version seen; 412 -> the current Task, nothing overwritten;
// a Task without a version is read and compared just before the write.
import { expect } from '@open-wc/testing';
import { saveReferralChange } from '../../../src/data/save-referral-change.js';
import { ConflictError } from '../../../src/data/errors.js';
import type { DataSource, UpdateOptions } from '../../../src/data/data-source.js';
import type { Resource, Task } from '../../../src/fhir/types.js';

function source(stored: Task, { conflict = false } = {}): DataSource & { updates: UpdateOptions[] } {
  const updates: UpdateOptions[] = [];
  return {
    updates,
    read: async <T extends Resource>() => structuredClone(stored) as unknown as T,
    search: async () => ({ resources: [], included: [], truncated: false }),
    create: async <T extends Resource>(resource: T) => resource,
    update: async <T extends Resource>(resource: T, options: UpdateOptions = {}) => {
      updates.push(options);
      if (conflict) throw new ConflictError('update Task', 412);
      return resource;
    },
  };
}

const seen: Task = { resourceType: 'Task', id: 't1', status: 'requested', intent: 'order', lastModified: '2026-11-20T10:00:00Z' };
const next: Task = { ...seen, status: 'accepted', owner: { reference: 'PractitionerRole/peer-rosa-role' } };

describe('saveReferralChange', () => {
  it('writes with If-Match on the version seen', async () => {
    const ds = source({ ...seen, meta: { versionId: '3' } });
    const result = await saveReferralChange(ds, { ...next, meta: { versionId: '3' } }, seen);
    expect(result.kind).to.equal('saved');
    expect(ds.updates).to.deep.equal([{ ifMatch: '3' }]);
  });
  it('on 412 returns the current Task and writes nothing else', async () => {
    const current: Task = { ...seen, status: 'rejected', meta: { versionId: '4' } };
    const ds = source(current, { conflict: true });
    const result = await saveReferralChange(ds, { ...next, meta: { versionId: '3' } }, seen);
    expect(result).to.deep.equal({ kind: 'conflict', current });
    expect(ds.updates).to.have.length(1);
  });
  it('without a version: writes when the Task is as seen, and reports a conflict when it changed', async () => {
    const unchanged = source(seen);
    expect((await saveReferralChange(unchanged, next, seen)).kind).to.equal('saved');
    expect(unchanged.updates).to.deep.equal([{ ifMatch: false }]);
    const changed = source({ ...seen, owner: { reference: 'PractitionerRole/peer-marcus-role' }, lastModified: '2026-11-21T09:00:00Z' });
    const result = await saveReferralChange(changed, next, seen);
    expect(result.kind).to.equal('conflict');
    expect(changed.updates).to.deep.equal([]);
  });
});
