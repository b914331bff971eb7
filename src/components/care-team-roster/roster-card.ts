/**
 * `expand-peers`: the compact `<care-peer-role-card>` a selected peer expands in place. The card
 * gets the PractitionerRole the roster already holds, so expanding costs no request; only when
 * the roster does not hold it (beyond the connected load's bound of reads) and a provider is
 * there does the card load the role itself by `practitioner-role-id`. A peer with no
 * PractitionerRole (a Practitioner member) has nothing more to show, so the row does not expand.
 * The roster's define.ts registers the card: a class module registers nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { idFromReference } from '../../fhir/references.js';
import type { ReferenceResolver } from '../../fhir/references.js';
import type { FhirResources, Resource } from '../../fhir/types.js';
import type { TeamMember } from '../../model/team-member.js';

/** The role the roster holds, or (connected, when it does not) the id the card loads by. */
export type CardInput = { role: Resource; id?: undefined } | { id: string; role?: undefined };

/** What the card for this peer is given, or undefined when there is nothing to show beyond the row. */
export function cardInput(member: TeamMember, resolver: ReferenceResolver | undefined, connected: boolean): CardInput | undefined {
  const role = member.practitionerRoleReference ? resolver?.resolve(member.practitionerRoleReference) : undefined;
  if (role) return { role: role.resource };
  const id = connected ? idFromReference('PractitionerRole', member.practitionerRoleReference) : undefined;
  return id && member.practitionerRoleReference === `PractitionerRole/${id}` ? { id } : undefined;
}

export function renderPeerCard(input: CardInput, resources: unknown, now: Date | undefined): TemplateResult {
  // The resources as the roster was given them (or loaded them): the card reads them as it reads any input.
  const shared = (input.role ? resources : undefined) as FhirResources | undefined;
  return html`<care-peer-role-card
    variant="compact"
    practitioner-role-id=${input.id ?? nothing}
    .practitionerRole=${input.role}
    .resources=${shared}
    .now=${now}
  ></care-peer-role-card>`;
}
