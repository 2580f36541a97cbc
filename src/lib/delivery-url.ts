// Delivery URLs as the Admin API's samples show them:
// http(s)://<host>/<cloud>/<resource_type>/<type>/[<transformation>/]v<version>/<public_id>.<format>
export interface DeliveryParts {
  cloudName: string;
  resourceType: string;
  type: string;
  version: number;
  publicId: string;
  format: string | null;
  /** a derived resource's (or a requested) transformation, placed before the version */
  transformation?: string | null;
}

export function deliveryUrl(host: string, parts: DeliveryParts, secure: boolean): string {
  const path = parts.publicId.split("/").map(encodeURIComponent).join("/");
  // Raw public IDs carry their extension already.
  const ext = parts.format && parts.resourceType !== "raw" ? `.${parts.format}` : "";
  const transformation = parts.transformation ? `${parts.transformation}/` : "";
  return `${secure ? "https" : "http"}://${host}/${parts.cloudName}/${parts.resourceType}/${parts.type}/${transformation}v${parts.version}/${path}${ext}`;
}
