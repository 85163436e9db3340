import { pino } from 'pino'
import pretty from 'pino-pretty'
import { isProduction, logLevel } from './env'

/**
 * Payload's log at the level LOG_LEVEL asks for (tests run it silent): one JSON object a line in
 * production, for journald and log shippers; Payload's pretty format in development.
 */
export const logger = isProduction
  ? pino({ name: 'payload', level: logLevel })
  : pino(
      { name: 'payload', level: logLevel },
      pretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
    )
