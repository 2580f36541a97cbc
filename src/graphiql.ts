// GraphiQL: the page served on GET /graphql in a browser, with its bundle inline (from
// @graphql-yoga/render-graphiql, so nothing is fetched from outside), a sign-in that turns an API
// key and secret into the Authorization header, and the example operations it opens with.
import type { GraphiQLOptions } from "graphql-yoga";

// The example operations GraphiQL opens with: one per everyday task, runnable as they stand
// after `npm run seed` (pick one with the operation selector).
export const EXAMPLE_OPERATIONS = `# Welcome. You are signed in with the API key shown above (Sign out to change it).
# Pick an operation with the run button's menu.

query NewestAssets {
  assets(first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node { assetId publicId format bytes assetFolder tags secureUrl context { key value } }
    }
  }
}

query AssetsByTag {
  assets(tag: "nature", resourceType: IMAGE, first: 10) {
    edges { node { publicId tags relatedAssets(first: 3) { totalCount edges { node { publicId } } } } }
  }
}

query AssetsInFolder {
  assets(assetFolder: "products/shoes", first: 10) {
    edges { node { publicId displayName createdAt } }
  }
}

query ThumbnailsDerivedAndBackups {
  assets(first: 5, resourceType: IMAGE) {
    edges {
      node {
        publicId
        thumb: secureUrl(transformation: "t_thumb")
        small: secureUrl(transformation: "c_fill,w_200,h_200/f_webp")
        derived(first: 3) { totalCount edges { node { derivedResourceId transformation bytes secureUrl } } }
        versions(first: 3) { totalCount edges { node { versionId version size time } } }
      }
    }
  }
  transformations(named: true, first: 10) { edges { node { name definition used info } } }
}

query FolderTree {
  rootFolders(first: 20) {
    totalCount
    edges { node { name path } }
  }
}

query EnvironmentOverview {
  config { cloudName createdAt settings { folderMode } }
  usage { plan storage { usage limit usedPercent } resources derivedResources requests }
  streamingProfiles(first: 10) { edges { node { name displayName predefined modified } } }
  uploadPresets(first: 10) { edges { node { name unsigned settings } } }
}

query TagList {
  tags(resourceType: IMAGE, first: 20) {
    edges { node { name assetCount } }
  }
}

query SearchAssets {
  searchAssets(
    expression: "resource_type:image AND tags=nature AND bytes>10kb"
    sortBy: [{ field: "bytes", direction: DESC }]
    first: 10
    aggregate: [{ field: FORMAT }, { field: BYTES, ranges: [{ key: "small", to: 500000 }, { key: "large", from: 500000 }] }]
  ) {
    totalCount
    time
    aggregations { field buckets { key count } }
    pageInfo { hasNextPage endCursor }
    edges { node { publicId format bytes assetFolder tags } }
  }
}

# The seed's structured metadata: winter assets in stock, with their typed values.
query WinterStock {
  searchAssets(expression: "metadata.season=season_winter AND metadata.stock>100", first: 10) {
    totalCount
    edges {
      node {
        publicId
        metadata {
          externalId
          ... on EnumMetadataValue { entry { value } }
          ... on SetMetadataValue { entries { value } }
          ... on IntegerMetadataValue { number }
          ... on DateMetadataValue { date }
        }
      }
    }
  }
}

# Mutations need an admin key. Put a publicId from NewestAssets into the refs below; an unknown
# one shows a typed NOT_FOUND in userErrors instead.
mutation AddTag {
  updateTags(input: { command: ADD, tags: ["sale"], assets: [{ publicId: "PUT-A-PUBLIC-ID-HERE" }] }) {
    results { asset { publicId tags lastUpdated { tagsUpdatedAt } } changed userErrors { code message } }
    userErrors { code field message }
  }
}

mutation SetStructuredMetadata {
  createMetadataField(input: {
    externalId: "color_id", type: SET, label: "Colors"
    datasource: { values: [{ externalId: "red", value: "Red" }, { externalId: "green", value: "Green" }] }
  }) { metadataField { externalId } userErrors { code field message } }
  updateAsset(input: { ref: { publicId: "PUT-A-PUBLIC-ID-HERE" }, metadata: [{ externalId: "color_id", value: ["green"] }] }) {
    asset {
      metadata { externalId value ... on SetMetadataValue { entries { value } } }
      metadataRuleTrace { rules { ruleExternalId conditionMet effects { action detail } } }
    }
    userErrors { code field message }
  }
}

mutation RelateAssets {
  addRelatedAssets(input: {
    asset: { publicId: "PUT-A-PUBLIC-ID-HERE" }
    assetsToRelate: [{ publicId: "PUT-ANOTHER-PUBLIC-ID-HERE" }, { publicId: "missing" }]
  }) {
    succeeded { target { publicId } message }
    failed { target { publicId } code message }
    userErrors { code field message }
  }
}
`;

// sessionStorage key of the signed-in key and secret: they live as long as the browser tab, never
// in the served page, the URL or GraphiQL's persisted headers.
const SESSION_KEY = "assets-graphiql-sign-in";

