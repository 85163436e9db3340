/**
 * Calls `stop` once, on the first SIGINT or SIGTERM. Later ones are ignored rather than left to
 * Node's default (exit at once), because they come as a matter of course: a terminal's Ctrl+C
 * reaches every process of the group, and the supervising parent then sends its own SIGTERM.
 */
export function onStopSignal(stop: (signal: NodeJS.Signals) => void): void {
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return
      stopping = true
      stop(signal)
    })
  }
}
