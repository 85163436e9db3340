import { pino } from 'pino'
import pretty from 'pino-pretty'
import { isProduction, logLevel } from './env'

/**
 * Payload's log at the level LOG_LEVEL asks for (tests run it silent): one JSON object a line in
 * production, for journald and log shippers; Payload's pretty format in development.
 */
export const logger = isProduction
  ? pino({
      name: 'payload',
      level: logLevel,
      // The same level names and time format as the other parts' JSON lines, so one filter fits all.
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    })
  : pino(
      { name: 'payload', level: logLevel },
      pretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
    )
