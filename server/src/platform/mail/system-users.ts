import fs from 'node:fs';

/** A system account from /etc/passwd with its primary group's name. */
export interface SystemUser {
  user: string;
  group: string;
  uid: number;
  gid: number;
}

const entries = (file: string): string[][] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(':'));

/** Looks an account up by name or uid; null when it does not exist. */
export const systemUser = (nameOrUid: string | number): SystemUser | null => {
  const row = entries('/etc/passwd').find((e) =>
    typeof nameOrUid === 'number' ? Number(e[2]) === nameOrUid : e[0] === nameOrUid,
  );
  if (!row) return null;
  const gid = Number(row[3]);
  const group = entries('/etc/group').find((e) => Number(e[2]) === gid)?.[0] ?? String(gid);
  return { user: row[0]!, group, uid: Number(row[2]), gid };
};
