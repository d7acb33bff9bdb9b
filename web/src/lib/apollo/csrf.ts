export const CSRF_COOKIE = 'casella_csrf';

/** The readable CSRF cookie the server sets at sign-in; undefined when signed out. */
export const readCsrfToken = (cookies: string = document.cookie): string | undefined => {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
};
