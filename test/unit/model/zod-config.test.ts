import { expect } from '@open-wc/testing';
import { z } from '../../../src/model/zod.js';
import '../../../src/model/index.js';

describe('zod configuration', () => {
  it('runs jitless once the model is loaded, so a strict CSP page never sees an eval probe', () => {
    expect(z.config().jitless).to.equal(true);
  });
});
