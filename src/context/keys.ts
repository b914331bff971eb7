/**
 * The @lit/context keys, all in one module. `<care-team-provider>` provides them; every element
 * consumes them with `subscribe: true` and also works without a provider (standalone mode).
 */
import { createContext } from '@lit/context';
import type { DataSource } from '../data/data-source.js';
import type { ReferralFeed } from '../data/referral-feed.js';
import type { PhotoPolicy } from '../shared/safe-url.js';

/** Where connected elements read and write FHIR resources. Undefined: standalone mode. */
export const dataSourceContext = createContext<DataSource | undefined>(Symbol('care-data-source'));

/** The client (Patient) whose team, plan and referrals are shown, as a reference "Patient/<id>". */
export const patientContext = createContext<string | undefined>(Symbol('care-patient'));

/** The signed-in clinician, as a PractitionerRole reference; the requester / author of writes. */
export const userContext = createContext<string | undefined>(Symbol('care-user'));

/** BCP 47 language tag for strings and dates; undefined means the page's language. */
export const localeContext = createContext<string | undefined>(Symbol('care-locale'));

/** How referral statuses reach the page (subscription or polling), one for every element inside the provider. */
export const referralFeedContext = createContext<ReferralFeed | undefined>(Symbol('care-referral-feed'));

/** Which photos the elements inside may load (`any`, `same-origin`, `none`); undefined means `any`. */
export const photoPolicyContext = createContext<PhotoPolicy | undefined>(Symbol('care-photo-policy'));
