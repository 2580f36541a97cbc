// Delivery URLs as the Admin API's samples show them:
// http(s)://<host>/<cloud>/<resource_type>/<type>/v<version>/<public_id>.<format>
export interface DeliveryParts {
  cloudName: string;
  resourceType: string;
  type: string;
  version: number;
  publicId: string;
  format: string | null;
}

export function deliveryUrl(host: string, parts: DeliveryParts, secure: boolean): string {
  const path = parts.publicId.split("/").map(encodeURIComponent).join("/");
  // Raw public IDs carry their extension already.
  const ext = parts.format && parts.resourceType !== "raw" ? `.${parts.format}` : "";
  return `${secure ? "https" : "http"}://${host}/${parts.cloudName}/${parts.resourceType}/${parts.type}/v${parts.version}/${path}${ext}`;
}
