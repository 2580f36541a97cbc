// The Admin API's folders, metadata fields and rules, upload presets and mappings,
// transformations and streaming profiles driven by the official Cloudinary SDK (v2).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useTestApp } from "../helpers/app.js";
import { sdkClient, sdkError, type SdkClient } from "../helpers/cloudinary.js";
import { importAssets } from "../helpers/fixtures.js";

const t = useTestApp();
let c: SdkClient;
let api: SdkClient["cloudinary"]["api"];

beforeAll(async () => {
  c = await sdkClient(t);
  api = c.cloudinary.api;
  await importAssets(t, [{ publicId: "tr/sample", format: "jpg", derived: [{ transformation: "c_fill,w_150,h_100" }] }]);
});
afterAll(() => c.served.close());

describe("folders", () => {
  test("create, list root and sub folders, rename, delete", async () => {
    expect(await api.create_folder("shop/shoes")).toMatchObject({ success: true, path: "shop/shoes", name: "shoes", external_id: expect.any(String) });
    await api.create_folder("shop/hats");
    const root = await api.root_folders();
    expect(root).toMatchObject({ folders: [{ name: "shop", path: "shop" }], next_cursor: null, total_count: 1 });
    const sub = await api.sub_folders("shop", { max_results: 1 });
    expect(sub.folders).toMatchObject([{ path: "shop/hats" }]);
    expect(sub.total_count).toBe(2);
    const rest = await api.sub_folders("shop", { max_results: 1, next_cursor: sub.next_cursor });
    expect(rest.folders).toMatchObject([{ path: "shop/shoes" }]);
    expect(await api.rename_folder("shop/hats", "shop/caps")).toEqual({ from: { name: "hats", path: "shop/hats" }, to: { name: "caps", path: "shop/caps" } });
    expect(await api.delete_folder("shop/caps")).toEqual({ deleted: ["shop/caps"] });
    expect((await sdkError(api.sub_folders("nowhere"))).http_code).toBe(404);
  });

  test("an existing folder is a 409; search finds folders", async () => {
    expect((await sdkError(api.create_folder("shop/shoes"))).http_code).toBe(409);
    const r = await c.cloudinary.search_folders.expression("name:shoes").execute();
    expect(r).toMatchObject({ total_count: 1, folders: [{ name: "shoes", path: "shop/shoes", created_at: expect.stringMatching(/Z$/) }] });
  });
});

describe("metadata fields, datasources and rules", () => {
  test("fields: create with validation and datasource, get, list, update, delete", async () => {
    const created = await api.add_metadata_field({ external_id: "stock", type: "integer", label: "In stock", default_value: 42, validation: { type: "greater_than", value: 0 } });
    expect(created).toMatchObject({ type: "integer", external_id: "stock", label: "In stock", mandatory: false, default_value: 42, validation: { type: "greater_than", value: 0 }, restrictions: { readonly_ui: false } });
    await api.add_metadata_field({
      external_id: "color", type: "enum", label: "Color",
      datasource: { values: [{ external_id: "red", value: "Red" }, { external_id: "blue", value: "Blue" }] },
    });
    expect((await api.metadata_field_by_field_id("color")).datasource.values).toEqual([
      { external_id: "red", value: "Red", state: "active" },
      { external_id: "blue", value: "Blue", state: "active" },
    ]);
    expect((await api.list_metadata_fields()).metadata_fields.map((f: { external_id: string }) => f.external_id)).toEqual(["stock", "color"]);
    expect((await api.update_metadata_field("stock", { label: "Stock" })).label).toBe("Stock");
    const bad = await sdkError(api.add_metadata_field({ external_id: "x", type: "integer", label: "X", default_value: -1, validation: { type: "greater_than", value: 0 } }));
    expect(bad.http_code).toBe(400);
    expect((await sdkError(api.metadata_field_by_field_id("nope"))).http_code).toBe(404);
  });

  test("datasource: update, delete and restore entries, order, search", async () => {
    const updated = await api.update_metadata_field_datasource("color", { values: [{ external_id: "green", value: "Green" }] });
    expect(updated.values.map((v: { external_id: string }) => v.external_id)).toEqual(["red", "blue", "green"]);
    const deleted = await api.delete_datasource_entries("color", ["blue"]);
    expect(deleted.values.find((v: { external_id: string }) => v.external_id === "blue").state).toBe("inactive");
    const restored = await api.restore_metadata_field_datasource("color", ["blue"]);
    expect(restored.values.find((v: { external_id: string }) => v.external_id === "blue").state).toBe("active");
    const ordered = await api.order_metadata_field_datasource("color", "value", "desc");
    expect(ordered.values.map((v: { value: string }) => v.value)).toEqual(["Red", "Green", "Blue"]);
  });

  test("rules: create, list, update, delete", async () => {
    await api.add_metadata_field({ external_id: "shade", type: "set", label: "Shade", datasource: { values: [{ external_id: "dark", value: "Dark" }, { external_id: "light", value: "Light" }] } });
    const rule = await api.add_metadata_rule({ metadata_field_id: "shade", name: "reds", condition: { metadata_field_id: "color", equals: "red" }, result: { activate_values: "all" } });
    expect(rule).toMatchObject({ metadata_field_id: "shade", name: "reds", condition: { metadata_field_id: "color", equals: "red" }, result: { activate_values: "all" }, state: "active" });
    expect((await api.list_metadata_rules()).metadata_rules).toHaveLength(1);
    const updated = await api.update_metadata_rule(rule.external_id, { state: "inactive" });
    expect(updated.state).toBe("inactive");
    expect(await api.delete_metadata_rule(rule.external_id)).toEqual({ success: true });
    expect((await api.list_metadata_rules()).metadata_rules).toEqual([]);
  });

  test("values on an asset through update, shown in resource", async () => {
    await api.update("tr/sample", { metadata: { stock: 7, color: "red" } });
    expect((await api.resource("tr/sample")).metadata).toEqual({ stock: 7, color: "red" });
    expect(await api.delete_metadata_field("stock")).toEqual({ message: "ok" });
  });
});

