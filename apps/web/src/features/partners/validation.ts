import { parseWithFieldErrors, partnerInputSchema, type PartnerType } from '@lantern/domain';
import { fieldErrorMap } from '../../lib/forms';

/** The partner form's values, as typed. */
export interface PartnerValues {
  name: string;
  /** A PartnerType, or '' to let Lantern work it out from the name and URN. */
  type: string;
  urn: string;
  postcode: string;
  notes: string;
}

export interface PartnerDraft {
  name: string;
  type: PartnerType | null;
  urn: string | null;
  postcode: string | null;
  notes: string | null;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/**
 * The browser's check of the partner form with the API's own schema (libs/domain), so the
 * messages match; errors are keyed like the API's field errors ("input.urn"). What is sent is
 * what was typed, tidied (blank → null); the API normalises it the same way.
 */
export function checkPartner(values: PartnerValues): Checked<PartnerDraft> {
  const draft: PartnerDraft = {
    name: values.name.trim(),
    type: values.type === '' ? null : (values.type as PartnerType),
    urn: values.urn.trim() || null,
    postcode: values.postcode.trim() || null,
    notes: values.notes.trim() || null,
  };
  const parsed = parseWithFieldErrors(partnerInputSchema, draft);
  if (!parsed.ok) return { ok: false, errors: fieldErrorMap(parsed.fieldErrors) };
  return {
    ok: true,
    value: { ...draft, urn: parsed.value.urn, postcode: parsed.value.postcode },
  };
}
