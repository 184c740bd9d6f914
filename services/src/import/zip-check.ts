import { inflateRawSync } from 'node:zlib';
import { type ImportLimits, limitMessages } from './limits.ts';
import { UnreadableFileError } from './parse-errors.ts';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

const unreadable = (why: string) => new UnreadableFileError(`the XLSX file cannot be read: ${why}`);

/** The central directory at the end of the ZIP: every entry's name, method and sizes. */
const entriesOf = (zip: Buffer): Entry[] => {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable('no ZIP directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_ENTRY)
      throw unreadable('a damaged ZIP directory');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      declaredSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
};

const dataOf = (zip: Buffer, entry: Entry): Buffer => {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_ENTRY)
    throw unreadable(`a damaged entry ${entry.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  return zip.subarray(start, start + entry.compressedSize);
};

/**
 * Refuses a ZIP bomb before the spreadsheet library inflates it: first by the sizes the directory
 * declares (free), then by inflating each entry with its output capped at its declared size, so a
 * directory that lies stops at the cap instead of filling memory.
 */
export const checkZip = (zip: Buffer, limits: ImportLimits): void => {
  const entries = entriesOf(zip);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.maxUnzippedBytes)
    throw new UnreadableFileError(limitMessages.unzipped(limits, `its entries declare ${declared} bytes`));
  for (const entry of entries) {
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.declaredSize) throw unreadable(`entry ${entry.name} has two sizes`);
      continue;
    }
    if (entry.method !== DEFLATED) throw unreadable(`entry ${entry.name} uses an unknown compression`);
    let actual: number;
    try {
      actual = inflateRawSync(dataOf(zip, entry), {
        maxOutputLength: Math.max(1, entry.declaredSize),
      }).length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new UnreadableFileError(
          limitMessages.unzipped(
            limits,
            `entry ${entry.name} inflates past its declared ${entry.declaredSize} bytes`,
          ),
        );
      throw unreadable(`entry ${entry.name} is damaged`);
    }
    if (actual !== entry.declaredSize) throw unreadable(`entry ${entry.name} is shorter than it declares`);
  }
};
