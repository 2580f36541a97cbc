import pino, { type Logger } from "pino";

/**
 * Structured JSON logs; human-readable (pino-pretty) when stdout is a terminal. Secrets and
 * Authorization headers are redacted wherever they appear.
 */
export function createLogger(options: { level?: string; pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? (process.stdout.isTTY && process.env.NODE_ENV !== "production");
  return pino({
    level: options.level ?? process.env.LOG_LEVEL ?? "info",
    redact: {
      paths: ["authorization", "*.authorization", "headers.authorization", "*.headers.authorization", "apiSecret", "*.apiSecret", "secret", "*.secret", "variables.input.apiSecret"],
      censor: "[redacted]",
    },
    ...(pretty ? { transport: { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" } } } : {}),
  });
}
