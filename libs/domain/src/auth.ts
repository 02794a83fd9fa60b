import { z } from 'zod';
import { NATIONS, ORGANISATION_KINDS } from './organisations';
import { ROLES } from './permissions';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email address is too long')
  .pipe(z.email('Enter an email address like name@example.org'));

const personName = z
  .string()
  .trim()
  .min(1, 'Enter your name')
  .max(120, 'Name must be at most 120 characters');

/** Length only; the API also refuses passwords on the common-password list. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const organisationNameSchema = z
  .string()
  .trim()
  .min(2, 'Enter the organisation name')
  .max(160, 'Name must be at most 160 characters');

export const signUpInputSchema = z.object({
  organisationName: organisationNameSchema,
  organisationKind: z.enum(ORGANISATION_KINDS).default('MUSEUM'),
  nation: z.enum(NATIONS).default('ENGLAND'),
  name: personName,
  email,
  password: passwordSchema,
});

export const signInInputSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address').max(254),
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX_LENGTH),
});

export const inviteMemberInputSchema = z.object({ email, role: z.enum(ROLES) });

export const acceptInvitationInputSchema = z.object({
  token: z.string().min(20, 'This invitation link is not valid').max(200),
  name: personName.optional().nullable(),
  password: z.string().max(PASSWORD_MAX_LENGTH).optional().nullable(),
});

export const requestPasswordResetInputSchema = z.object({ email });

export const resetPasswordInputSchema = z.object({
  token: z.string().min(20, 'This reset link is not valid').max(200),
  password: passwordSchema,
});
