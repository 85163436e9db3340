import type { Endpoint } from 'payload'

/**
 * GET /api/health, for a load balancer, systemd's watchdog scripts or an uptime check: 200 when the
 * database answers a query, 503 naming the failure when it does not. Anonymous on purpose, and it
 * says nothing a visitor could use beyond "up" or "down".
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      // The migrations table exists on every database the CMS can run on, migrated or pushed.
      await req.payload.count({ collection: 'payload-migrations', overrideAccess: true })
      return Response.json(
        { ok: true, database: 'reachable', databaseMs: Math.round(performance.now() - started) },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'health check: the database does not answer' })
      return Response.json(
        { ok: false, database: 'unreachable', error: 'The database does not answer a query; see the CMS log.' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
