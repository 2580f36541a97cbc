// Notification and callback URLs (triggers, notification_url, upload presets and mappings):
// one check, so every area accepts and rejects the same URLs.
import { DomainError, type FieldPath } from "../errors/errors.js";

/** Longest notification URL accepted (the reference gives none; common browser/server limit). */
export const MAX_URI_LENGTH = 2048;

/** Rejects anything but an absolute http(s) URL with a host and without credentials. */
export function validateUri(uri: string, field: FieldPath): string {
  const name = field.join(".");
  if (uri.length > MAX_URI_LENGTH) throw new DomainError("INVALID_URI", `${name} is longer than ${MAX_URI_LENGTH} characters`, field);
  // The URL parser would silently strip surrounding spaces and drop tabs/newlines inside.
  if (/[\s\u0000-\u001f\u007f]/.test(uri)) throw new DomainError("INVALID_URI", `${name} may not contain whitespace or control characters`, field);
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new DomainError("INVALID_URI", `${name} must be an absolute http(s) URL`, field);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new DomainError("INVALID_URI", `${name} must use http or https, not ${url.protocol.slice(0, -1)}`, field);
  }
  // The parser is lenient with http(s): "http:example.com", "https:///x" and "https:\\x" all get
  // a host. Require the literal "scheme://host" form instead.
  if (!/^https?:\/\/[^/\\?#]/i.test(uri) || uri.includes("\\") || url.hostname === "") {
    throw new DomainError("INVALID_URI", `${name} must be an absolute http(s) URL with a host`, field);
  }
  const authority = uri.slice(uri.indexOf("//") + 2).split(/[/?#]/)[0];
  if (authority.includes("@") || url.username !== "" || url.password !== "") throw new DomainError("INVALID_URI", `${name} may not contain credentials`, field);
  return uri;
}
