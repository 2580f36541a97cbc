// A bound parameter of a hand-written read: its own module, so the reader threads and the code
// that calls them can name it without importing each other.
export type SqlParam = string | number | bigint | null;
