// The transformation parser on its own: value rules per parameter, and the canonical form
// (what lookups and derived resources key on) as a property over generated strings.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DomainError } from "../../src/errors/errors.js";
import { namedOnly, parseTransformation } from "../../src/modules/transformation/transformation.parser.js";

const field = ["input", "transformation"];
const problem = (raw: string) => {
  try {
    parseTransformation(raw, field);
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return e.userErrors[0];
  }
};

describe("transformation parser", () => {
  test.each([
    "w_150,h_100,c_fill", "c_thumb,g_face,h_100,w_80", "c_fill,h_75,w_75/jpg", "ar_1.0,c_fill,w_250/r_max/q_auto", "w_0.5", "w_iw_mul_0.5",
    "q_auto:good", "q_80:420", "f_auto", "e_sepia:50", "e_art:zorro", "a_-90", "a_auto_right", "b_rgb:ff0000", "bo_4px_solid_black", "o_50",
    "fl_progressive.lossy", "t_a.b", "$w_100", "l_text:Arial_50:Hello", "g_auto:subject", "dpr_2.0", "pg_2-4", "br_500k", "fps_15-30", "r_10:20:30:40",
    "f_webp,q_80,b_blue,w_200,h_200/", "so_2.5,eo_10p,du_50p/mp4",
  ])("accepts %s", (raw) => {
    expect(problem(raw)).toBeNull();
  });

  test.each([
    ["", "empty"],
    ["w_", "key_value"],
    ["_100", "key_value"],
    ["w_0", "at least 1"],
    ["w_-5", "at least 1"],
    ["h_tall", "height must be"],
    ["c_squash", "crop must be one of"],
    ["g_up", "gravity"],
    ["q_0", "quality"],
    ["f_docx", "fetch_format"],
    ["a_400", "angle"],
    ["o_150", "opacity"],
    ["bo_thick", "border"],
    ["dpr_9", "dpr"],
    ["zz_1", "unknown parameter zz"],
    ["w_1,w_2", "twice"],
    ["w_1//h_2", "empty"],
    ["w_1/exe", "extension"],
    ["$1bad_3", "variable"],
  ])("rejects %s (%s)", (raw, text) => {
    const e = problem(raw);
    expect(e?.code).toBe("INVALID_TRANSFORMATION");
    expect(e?.field).toEqual(field);
    expect(e?.message).toContain(text);
  });

  test("over-long strings and chains are LIMIT_EXCEEDED", () => {
    expect(problem(`w_${"1".repeat(2050)}`)?.code).toBe("LIMIT_EXCEEDED");
    expect(problem(Array.from({ length: 51 }, () => "w_1").join("/"))?.code).toBe("LIMIT_EXCEEDED");
  });

  test("the canonical form ignores component order, is stable, and keeps segment order", () => {
    const component = fc.constantFrom("w_100", "h_50", "c_fill", "g_face", "q_auto", "e_sepia", "r_max", "o_20", "x_5", "y_7");
    const segment = fc.uniqueArray(component, { minLength: 1, maxLength: 5, selector: (c) => c.split("_")[0] });
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean(), (segments, reverse) => {
        const raw = segments.map((s) => s.join(",")).join("/");
        const shuffled = segments.map((s) => (reverse ? [...s].reverse() : s).join(",")).join("/");
        const a = parseTransformation(raw, field);
        expect(parseTransformation(shuffled, field).canonical).toBe(a.canonical);
        expect(parseTransformation(a.canonical, field).canonical).toBe(a.canonical);
        expect(parseTransformation(`${raw}/`, field).canonical).toBe(a.canonical);
        expect(a.canonical.split("/")).toHaveLength(segments.length);
      }),
    );
  });

  test("a bare t_<name> is a named reference", () => {
    expect(namedOnly(parseTransformation("t_thumb", field))).toBe("thumb");
    expect(namedOnly(parseTransformation("t_thumb,w_10", field))).toBeNull();
    expect(namedOnly(parseTransformation("t_thumb/jpg", field))).toBeNull();
    expect(parseTransformation("t_a.b/t_c", field).namedRefs).toEqual(["a.b", "c"]);
  });
});
