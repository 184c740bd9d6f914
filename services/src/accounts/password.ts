import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt from node:crypto: no native add-on to build, and memory-hard like argon2id. N=2^15,
 * r=8, p=1 costs 32 MiB and some tens of milliseconds per guess. The parameters travel with the
 * hash, so raising them later leaves old hashes verifiable.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MAX_MEMORY = 256 * N * R;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

const derive = (password: string, salt: Buffer, n: number, r: number, p: number, bytes: number) =>
  new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, bytes, { N: n, r, p, maxmem: 256 * n * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

/** A reason the password is unacceptable, or null. */
export const passwordProblem = (password: string): string | null => {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
};

export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, N, R, P, KEY_BYTES);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
};

/** Compares in constant time; a malformed or over-expensive hash never verifies. */
export const verifyPassword = async (password: string, hash: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const params = [Number(n), Number(r), Number(p)] as const;
  if (params.some((x) => !Number.isSafeInteger(x) || x < 1) || 256 * params[0] * params[1] > 4 * MAX_MEMORY) {
    return false;
  }
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), ...params, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

/**
 * A hash of a random password: verifying against it when the username is unknown makes a failed
 * sign-in take as long for a missing user as for a wrong password.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => {
  decoy ??= hashPassword(randomBytes(24).toString('base64'));
  return decoy;
};