describe("upload presets and mappings", () => {
  test("presets: create with Upload API settings, get, list, update, delete", async () => {
    const created = await api.create_upload_preset({ name: "remote_media", unsigned: true, tags: "test", allowed_formats: "jpg,png", overwrite: false });
    expect(created).toMatchObject({ message: "created", name: "remote_media", external_id: expect.any(String) });
    const got = await api.upload_preset("remote_media");
    expect(got).toMatchObject({ name: "remote_media", unsigned: true, settings: { tags: "test", allowed_formats: "jpg,png", overwrite: false } });
    expect((await api.upload_presets()).presets.map((p: { name: string }) => p.name)).toEqual(["remote_media"]);
    expect(await api.update_upload_preset("remote_media", { folder: "incoming" })).toEqual({ message: "updated", external_id: created.external_id });
    expect((await api.upload_preset("remote_media")).settings.folder).toBe("incoming");
    expect(await api.delete_upload_preset("remote_media")).toEqual({ message: "deleted", external_id: created.external_id });
    expect((await sdkError(api.upload_preset("remote_media"))).http_code).toBe(404);
  });

  test("mappings: create, get, list, update, delete", async () => {
    const created = await api.create_upload_mapping("wiki", { template: "https://u.wiki.example.com/wiki-images/" });
    expect(created).toMatchObject({ message: "created", folder: "wiki" });
    expect(await api.upload_mapping("wiki")).toEqual({ folder: "wiki", template: "https://u.wiki.example.com/wiki-images/", external_id: created.external_id });
    expect((await api.upload_mappings()).mappings).toHaveLength(1);
    await api.update_upload_mapping("wiki", { template: "https://images.example.com/" });
    expect((await api.upload_mapping("wiki")).template).toBe("https://images.example.com/");
    expect((await api.delete_upload_mapping("wiki")).message).toBe("deleted");
    expect((await sdkError(api.upload_mapping("wiki"))).http_code).toBe(404);
  });
});

describe("transformations", () => {
  test("create named, list, details with derived, update, delete", async () => {
    expect(await api.create_transformation("thumb", "c_fill,w_100,h_100")).toEqual({ message: "created" });
    const all = await api.transformations();
    expect(all.transformations).toEqual(expect.arrayContaining([
      { name: "t_thumb", allowed_for_strict: true, used: false, named: true },
      { name: "c_fill,h_100,w_150", allowed_for_strict: false, used: true, named: false },
    ]));
    expect((await api.transformations({ named: true })).transformations).toHaveLength(1);
    const details = await api.transformation("c_fill,w_150,h_100");
    expect(details).toMatchObject({ name: "c_fill,h_100,w_150", used: true, info: [{ width: 150, height: 100, crop: "fill" }], derived: [{ public_id: "tr/sample", resource_type: "image", type: "upload", format: "jpg" }] });
    expect(await api.update_transformation("thumb", { allowed_for_strict: false })).toEqual({ message: "updated" });
    expect((await api.transformation("t_thumb")).allowed_for_strict).toBe(false);
    expect(await api.delete_transformation("t_thumb")).toEqual({ message: "deleted" });
    expect((await sdkError(api.transformation("t_thumb"))).http_code).toBe(404);
  });
});

describe("streaming profiles", () => {
  test("list built-ins, create, get, update, delete", async () => {
    const list = await api.list_streaming_profiles();
    expect(list.data[0]).toEqual({ name: "4k", display_name: "4K (2160p)", predefined: true });
    const created = await api.create_streaming_profile("custom_square", {
      display_name: "Custom square resolution",
      representations: [{ transformation: { width: 1200, height: 1200, bit_rate: "5m", video_codec: "h264:main:3.1" } }],
    });
    expect(created.data).toMatchObject({ name: "custom_square", display_name: "Custom square resolution", predefined: false, representations: [{ transformation: { width: 1200, height: 1200, bit_rate: "5m" } }] });
    expect((await api.get_streaming_profile("custom_square")).data.name).toBe("custom_square");
    const updated = await api.update_streaming_profile("custom_square", { representations: [{ transformation: { width: 900, height: 900, bit_rate: "3500k" } }] });
    expect(updated.data.representations).toMatchObject([{ transformation: { width: 900, height: 900 } }]);
    expect(await api.delete_streaming_profile("custom_square")).toEqual({ message: "deleted" });
    expect((await sdkError(api.get_streaming_profile("custom_square"))).http_code).toBe(404);
  });
});
