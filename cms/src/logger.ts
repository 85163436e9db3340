import { pino } from 'pino'
import pretty from 'pino-pretty'
import { logLevel } from './env'

/** Payload's own pretty log, at the level LOG_LEVEL asks for (tests run it silent). */
export const logger = pino(
  { name: 'payload', level: logLevel },
  pretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
)
