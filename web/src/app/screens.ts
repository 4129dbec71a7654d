import type { Role } from '../gql/graphql';

export interface ScreenLink {
  path: string;
  label: string;
  roles: readonly Role[];
}

const PEOPLE: readonly Role[] = ['USER', 'PARTNER', 'ADMIN', 'SUPER_ADMIN'];
const ADMINS: readonly Role[] = ['ADMIN', 'SUPER_ADMIN'];

/** The screens in the navigation, and who sees each (what the API lets that role do). */
export const SCREENS: readonly ScreenLink[] = [
  { path: '/dashboard', label: 'Dashboard', roles: ['SUPER_ADMIN'] },
  { path: '/onboarding', label: 'Onboarding', roles: ['USER', 'PARTNER'] },
  { path: '/orders', label: 'Orders', roles: PEOPLE },
  { path: '/chat', label: 'Chat', roles: PEOPLE },
  { path: '/uploads', label: 'Uploads', roles: ['USER', ...ADMINS] },
  { path: '/notify', label: 'Notify', roles: ADMINS },
];

export function screensFor(role: Role): ScreenLink[] {
  return SCREENS.filter((screen) => screen.roles.includes(role));
}
