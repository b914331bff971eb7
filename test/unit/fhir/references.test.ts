import { expect } from '@open-wc/testing';
import {
  asReference,
  createResolver,
  idFromReference,
  isPlainReference,
  parseReference,
  parseRelativeReference,
  referenceKey,
} from '../../../src/fhir/references.js';
import { parseLocation } from '../../../src/data/urls.js';
import { loadFixture } from '../../helpers/fixtures.js';

const practitioner = { resourceType: 'Practitioner', id: 'p1', name: [{ text: 'Pat' }] };
const owner = { resourceType: 'CareTeam', id: 't', contained: [{ resourceType: 'Practitioner', id: 'c1' }] };
const bundle = {
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [
    { fullUrl: 'urn:uuid:3f1c2b1e-8a5b-4a43-9d55-3c1f5b0b8f11', resource: { resourceType: 'Patient', name: [{ text: 'New' }] } },
    { fullUrl: 'https://ehr.example.org/fhir/Organization/o1', resource: { resourceType: 'Organization', id: 'o1' } },
    'not an entry',
    { fullUrl: 'https://ehr.example.org/fhir/Patient/no-resource' },
  ],
};

describe('createResolver', () => {
  const resolver = createResolver({ bundle, resources: [practitioner], owner });

  it('resolves #id against the owner’s contained resources', () => {
    expect(resolver.resolve({ reference: '#c1' })).to.deep.include({ key: '#c1', contained: true });
    expect(resolver.resolve('#missing')).to.equal(undefined);
    expect(resolver.resolve('#')?.resource).to.equal(owner);
  });

  it('resolves relative, versioned and absolute references', () => {
    expect(resolver.resolve('Practitioner/p1')?.resource).to.equal(practitioner);
    expect(resolver.resolve('Practitioner/p1/_history/3')?.resource).to.equal(practitioner);
    expect(resolver.resolve('https://other.example.org/fhir/Practitioner/p1')?.key).to.equal('Practitioner/p1');
    expect(resolver.resolve('https://ehr.example.org/fhir/Organization/o1/_history/2')?.resource).to.deep.include({ id: 'o1' });
  });

  it('resolves urn:uuid only by Bundle fullUrl', () => {
    expect(resolver.resolve('urn:uuid:3f1c2b1e-8a5b-4a43-9d55-3c1f5b0b8f11')?.resource).to.deep.include({
      resourceType: 'Patient',
    });
    expect(resolver.resolve('urn:uuid:00000000-0000-0000-0000-000000000000')).to.equal(undefined);
  });

  it('resolves the US Core PractitionerRole bundle’s relative reference by Type/id', async () => {
    const usCore = await loadFixture<{ entry: { resource: { practitioner: unknown } }[] }>(
      'us-core/PractitionerRole_Practitioner_Endpoint_Bundle_Example.json',
    );
    const fromBundle = createResolver({ bundle: usCore });
    expect(fromBundle.resolve(usCore.entry[0]?.resource.practitioner)?.resource).to.deep.include({ id: 'Practitioner-1011' });
  });

  it('withOwner switches contained resolution and keeps the index', () => {
    const other = resolver.withOwner({ resourceType: 'CarePlan', contained: [{ resourceType: 'Goal', id: 'g' }] });
    expect(other.resolve('#g')?.key).to.equal('#g');
    expect(other.resolve('#c1')).to.equal(undefined);
    expect(other.resolve('Practitioner/p1')?.resource).to.equal(practitioner);
  });

  it('never throws on hostile input', () => {
    const weird = createResolver({
      bundle: { resourceType: 'Bundle', entry: 'x' },
      resources: [null, 1, [], { resourceType: 5 }] as unknown[],
      owner: 'x',
    });
    for (const reference of [
      undefined,
      null,
      1,
      {},
      [],
      { reference: 5 },
      '',
      '#',
      'Patient',
      'a/b/c',
      '%%%',
      'ServiceRequest?identifier=x|y',
    ]) {
      expect(() => weird.resolve(reference)).not.to.throw();
      expect(weird.resolve(reference)).to.equal(undefined);
    }
  });
});

describe('parseReference and referenceKey', () => {
  it('extracts Type/id from any reference form', () => {
    expect(parseReference('Patient/123')).to.deep.equal({ type: 'Patient', id: '123' });
    expect(parseReference('https://x.org/fhir/Patient/123/_history/2')).to.deep.equal({ type: 'Patient', id: '123' });
    expect(parseReference('#c1')).to.equal(undefined);
    expect(parseReference('urn:uuid:3f1c2b1e-8a5b-4a43-9d55-3c1f5b0b8f11')).to.equal(undefined);
  });

  it('gives one key for every spelling of the same target', () => {
    const resolver = createResolver();
    expect(referenceKey(resolver, 'https://x.org/fhir/Goal/1')).to.equal('Goal/1');
    expect(referenceKey(resolver, 'Goal/1/_history/4')).to.equal('Goal/1');
    expect(referenceKey(resolver, '#g')).to.equal('#g');
  });
});

// The shapes the former hand-written regexes (read-referenced, problems, urls, context/reference)
// accepted and refused, now answered by the one parser.
describe('the reference shapes each caller accepts', () => {
  it('parseRelativeReference: only relative Type/id, a valid _history version ignored', () => {
    expect(parseRelativeReference(' Goal/g3/_history/2 ')).to.deep.equal({ type: 'Goal', id: 'g3' });
    for (const other of [
      'https://elsewhere.example/fhir/Goal/g2',
      '/Goal/g2',
      '#g',
      'Goal/g2?x=1',
      'Goal/g2/_history/a_b',
      'goal/g2',
      'Goal/',
    ]) {
      expect(parseRelativeReference(other), other).to.equal(undefined);
    }
  });

  it('isPlainReference: exactly #id or Type/id', () => {
    for (const plain of ['#c1', 'Patient/123']) expect(isPlainReference(plain), plain).to.equal(true);
    for (const other of ['Patient/123/_history/1', 'https://x.org/Patient/1', '#', '#a b', 'Patient/1 ', 'javascript:alert(1)']) {
      expect(isPlainReference(other), other).to.equal(false);
    }
  });

  it('parseLocation: an absolute or relative Location header, version, slash, query or fragment after it', () => {
    for (const location of [
      'https://x.org/fhir/Task/t1/_history/1',
      'Task/t1',
      'https://x.org/fhir/Task/t1/',
      'https://x.org/fhir/Task/t1/_history/1?_format=json',
      'Task/t1#x',
    ]) {
      expect(parseLocation(location), location).to.deep.equal({ type: 'Task', id: 't1' });
    }
    for (const other of ['https://x.org/fhir/', 'https://x.org/fhir/Task//', 'Task'])
      expect(parseLocation(other), other).to.equal(undefined);
  });

  it('asReference and idFromReference: bare ids, relative, versioned and absolute references of the allowed types', () => {
    expect(asReference('Task', 'Task/t1/_history/any_version')).to.equal('Task/t1');
    expect(asReference('Task', 'https://x.org/fhir/Task/t1')).to.equal('Task/t1');
    expect(asReference('Task', 'Task/t1?x')).to.equal(undefined);
    expect(idFromReference('Task', ' t1 ')).to.equal('t1');
    expect(idFromReference('Task', 'ServiceRequest/s1')).to.equal(undefined);
  });
});
