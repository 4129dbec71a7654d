import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/**
 * AES-256-GCM for message contents at rest. A sealed content is
 * base64(iv | tag | ciphertext) with a fresh random IV per message; the
 * message id is authenticated too, so a ciphertext copied onto another
 * message does not decrypt.
 */
export class MessageCipher {
  private readonly key: Buffer;

  /** `secret` is MESSAGE_ENCRYPTION_KEY; HKDF turns it into a 32-byte key that serves this purpose only. */
  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, '', 'conversations.message-content', KEY_BYTES));
  }

  seal(plainText: string, messageId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv).setAAD(Buffer.from(messageId));
    const ciphertext = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
  }

  /** The plain text; throws if the content was altered or sealed under another key or id. */
  open(sealed: string, messageId: string): string {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv(ALGORITHM, this.key, bytes.subarray(0, IV_BYTES))
      .setAAD(Buffer.from(messageId))
      .setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
