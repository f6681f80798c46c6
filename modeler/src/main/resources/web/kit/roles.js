// What the signed-in person's roles let them do, so that a page offers only what the server will accept (the
// server checks again). The person is the answer of GET /api/me: roles is a list of {role, locality, groups}.

const holds = (user, role) => Boolean(user) && (user.roles || []).some((g) => g.role === role);

/** An administrator: manages users and may do everything. */
export const isAdmin = (user) => holds(user, 'ADMIN');

/** Central reform staff (an analyst or an administrator): catalog, models, plans, templates, deployments. */
export const isCentral = (user) => isAdmin(user) || holds(user, 'ANALYST');

/** Receives dossiers and works tasks: an administrator or a case officer. */
export const mayWorkCases = (user) => isAdmin(user) || holds(user, 'CASE_OFFICER');

/** The provinces this person holds role in. */
export const localitiesOf = (user, role) => ((user && user.roles) || [])
  .filter((g) => g.role === role && g.locality).map((g) => g.locality);

/** Changes what belongs to a province (its adoptions, usage figures, pilot deployments); any province when none given. */
export function mayActForLocality(user, locality) {
  if (isCentral(user)) return true;
  const own = localitiesOf(user, 'LOCALITY_OFFICER');
  return locality ? own.includes(locality) : own.length > 0;
}

/** Works a task of a case in locality open to candidateGroups: an administrator, or that province's officer of one of them. */
export function mayWorkTask(user, locality, candidateGroups) {
  if (isAdmin(user)) return true;
  const groups = candidateGroups || [];
  return ((user && user.roles) || []).some((g) => g.role === 'CASE_OFFICER' && g.locality === locality
    && (groups.length === 0 || (g.groups || []).some((x) => groups.includes(x))));
}
