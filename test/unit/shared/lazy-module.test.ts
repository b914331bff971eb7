import { expect } from '@open-wc/testing';
import { lazyModule } from '../../../src/shared/lazy-module.js';

/** A load the test settles by hand. */
function controlledLoad() {
  const calls: { resolve: () => void; reject: () => void }[] = [];
  const load = () =>
    new Promise<{ name: string }>((resolve, reject) =>
      calls.push({ resolve: () => resolve({ name: 'the module' }), reject: () => reject(new Error('offline')) }),
    );
  return { load, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('lazyModule: code loaded on first need', () => {
  it('loads once however often it is requested, and tells nobody of a failure when it loads', async () => {
    const { load, calls } = controlledLoad();
    const lazy = lazyModule(load, 'a module');
    let failures = 0;
    lazy.request(() => (failures += 1));
    lazy.request(() => (failures += 1));
    expect(calls).to.have.length(1);
    calls[0].resolve();
    await settle();
    lazy.request(() => (failures += 1));
    expect(calls).to.have.length(1);
    expect(failures).to.equal(0);
    expect(lazy.failed).to.equal(false);
  });

  it('tells every waiting element once when the load fails, and tries again on the next request', async () => {
    const { load, calls } = controlledLoad();
    const lazy = lazyModule(load, 'a module');
    const heard: string[] = [];
    const first = () => heard.push('first');
    lazy.request(first);
    lazy.request(first);
    lazy.request(() => heard.push('second'));
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      calls[0].reject();
      await settle();
    } finally {
      console.warn = warn;
    }
    expect(heard).to.deep.equal(['first', 'second']);
    expect(lazy.failed).to.equal(true);
    expect(warnings).to.deep.equal(['care-team-elements: could not load a module; falling back.']);
    lazy.request(first);
    expect(calls).to.have.length(2);
    calls[1].resolve();
    await settle();
    expect(lazy.failed).to.equal(false);
  });

  it('hands the module to everyone waiting, and at once to anyone asking later', async () => {
    const { load, calls } = controlledLoad();
    const lazy = lazyModule(load, 'a module');
    const heard: string[] = [];
    const onFailed = () => heard.push('failed');
    lazy.request(onFailed, (module) => heard.push(`first ${module.name}`));
    lazy.request(onFailed, (module) => heard.push(`replaced ${module.name}`));
    lazy.request(
      () => heard.push('failed'),
      (module) => heard.push(`second ${module.name}`),
    );
    expect(lazy.module).to.equal(undefined);
    calls[0].resolve();
    await settle();
    expect(heard).to.deep.equal(['replaced the module', 'second the module']);
    expect(lazy.module).to.deep.equal({ name: 'the module' });
    lazy.request(onFailed, (module) => heard.push(`late ${module.name}`));
    expect(heard.at(-1), 'synchronously').to.equal('late the module');
    expect(calls).to.have.length(1);
  });
});
