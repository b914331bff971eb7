// The shipped catalogues: Spanish has every English key and no other, and each text keeps the
// English placeholders and plural frames, so nothing a translator changed breaks at run time.
import { expect } from '@open-wc/testing';
import { en, type Catalogue, type MessageKey } from '../../../src/locales/en.js';
import { es } from '../../../src/locales/es.js';
import { formatMessage, registerMessages } from '../../../src/i18n/localize.js';
import { roleLabel, roleWords } from '../../../src/shared/role-badge.js';
import { sharedExperienceWords } from '../../../src/components/care-referral-inbox/messages.js';

/** The `{name}` placeholders outside plurals, and each plural's variable, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?:, plural,)?/g)].map((match) => match[1] ?? '').sort();
}

/** Each plural as `variable:cases` (the cases a language needs differ, `other` never does), and whether `#` is used. */
function plurals(text: string): string[] {
  return [...text.matchAll(/\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g)].map((match) => {
    const body = match[2] ?? '';
    const cases = [...body.matchAll(/([\w=]+)\s*\{([^{}]*)\}/g)];
    return `${match[1]}:other=${cases.some((c) => c[1] === 'other')}:#=${cases.every((c) => (c[2] ?? '').includes('#'))}`;
  });
}

describe('locale catalogues', () => {
  const keys = Object.keys(en) as MessageKey[];

  it('English has every namespace, including the peer role, competency, value and role texts', () => {
    expect(keys.length).to.be.greaterThan(400);
    for (const key of ['peer.does.1', 'peer.does-not.7', 'peer-competency.12', 'peer-value.person-driven', 'role.peer-specialist.label'])
      expect(keys, key).to.include(key);
    expect(en['peer-competency.1']).to.equal('Engages peers in collaborative and caring relationships');
  });

  it('Spanish has exactly the English keys, each a non-empty text', () => {
    expect(Object.keys(es).sort()).to.deep.equal([...keys].sort());
    for (const key of keys) expect(es[key].trim(), key).to.not.equal('');
  });

  it('every Spanish text keeps the English placeholders and plural frames', () => {
    for (const key of keys) {
      expect(placeholders(es[key]), `placeholders of ${key}`).to.deep.equal(placeholders(en[key]));
      expect(plurals(es[key]), `plurals of ${key}`).to.deep.equal(plurals(en[key]));
    }
  });

  it('Spanish plurals choose one and other, with the number formatted for Spanish', () => {
    expect(formatMessage(es['referral.fix'], { count: 1 }, 'es')).to.equal('1 campo necesita su atención.');
    expect(formatMessage(es['referral.fix'], { count: 1200 }, 'es')).to.equal('1200 campos necesitan su atención.');
    expect(formatMessage(es['common.invalidCount'], { count: 2 }, 'es')).to.contain('2 problemas');
  });

  it('registered, it is what the elements look up', () => {
    registerMessages('es', es);
    expect(roleLabel('peer-specialist', 'es-US')).to.equal('Especialista de apoyo entre pares');
    expect(roleLabel('peer-specialist', 'en')).to.equal('Peer specialist');
  });

  it('data worded as an English label (another system stored it) is shown in the locale; other data as it is', () => {
    registerMessages('es', es);
    expect(roleWords('Case manager', 'es')).to.equal('Administrador de casos');
    expect(roleWords('Therapist (LICSW)', 'es')).to.equal('Therapist (LICSW)');
    expect(sharedExperienceWords('Psychiatric hospitalisation', 'es')).to.equal('Hospitalización psiquiátrica');
    expect(sharedExperienceWords('hearing-voices', 'es')).to.equal('Escuchar voces o psicosis');
    expect(sharedExperienceWords('Grief', 'es')).to.equal('Grief');
  });

  it('the Catalogue type refuses a catalogue with a key missing or one too many', () => {
    // Checked by tsc (npm run typecheck), not at run time: each line must be a type error.
    const { 'common.loading': _loading, ...missing } = es;
    // @ts-expect-error a key is missing
    const incomplete: Catalogue = missing;
    // @ts-expect-error a key the elements do not have
    const extra: Catalogue = { ...es, 'common.typo': 'x' };
    expect(incomplete).to.be.an('object');
    expect(extra).to.be.an('object');
  });
});
