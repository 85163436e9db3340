/**
 * One small logger for the rebuild service and the site server. With NODE_ENV=production every
 * entry is one JSON line on stdout ({ time, level, service, msg, ...fields }), which a log
 * collector can parse without guessing; otherwise a plain line for a person at a terminal.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>
export type Logger = {
  info: (message: string, fields?: LogFields) => void
  warn: (message: string, fields?: LogFields) => void
  error: (message: string, fields?: LogFields) => void
}

type Level = keyof Logger

export function createLogger(
  service: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  write: (line: string, level: Level) => void = writeToConsole,
): Logger {
  const json = env.NODE_ENV === 'production'
  const entry =
    (level: Level) =>
    (message: string, fields: LogFields = {}) => {
      const defined = Object.entries(fields).filter(([, value]) => value !== undefined)
      if (json) {
        write(
          JSON.stringify({
            time: new Date().toISOString(),
            level,
            service,
            msg: message,
            ...Object.fromEntries(defined),
          }),
          level,
        )
      } else {
        // Only what the message does not already say, up front: a build's output lines (Astro's
        // tables among them) read best with the build named before them.
        const unsaid = defined.filter(([, value]) => !message.includes(String(value)))
        const details = unsaid.map(([key, value]) => `[${key} ${value}] `).join('')
        write(`[${service}]${level === 'info' ? '' : ` ${level}:`} ${details}${message}`, level)
      }
    }
  return { info: entry('info'), warn: entry('warn'), error: entry('error') }
}

/** For tests, which assert on answers and files rather than on log lines. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }

function writeToConsole(line: string, level: Level): void {
  if (level === 'info') process.stdout.write(`${line}\n`)
  else process.stderr.write(`${line}\n`)
}
