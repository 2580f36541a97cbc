import { Redis } from "ioredis";

export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/** Whether Redis answers at REDIS_URL (tests and benchmarks that need it skip otherwise). */
export async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/**
 * Whether tests that need Redis can run. They skip (reported as skipped) without it, except where
 * REQUIRE_REDIS is set (CI starts Redis): there a missing Redis fails them.
 */
export async function redisForTests(): Promise<boolean> {
  if (await redisAnswers()) return true;
  if (process.env.REQUIRE_REDIS) throw new Error(`REQUIRE_REDIS is set but Redis does not answer at ${REDIS_URL}`);
  return false;
}
