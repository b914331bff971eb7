// build-framework-types writes the React wrappers and the JSX and Vue types from the manifest
// (scripts/lib/framework-types.mjs): what it takes from a manifest, and what each file declares.
import { expect } from '@open-wc/testing';
import { elementsFromManifest, reactEventProp, renderReact, renderReactJsx, renderVue } from '../../../scripts/lib/framework-types.mjs';

const MANIFEST = {
  modules: [
    {
      path: 'src/components/care-team-roster/care-team-roster.ts',
      declarations: [
        {
          customElement: true,
          tagName: 'care-team-roster',
          name: 'CareTeamRoster',
          members: [
            { kind: 'field', name: 'careTeam' },
            { kind: 'field', name: 'groupBy', attribute: 'group-by' },
            { kind: 'field', name: 'patient', attribute: 'patient' },
            { kind: 'field', name: 'styles', static: true },
            { kind: 'field', name: 'pastOpen', privacy: 'private' },
            { kind: 'field', name: 'activeDataSource', readonly: true },
            { kind: 'method', name: 'focusMember' },
          ],
          attributes: [
            { name: 'group-by', fieldName: 'groupBy' },
            { name: 'patient', fieldName: 'patient' },
          ],
          events: [{ name: 'care-member-selected' }, { type: { text: 'CareMemberSelectedEvent' } }, { name: 'care-member-selected' }],
        },
      ],
    },
    { path: 'src/events/care-event.ts', declarations: [{ kind: 'class', name: 'CareEvent' }] },
  ],
};

describe('build-framework-types: the framework entries from custom-elements.json', () => {
  it('takes each element’s public writable properties, its kebab-case attributes and its named events', () => {
    expect(elementsFromManifest(MANIFEST)).to.deep.equal([
      {
        tag: 'care-team-roster',
        className: 'CareTeamRoster',
        module: 'components/care-team-roster/care-team-roster.js',
        properties: ['careTeam', 'groupBy', 'patient'],
        attributes: [{ name: 'group-by', fieldName: 'groupBy' }],
        events: ['care-member-selected'],
      },
    ]);
  });

  it('names React event props after the event', () => {
    expect(reactEventProp('care-referral-request')).to.equal('onCareReferralRequest');
    expect(reactEventProp('care-data-error')).to.equal('onCareDataError');
  });

  it('wraps each element with @lit/react, its events typed by the event map', () => {
    const source = renderReact(elementsFromManifest(MANIFEST));
    expect(source).to.contain(
      "import { CareTeamRoster as CareTeamRosterElement } from '../components/care-team-roster/care-team-roster.js';",
    );
    expect(source).to.contain("import '../components/care-team-roster/define.js';");
    expect(source).to.contain('export const CareTeamRoster = createComponent({');
    expect(source).to.contain(
      "onCareMemberSelected: 'care-member-selected' as EventName<GlobalEventHandlersEventMap['care-member-selected']>,",
    );
  });

  it('declares every tag in React’s JSX namespace, with properties, attributes and on<event> props', () => {
    const source = renderReactJsx(elementsFromManifest(MANIFEST));
    expect(source).to.contain("declare module 'react' {");
    expect(source).to.contain("'care-team-roster': CareTeamRosterJsxProps;");
    expect(source).to.contain("'careTeam' | 'groupBy' | 'patient',");
    expect(source).to.contain("{ 'group-by': CareTeamRoster['groupBy']; },");
    expect(source).to.contain("{ 'care-member-selected': GlobalEventHandlersEventMap['care-member-selected']; }");
  });

  it('declares every tag as a Vue GlobalComponent, an element without events emitting nothing', () => {
    const noEvents = elementsFromManifest(MANIFEST).map((element) => ({
      ...element,
      tag: 'care-quiet',
      className: 'CareQuiet',
      events: [],
    }));
    const source = renderVue([...elementsFromManifest(MANIFEST), ...noEvents]);
    expect(source).to.contain("declare module 'vue' {");
    expect(source).to.contain("'care-team-roster': CareTeamRosterVue;");
    expect(source).to.contain("'care-quiet': CareQuietVue;");
    expect(source).to.match(/export type CareQuietVue = VueCustomElement<\s+CareQuiet,[^>]*Record<never, never>\s*>;/);
  });
});
