import { randomBytes } from "node:crypto";
import { decodeGlobalID } from "@pothos/plugin-relay";

/** An asset_id / folder external_id: 32 lowercase hex characters, as the Admin API shows them. */
export const newHexId = (): string => randomBytes(16).toString("hex");

export const ASSET_ID_PATTERN = /^[0-9a-f]{32}$/;

/** An API key: 15 digits, like Cloudinary's. */
export const newApiKey = (): string => {
  const digits = [...randomBytes(15)].map((b) => String(b % 10)).join("");
  return digits.replace(/^0/, "1");
};

/** An API secret: 27 URL-safe characters, like Cloudinary's. */
export const newApiSecret = (): string => randomBytes(20).toString("base64url").slice(0, 27);

/** The id inside a Relay global id of type `typename`, or null when `id` is not one. */
export function decodeGlobalIdOf(id: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(id);
    return decoded.typename === typename ? decoded.id : null;
  } catch {
    return null;
  }
}
