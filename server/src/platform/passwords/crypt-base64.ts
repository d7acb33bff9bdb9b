/** The crypt(3) alphabet: `./0-9A-Za-z`, least significant 6 bits first. */
const ALPHABET = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const CRYPT_SALT_PATTERN = /^[./0-9A-Za-z]*$/;

export const cryptBase64 = (value: number, chars: number): string => {
  let out = '';
  let v = value;
  for (let i = 0; i < chars; i++) {
    out += ALPHABET[v & 0x3f];
    v >>>= 6;
  }
  return out;
};

/** Encodes digest bytes in the groups of three a crypt scheme prescribes. */
export const encodeGroups = (digest: Buffer, groups: readonly (readonly number[])[]): string =>
  groups
    .map((g) => {
      const [a, b, c] = g.map((i) => digest[i]!);
      if (g.length === 1) return cryptBase64(a!, 2);
      return cryptBase64((a! << 16) | (b! << 8) | c!, 4);
    })
    .join('');

export const randomCryptSalt = (length: number, random: (n: number) => Buffer): string => {
  const bytes = random(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 0x3f];
  return out;
};
