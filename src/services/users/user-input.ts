import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';
import type { UserRow } from '../../db/repositories/users.js';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.js';

// Shared by the HTTP routes (request validation + OpenAPI) and the CLI, so both refuse the same input.

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'username: 2–40 characters, letters a–z, digits, dot, dash or underscore');

export const Password = z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200);
export const RoleInput = z.enum(ROLES);
export const DisplayName = z.string().trim().min(1).max(120);

export const CreateUserInput = z.object({
  username: Username,
  displayName: DisplayName,
  email: z.email().max(200).optional(),
  password: Password,
  role: RoleInput,
  unitId: z.string().max(40).nullable().optional(),
  producerId: z.number().int().positive().nullable().optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z
  .object({
    displayName: DisplayName,
    email: z.email().max(200).nullable(),
    role: RoleInput,
    unitId: z.string().max(40).nullable(),
    producerId: z.number().int().positive().nullable(),
    active: z.boolean(),
    password: Password,
  })
  .partial()
  .strict();
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const UserOutput = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: RoleInput,
  unitId: z.string().nullable(),
  producerId: z.number().int().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserView = z.infer<typeof UserOutput>;

export function presentUser(u: UserRow): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    role: u.role,
    unitId: u.unit_id,
    producerId: u.producer_id,
    active: u.active === 1,
    createdAt: u.created_at,
    updatedAt: u.updated_at,
  };
}
