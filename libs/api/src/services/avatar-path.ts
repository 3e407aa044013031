/** Where the public app serves a speaker photo (apps/public/app/avatars/[id]). */
export const avatarPath = (id: string) => `/avatars/${id}`;
