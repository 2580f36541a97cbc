// Gives the event loop a turn (timers, other requests, /healthz) between stretches of synchronous
// work that would otherwise add up to one long block: a turn of the loop, not a delay.
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