const SIGN_IN_CSS = `
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #root { flex: 1; min-height: 0; }
  #root:empty { display: none; }
  #sign-in { max-width: 26rem; margin: 4rem auto; display: flex; flex-direction: column; gap: 0.75rem; }
  #sign-in input { font: inherit; padding: 0.4rem; }
  #sign-in button, #session button { font: inherit; padding: 0.4rem 0.8rem; cursor: pointer; }
  #sign-in-error { color: #b00020; min-height: 1.2em; margin: 0; }
  #session { display: flex; gap: 1rem; align-items: center; padding: 0.3rem 1rem; font-size: 0.9rem; border-bottom: 1px solid #ddd; }
  [hidden] { display: none !important; }
`;

// Runs in the browser. Checks the key and secret with a small query before GraphiQL opens, so
// a wrong pair is a message on the form, not a failed introspection. X-Requested-With tells the
// server not to answer 401 with a Basic challenge (which would make the browser prompt).
const SIGN_IN_SCRIPT = `
  const form = document.getElementById("sign-in");
  const errorLine = document.getElementById("sign-in-error");
  const session = document.getElementById("session");
  const root = document.getElementById("root");
  const basic = (apiKey, apiSecret) => "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode(apiKey + ":" + apiSecret)));
  const headersFor = (apiKey, apiSecret) => ({ authorization: basic(apiKey, apiSecret), "x-requested-with": "XMLHttpRequest" });

  async function check(apiKey, apiSecret) {
    const response = await fetch(OPTIONS.endpoint || location.pathname, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headersFor(apiKey, apiSecret) },
      body: JSON.stringify({ query: "query SignIn { config { cloudName } }" }),
    });
    const body = await response.json().catch(() => null);
    if (response.ok && body && body.data) return body.data.config.cloudName;
    throw new Error((body && body.errors && body.errors[0] && body.errors[0].message) || "HTTP " + response.status);
  }

  function open(apiKey, apiSecret, cloudName) {
    form.hidden = true;
    session.hidden = false;
    document.getElementById("session-key").textContent = apiKey;
    document.getElementById("session-cloud").textContent = cloudName;
    YogaGraphiQL.renderYogaGraphiQL(root, { ...OPTIONS, additionalHeaders: headersFor(apiKey, apiSecret) });
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const apiKey = form.elements.apiKey.value.trim();
    const apiSecret = form.elements.apiSecret.value.trim();
    errorLine.textContent = "";
    try {
      const cloudName = await check(apiKey, apiSecret);
      sessionStorage.setItem(SESSION_KEY, JSON.stringify({ apiKey, apiSecret, cloudName }));
      open(apiKey, apiSecret, cloudName);
    } catch (e) {
      errorLine.textContent = "Sign-in failed: " + e.message;
    }
  });

  document.getElementById("sign-out").addEventListener("click", () => {
    sessionStorage.removeItem(SESSION_KEY);
    location.reload();
  });

  const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || "null");
  if (saved) open(saved.apiKey, saved.apiSecret, saved.cloudName);
  else form.elements.apiKey.focus();
`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// Inline script text must not close its <script> element early.
const scriptSafe = (json: string) => json.replace(/</g, "\\u003c");

/**
 * Yoga's `renderGraphiQL`: the GraphiQL page with its bundle inline. The bundle (about 9 MB of
 * JavaScript) is loaded on the first page request, not when the server starts.
 */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const bundle = await import("@graphql-yoga/render-graphiql/graphiql");
  const title = escapeHtml(options.title ?? "GraphiQL");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="${bundle.favicon}">
<style>${bundle.css}</style>
<style>${SIGN_IN_CSS}</style>
</head>
<body class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<form id="sign-in">
  <h1>${title}</h1>
  <p>Sign in with an API key and its secret: <code>npm start</code> prints them, and keeps generated ones in <code>data/credentials.env</code>. They stay in this browser tab until you sign out or close it.</p>
  <label>API key <input name="apiKey" autocomplete="username" required></label>
  <label>API secret <input name="apiSecret" type="password" autocomplete="current-password" required></label>
  <button type="submit">Sign in</button>
  <p id="sign-in-error" role="alert"></p>
</form>
<div id="session" hidden>Signed in to <strong id="session-cloud"></strong> as <code id="session-key"></code> <button id="sign-out" type="button">Sign out</button></div>
<div id="root"></div>
<script>
  function prepareBlob(source) {
    return URL.createObjectURL(new Blob([source], { type: "application/javascript" }));
  }
  const workers = {
    editorWorkerService: prepareBlob(${scriptSafe(JSON.stringify(bundle.editorWorkerService))}),
    json: prepareBlob(${scriptSafe(JSON.stringify(bundle.jsonWorker))}),
    graphql: prepareBlob(${scriptSafe(JSON.stringify(bundle.graphqlWorker))}),
  };
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
</script>
<script>${bundle.js}</script>
<script>
  const OPTIONS = ${scriptSafe(JSON.stringify(options))};
  const SESSION_KEY = ${JSON.stringify(SESSION_KEY)};
  ${SIGN_IN_SCRIPT}
</script>
</body>
</html>`;
}
