import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { publicApiCacheSeconds } from '../../../../env'
import { cachingAnonymousReads, forgettingOnWrite } from '../../../../publicApiCache/anonymousReadCache'

// Anonymous reads of published content are answered from a short-lived cache; writes empty it.
export const GET = cachingAnonymousReads(REST_GET(config), publicApiCacheSeconds * 1000)
export const POST = forgettingOnWrite(REST_POST(config))
export const DELETE = forgettingOnWrite(REST_DELETE(config))
export const PATCH = forgettingOnWrite(REST_PATCH(config))
export const PUT = forgettingOnWrite(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
