/** What the inbox's pure templates are given: words, data, who acts, the open form, and callbacks. */
import type { TemplateResult } from 'lit';
import type { InboxData, InboxItem } from '../../fhir/read/referral-inbox.js';
import { cachedIntl } from '../../i18n/intl-cache.js';
import type { Caseload, InboxAction, InboxRole } from './inbox-views.js';
import type { InboxMessageKey } from './messages.js';

export interface FormContext {
  caseloads: Caseload[];
  /** The open form's problem, in words (shown by the field and announced). */
  formError?: string | undefined;
  onSubmit: (item: InboxItem, action: InboxAction, form: HTMLFormElement) => void;
  onCancel: (item: InboxItem, action: InboxAction) => void;
}

export interface ItemContext extends FormContext {
  t: (key: InboxMessageKey, values?: Record<string, string | number | undefined>) => string;
  locale: string;
  data: InboxData;
  role: InboxRole;
  user?: string | undefined;
  /** The item whose action form is open, and which action. */
  open?: { taskId: string; action: InboxAction } | undefined;
  /** A notice shown in one item (a conflict, a failed save). */
  notice?: { taskId: string; text: string } | undefined;
  busy?: string | undefined;
  onAction: (item: InboxItem, action: InboxAction) => void;
  /** The action forms' template, once their chunk has loaded. */
  renderForm?: ((item: InboxItem, action: InboxAction, ctx: ItemContext) => TemplateResult) | undefined;
  formFailed?: boolean;
}

/** "es" → "Spanish" in the user's locale; text that is not a code stays as it is. */
export function languageName(code: string | undefined, locale: string): string | undefined {
  if (!code) return undefined;
  try {
    return cachedIntl(`language|${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function clientName(item: InboxItem, ctx: Pick<ItemContext, 't'>): string {
  return item.client.name ?? ctx.t('clientUnnamed');
}
