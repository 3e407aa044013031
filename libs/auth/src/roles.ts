export type AppRole = 'admin' | 'organizer' | 'reviewer' | 'speaker';

/** A readable summary of what a signed-in person is, for headers and the README's demo accounts. */
export function describeRoles(user: { isAdmin: boolean }, teamRoles: readonly string[]): AppRole[] {
  const roles: AppRole[] = [];
  if (user.isAdmin) roles.push('admin');
  if (teamRoles.includes('ORGANIZER')) roles.push('organizer');
  if (teamRoles.includes('REVIEWER')) roles.push('reviewer');
  return roles.length ? roles : ['speaker'];
}
