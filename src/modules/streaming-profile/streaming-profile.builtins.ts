// The built-in adaptive streaming profiles every environment has. The reference lists their
// names and display names; the representation ladders follow Cloudinary's adaptive bitrate
// streaming guide (16:9 ladders from 320 px up to each profile's top resolution; sd is 4:3).
export interface BuiltinProfile {
  name: string;
  displayName: string;
  representations: string[];
}

const rung = (w: number, h: number, br: string) => `w_${w},h_${h},c_limit,vc_h264,br_${br}`;

const R = {
  r240: rung(320, 240, "192k"),
  r270: rung(480, 270, "800k"),
  r360: rung(640, 360, "2m"),
  r480: rung(640, 480, "1500k"),
  r540: rung(960, 540, "3500k"),
  r720: rung(1280, 720, "5500k"),
  r1080: rung(1920, 1080, "8500k"),
  r1440: rung(2560, 1440, "16m"),
  r2160: rung(3840, 2160, "35m"),
};

export const BUILTIN_PROFILES: readonly BuiltinProfile[] = [
  { name: "4k", displayName: "4K (2160p)", representations: [R.r240, R.r270, R.r360, R.r540, R.r720, R.r1080, R.r1440, R.r2160] },
  { name: "full_hd", displayName: "Full HD (1080p)", representations: [R.r240, R.r270, R.r360, R.r540, R.r720, R.r1080] },
  { name: "hd", displayName: "HD (720p)", representations: [R.r240, R.r270, R.r360, R.r540, R.r720] },
  { name: "sd", displayName: "SD (480p)", representations: [R.r240, rung(480, 360, "800k"), R.r480] },
  { name: "full_hd_wifi", displayName: "Full HD WiFi (1080p)", representations: [R.r540, R.r720, R.r1080] },
  { name: "full_hd_lean", displayName: "Full HD Lean (1080p)", representations: [R.r240, R.r360, R.r720, R.r1080] },
  { name: "hd_lean", displayName: "HD Lean (720p)", representations: [R.r240, R.r360, R.r720] },
];

export const builtinByKey = new Map(BUILTIN_PROFILES.map((p, i) => [p.name, { ...p, position: i }]));
