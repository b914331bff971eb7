import { expect } from '@open-wc/testing';
import { readArray, readObject, readString } from '../../../src/fhir/read/fields.js';
import { createLog } from '../../../src/fhir/read/problems.js';

describe('field readers: own properties only', () => {
  it('never reads what Object.prototype has under the same key', () => {
    const log = createLog();
    const plain: Record<string, unknown> = {};
    expect(readObject(plain, '__proto__', '', log)).to.equal(undefined);
    expect(readObject(plain, 'constructor', '', log)).to.equal(undefined);
    expect(readArray(plain, 'toString', '', log)).to.deep.equal([]);
    expect(log.problems, 'inherited keys are absent, not wrong-typed').to.deep.equal([]);
  });

  it('reads an own property whose key Object.prototype also has', () => {
    const log = createLog();
    const parsed = JSON.parse('{"__proto__": {"a": 1}, "constructor": "c", "name": "n"}') as Record<string, unknown>;
    expect(readObject(parsed, '__proto__', '', log)).to.deep.equal({ a: 1 });
    expect(readString(parsed, 'constructor', '', log)).to.equal('c');
    expect(readString(parsed, 'name', '', log)).to.equal('n');
  });
});
