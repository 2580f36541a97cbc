import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../builder.js";
import { Asset } from "../asset/index.js";
import { MAX_TEXT_LENGTH, MAX_URL_LENGTH, visualSearchAssets } from "./visual-search.service.js";

builder.queryField("visualSearchAssets", (t) =>
  t.connection(
    {
      type: Asset,
      description: [
        "Active images indexed for visual search (updateAsset visualSearch: true) that resemble a source, most relevant first",
        "(then newest). Give exactly one source. text: scored by how many of its distinct words are words of an image's tags,",
        "context values, display name or filename. imageAssetId: scored by how many of that image's tag and context-value words",
        "another image shares (the image itself excluded). imageUrl: only this environment's delivery URLs, treated as that",
        "asset; external images cannot be fetched or analysed here (FEATURE_NOT_ENABLED). first: default 10, at most 500.",
      ].join(" "),
      args: {
        text: t.arg.string({ description: `A description, up to ${MAX_TEXT_LENGTH} characters.` }),
        imageAssetId: t.arg.string({ description: "The asset_id of an indexed image of this environment." }),
        imageUrl: t.arg.string({ description: `A delivery URL of an indexed image of this environment (up to ${MAX_URL_LENGTH} characters).` }),
      },
      resolve: (_root, args, ctx, info) => visualSearchAssets(ctx, args, queryFromInfo({ context: ctx, info, path: ["edges", "node"] })),
    },
    { name: "VisualSearchAssetConnection" },
    { name: "VisualSearchAssetEdge" },
  ),
);
