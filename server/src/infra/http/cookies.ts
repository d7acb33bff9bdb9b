/** Parses a Cookie header; later duplicates do not override the first value. */
export const parseCookies = (header: string | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      out[name] = decodeURIComponent(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
};

/** The token of an `Authorization: Bearer …` header; `undefined` when absent. */
export const bearerToken = (header: string | undefined): string | undefined => {
  if (!header) return undefined;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  // Any other scheme is answered like a bad token rather than silently ignored.
  return m ? m[1]!.trim() : '';
};
