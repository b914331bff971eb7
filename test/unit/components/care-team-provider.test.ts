import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import '../../../src/components/care-team-provider/define.js';
import { CareTeamProvider } from '../../../src/components/care-team-provider/care-team-provider.js';
import { dataSourceContext, localeContext, patientContext, userContext } from '../../../src/context/keys.js';
import type { DataSource } from '../../../src/data/data-source.js';
import { SharedReadsDataSource } from '../../../src/data/shared-reads.js';
import { defineElement } from '../../../src/shared/define.js';
import { fhirBaseUrl } from '../../helpers/fhir-server.js';

/** A stand-in for any care element: it only shows what the provider gave it. */
class ContextProbe extends LitElement {
  @consume({ context: dataSourceContext, subscribe: true }) @state() dataSource?: DataSource;
  @consume({ context: patientContext, subscribe: true }) @state() patient?: string;
  @consume({ context: userContext, subscribe: true }) @state() user?: string;
  @consume({ context: localeContext, subscribe: true }) @state() locale?: string;
}
customElements.define('test-context-probe', ContextProbe);

describe('<care-team-provider>', () => {
  it('gives nested elements, even deep inside other shadow roots, its patient, user and locale', async () => {
    const provider = await fixture<CareTeamProvider>(html`
      <care-team-provider patient="123" user="PractitionerRole/dr-lee" locale="es-MX">
        <section><div><test-context-probe></test-context-probe></div></section>
      </care-team-provider>
    `);
    const probe = provider.querySelector('test-context-probe') as ContextProbe;
    expect(probe.patient).to.equal('Patient/123');
    expect(probe.user).to.equal('PractitionerRole/dr-lee');
    expect(probe.locale).to.equal('es-MX');
  });

  it('updates consumers when an attribute changes', async () => {
    const provider = await fixture<CareTeamProvider>(html`
      <care-team-provider patient="Patient/a"><test-context-probe></test-context-probe></care-team-provider>
    `);
    const probe = provider.querySelector('test-context-probe') as ContextProbe;
    provider.setAttribute('patient', 'https://ehr.example.org/fhir/Patient/b');
    await provider.updateComplete;
    expect(probe.patient).to.equal('Patient/b');
  });

  it('builds a data source from fhir-base-url that really reads from the server', async () => {
    const provider = await fixture<CareTeamProvider>(html`
      <care-team-provider fhir-base-url=${fhirBaseUrl()}><test-context-probe></test-context-probe></care-team-provider>
    `);
    const probe = provider.querySelector('test-context-probe') as ContextProbe;
    // The elements share its reads (one per resource for the page): see shared-reads.test.ts.
    expect(probe.dataSource).to.be.instanceOf(SharedReadsDataSource);
    const result = await probe.dataSource!.search('Patient', { _count: '1' }, { maxPages: 1 });
    expect(result.resources.length).to.equal(1);
    expect(result.resources[0].resourceType).to.equal('Patient');
  });

  it('prefers an explicit dataSource, then a fhirClient, over the base URL', async () => {
    const provider = await fixture<CareTeamProvider>(html`
      <care-team-provider fhir-base-url="https://unused.example.org/fhir"><test-context-probe></test-context-probe></care-team-provider>
    `);
    const probe = provider.querySelector('test-context-probe') as ContextProbe;
    const calls: unknown[] = [];
    provider.fhirClient = { request: async (request: unknown) => (calls.push(request), { resourceType: 'Patient', id: 'x' }) };
    await provider.updateComplete;
    await probe.dataSource!.read('Patient', 'x');
    expect(calls).to.have.length(1);

    const asked: string[] = [];
    const own = {
      read: async (type: string, id: string) => (asked.push(`${type}/${id}`), { resourceType: type, id }),
    } as unknown as DataSource;
    provider.dataSource = own;
    await provider.updateComplete;
    await probe.dataSource!.read('Patient', 'y');
    expect(asked, "the host's own data source answers").to.deep.equal(['Patient/y']);
    expect(calls, 'the fhirClient is no longer asked').to.have.length(1);
  });

  it('leaves nested elements standalone when it has no connection', async () => {
    const provider = await fixture<CareTeamProvider>(html`
      <care-team-provider><test-context-probe></test-context-probe></care-team-provider>
    `);
    expect((provider.querySelector('test-context-probe') as ContextProbe).dataSource).to.equal(undefined);
  });

  it('accepts an id, a relative or an absolute reference, and refuses another resource type', async () => {
    const { asReference } = await import('../../../src/fhir/references.js');
    expect(asReference('Patient', '123')).to.equal('Patient/123');
    expect(asReference('Patient', 'Patient/123/_history/2')).to.equal('Patient/123');
    expect(asReference('Patient', 'https://ehr.example.org/fhir/Patient/123')).to.equal('Patient/123');
    expect(asReference('Patient', 'Practitioner/9')).to.equal(undefined);
    expect(asReference('Patient', '  ')).to.equal(undefined);
    expect(asReference(['Organization', 'HealthcareService'], 'HealthcareService/peer-line')).to.equal('HealthcareService/peer-line');
    expect(asReference(['Organization', 'HealthcareService'], 'org-1')).to.equal('Organization/org-1');
    const provider = await fixture<CareTeamProvider>(
      html`<care-team-provider patient="Practitioner/9"><test-context-probe></test-context-probe></care-team-provider>`,
    );
    expect((provider.querySelector('test-context-probe') as ContextProbe).patient).to.equal(undefined);
  });

  it('renders its children unchanged', async () => {
    const provider = await fixture<CareTeamProvider>(html`<care-team-provider><p>Chart</p></care-team-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.querySelector('p')!.textContent).to.equal('Chart');
  });

  it('defines its tag once and warns instead of throwing when the tag is taken', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('care-team-provider', class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(customElements.get('care-team-provider')).to.equal(CareTeamProvider);
    expect(warnings).to.have.length(1);
  });
});
