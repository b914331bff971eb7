/** Idempotency keys and the conditional-create header that makes a retried referral harmless. */
import { SYSTEM } from '../extensions.js';
import type { Identifier } from '../types.js';

/** A fresh key, minted when the referral form opens and reused for every retry of that referral. */
export function mintIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** The identifier each referral resource carries: the key itself, or the key with a suffix. */
export function referralIdentifier(key: string, suffix?: 'task' | 'consent'): Identifier {
  return { system: SYSTEM.referralKey, value: suffix ? `${key}:${suffix}` : key };
}

/** Keeps `&`, `#`, `+`, `%` and spaces from breaking the search string; everything else stays readable. */
function encodeSearchValue(value: string): string {
  return value.replace(/[%&#+\s]/g, (char) => encodeURIComponent(char));
}

/** `system|value` of the resource's idempotency identifier (else its first full identifier). */
export function identifierToken(resource: { identifier?: Identifier[] }): string | undefined {
  const identifiers = Array.isArray(resource.identifier) ? resource.identifier : [];
  const full = identifiers.filter((id) => typeof id?.system === 'string' && typeof id.value === 'string');
  const chosen = full.find((id) => id.system === SYSTEM.referralKey) ?? full[0];
  return chosen ? `${encodeSearchValue(chosen.system as string)}|${encodeSearchValue(chosen.value as string)}` : undefined;
}

/** The `If-None-Exist` value (`identifier=<system>|<value>`) for a conditional create, if the resource has an identifier. */
export function ifNoneExistFor(resource: { identifier?: Identifier[] }): string | undefined {
  const token = identifierToken(resource);
  return token ? `identifier=${token}` : undefined;
}

/** A conditional reference to the resource with this identifier, e.g. `ServiceRequest?identifier=...`. */
export function conditionalReference(resourceType: string, identifier: Identifier): string {
  return `${resourceType}?${ifNoneExistFor({ identifier: [identifier] }) ?? ''}`;
}
